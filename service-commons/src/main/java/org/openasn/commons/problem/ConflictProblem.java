package org.openasn.commons.problem;

import java.util.List;

/** 409: the request conflicts with the current state (a duplicate code or NIP, a concurrent change). */
public class ConflictProblem extends ProblemException {

    public ConflictProblem(String slug, String detail) {
        super(409, slug, "Conflict", detail, List.of());
    }
}
