package org.openasn.commons.problem;

import java.util.List;

/** 404: the addressed resource does not exist (or is outside the caller's agency). */
public class NotFoundProblem extends ProblemException {

    public NotFoundProblem(String detail) {
        super(404, "not-found", "Not found", detail, List.of());
    }
}
