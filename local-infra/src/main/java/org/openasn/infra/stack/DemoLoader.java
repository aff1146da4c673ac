package org.openasn.infra.stack;

import org.openasn.demo.CityDataset;
import org.openasn.infra.token.SigningKeys;
import org.openasn.infra.token.TokenIssuer;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code ./stack up --demo}: generates the synthetic Kota Metro (seed 000's shape: 3,280 PNS incl. 89 CPNS,
 * 763 PPPK, its units) as a SIASN export and imports it through personnel-service's import API, once per data
 * directory, showing the import's progress.
 */
final class DemoLoader {

    /** The agency code the demo city is loaded under. */
    static final String AGENCY = "METRO";
    private static final String MARKER = "demo-loaded";
    private static final Duration IMPORT_TIMEOUT = Duration.ofMinutes(30);
    private static final Pattern STATUS = Pattern.compile("\"status\":\"(\\w+)\"");

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    void load(DataDirectory data, int personnelPort, PrintStream out) {
        Path marker = data.root().resolve(MARKER);
        if (Files.exists(marker)) {
            out.println("Demo data was loaded before (" + marker + "); not loading it again.");
            return;
        }
        try {
            Path csv = data.root().resolve("demo").resolve("kota-metro-2025-12.csv");
            Files.createDirectories(csv.getParent());
            try (OutputStream file = Files.newOutputStream(csv)) {
                CityDataset.generate(1).writeCsv(file);
            }
            String token = new TokenIssuer(SigningKeys.loadOrCreate(data.keys()), TokenIssuer.DEFAULT_ISSUER)
                    .issue("stack-demo", List.of("admin"), AGENCY, null, Instant.now(), Duration.ofHours(2));
            String base = "http://127.0.0.1:" + personnelPort;
            out.println("Loading the demo city (Kota Metro shape, " + Files.size(csv) / 1024 + " KiB SIASN export) into agency " + AGENCY + " ...");
            HttpResponse<String> accepted = http.send(HttpRequest.newBuilder(URI.create(base + "/agencies/" + AGENCY
                                    + "/imports?fileName=" + csv.getFileName()))
                            .header("Authorization", "Bearer " + token).header("Content-Type", "text/csv")
                            .POST(HttpRequest.BodyPublishers.ofFile(csv)).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (accepted.statusCode() != 202) {
                throw new IllegalStateException("the import was refused (" + accepted.statusCode() + "): " + accepted.body());
            }
            String job = accepted.headers().firstValue("Location").orElseThrow();
            String body = await(job, token, out);
            Files.writeString(marker, job + "\n");
            out.println("Demo data loaded: " + field(body, "rowsAccepted") + " employees, " + field(body, "rowsRejected") + " rows rejected, "
                    + field(body, "warnings") + " warnings (report: " + job + "/issues)");
        } catch (IOException e) {
            throw new IllegalStateException("cannot load the demo data: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while loading the demo data", e);
        }
    }

    private String await(String job, String token, PrintStream out) throws IOException, InterruptedException {
        Instant deadline = Instant.now().plus(IMPORT_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            String body = http.send(HttpRequest.newBuilder(URI.create(job)).header("Authorization", "Bearer " + token).GET().build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            Matcher status = STATUS.matcher(body);
            String state = status.find() ? status.group(1) : "UNKNOWN";
            if (state.equals("DONE")) {
                return body;
            }
            if (state.equals("FAILED")) {
                throw new IllegalStateException("the demo import failed: " + body);
            }
            out.println("  " + state.toLowerCase() + ": " + field(body, "rowsDone") + " rows, " + field(body, "percent") + "%, ETA "
                    + field(body, "etaSeconds") + " s");
            Thread.sleep(3000);
        }
        throw new IllegalStateException("the demo import did not finish within " + IMPORT_TIMEOUT.toMinutes() + " minutes: " + job);
    }

    private static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\":([^,}]+)").matcher(json);
        return m.find() ? m.group(1).replace("\"", "") : "?";
    }
}
