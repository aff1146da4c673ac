package org.openasn.infra.stack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;

/** JSON calls to personnel-service with a bearer token, for loading the demo; an unexpected status is an error. */
final class PersonnelApi {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http;
    private final String base;
    private final String token;

    PersonnelApi(HttpClient http, String base, String token) {
        this.http = http;
        this.base = base;
        this.token = token;
    }

    JsonNode get(String path) throws IOException, InterruptedException {
        return call(HttpRequest.newBuilder(URI.create(base + path)).GET(), 200);
    }

    JsonNode send(String method, String path, Object body, int... expected) throws IOException, InterruptedException {
        return call(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))), expected);
    }

    /** Sends with If-Match set to the ETag {@code resource} answers now (optimistic concurrency). */
    JsonNode sendIfMatch(String method, String path, String resource, Object body, int... expected) throws IOException, InterruptedException {
        HttpResponse<String> current = http.send(HttpRequest.newBuilder(URI.create(base + resource)).header("Authorization", "Bearer " + token)
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        String etag = current.headers().firstValue("ETag")
                .orElseThrow(() -> new IllegalStateException("GET " + resource + " answered " + current.statusCode() + " without an ETag"));
        return call(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/json").header("If-Match", etag)
                .method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))), expected);
    }

    private JsonNode call(HttpRequest.Builder request, int... expected) throws IOException, InterruptedException {
        HttpRequest built = request.header("Authorization", "Bearer " + token).build();
        HttpResponse<String> response = http.send(built, HttpResponse.BodyHandlers.ofString());
        if (Arrays.stream(expected).noneMatch(s -> s == response.statusCode())) {
            throw new IllegalStateException(built.method() + " " + built.uri() + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body().isEmpty() ? JSON.nullNode() : JSON.readTree(response.body());
    }
}
