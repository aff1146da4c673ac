package org.openasn.infra.stack;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HealthWaiterTest {

    @Test
    void shouldRecogniseAnUpAnswerHoweverItIsFormatted() {
        assertTrue(HealthWaiter.isUp("{\n    \"status\": \"UP\",\n    \"checks\": []\n}"));
        assertTrue(HealthWaiter.isUp("{\"status\":\"UP\"}"));
    }

    @Test
    void shouldNotMistakeADownAnswerForUp() {
        assertFalse(HealthWaiter.isUp("{\"status\": \"DOWN\", \"checks\": [{\"name\": \"x\", \"status\": \"DOWN\"}]}"));
        assertFalse(HealthWaiter.isUp(""));
        assertFalse(HealthWaiter.isUp(null));
    }
}
