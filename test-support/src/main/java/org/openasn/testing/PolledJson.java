package org.openasn.testing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.response.ValidatableResponse;

/**
 * A response body read with Jackson, for benchmarks that poll the service under test while it works. REST Assured's
 * {@code jsonPath()} and {@code extract().path(..)} evaluate each path as a Groovy script whose classes are generated
 * anew each time, so the JIT compiles them again at every poll: on a two-core machine that took 1 to 2 seconds of
 * compiler time in each rebuild round being measured (docs/benchmarks.md).
 */
public final class PolledJson {

    private static final ObjectMapper JSON = new ObjectMapper();

    private PolledJson() {
    }

    public static JsonNode of(ValidatableResponse response) {
        try {
            return JSON.readTree(response.extract().asString());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("not JSON: " + e.getOriginalMessage(), e);
        }
    }
}
