package org.openasn.commons.consumer;

import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReplayedSubjectsTest {

    private static final String PERSONNEL = "/openasn/personnel-service";

    @Test
    void shouldKnowEverySubjectAddedAndFewOthers() {
        int subjects = 100_000;
        ReplayedSubjects replayed = new ReplayedSubjects(subjects);
        for (int i = 0; i < subjects; i++) {
            replayed.add(PERSONNEL, new UUID(1, i).toString());
        }
        for (int i = 0; i < subjects; i++) {
            assertTrue(replayed.mayContain(PERSONNEL, new UUID(1, i).toString()), "no subject added is ever refused");
        }
        int falsePositives = 0;
        for (int i = 0; i < subjects; i++) {
            if (replayed.mayContain(PERSONNEL, new UUID(2, i).toString())) {
                falsePositives++;
            }
        }
        assertTrue(falsePositives < subjects / 50, falsePositives + " of " + subjects + " subjects never added taken as added");
    }

    @Test
    void shouldTellSourcesApart() {
        ReplayedSubjects replayed = new ReplayedSubjects(10);
        replayed.add(PERSONNEL, "bup-rules");
        assertTrue(replayed.mayContain(PERSONNEL, "bup-rules"));
        assertFalse(replayed.mayContain("/openasn/retirement-service", "bup-rules"));
        assertFalse(replayed.mayContain(PERSONNEL + "bup-rules", ""), "the source and the subject are not merely joined");
    }
}
