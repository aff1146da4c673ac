package org.openasn.infra.stack;

import org.openasn.demo.CityDataset;
import org.openasn.demo.MetroUnits;
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
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code ./stack up --demo}: generates the synthetic Kota Metro (seed 000's shape: 3,280 PNS incl. 89 CPNS,
 * 763 PPPK, its units on 31 December 2025) as its SIASN export of 30 November 2025 (3,292 PNS) and imports it through
 * personnel-service's import API, showing the import's progress, then sets the formasi, the units' types, the direct
 * supervisors ({@link DemoSupervisors}) and records December's movements ({@link DemoMovements}), once per data directory.
 */
final class DemoLoader {

    /** The agency code the demo city is loaded under. */
    static final String AGENCY = "METRO";
    private static final String MARKER = "demo-loaded";
    private static final Duration IMPORT_TIMEOUT = Duration.ofMinutes(30);
    /** Kemendagri region code of Kota Metro (Lampung). */
    private static final String REGION_CODE = "18.72";
    /** The demo formasi holds from the start of the profile's year. */
    private static final String FORMASI_FROM = "2025-01-01";
    private static final Pattern STATUS = Pattern.compile("\"status\":\"(\\w+)\"");

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    void load(DataDirectory data, int personnelPort, PrintStream out) {
        Path marker = data.root().resolve(MARKER);
        if (Files.exists(marker)) {
            out.println("Demo data was loaded before (" + marker + "); not loading it again.");
            return;
        }
        try {
            Path csv = data.root().resolve("demo").resolve("kota-metro-2025-11.csv");
            Files.createDirectories(csv.getParent());
            CityDataset city = CityDataset.generate(1);
            try (OutputStream file = Files.newOutputStream(csv)) {
                city.writeNovemberCsv(file);
            }
            String token = new TokenIssuer(SigningKeys.loadOrCreate(data.keys()), TokenIssuer.DEFAULT_ISSUER)
                    .issue("stack-demo", List.of("admin"), AGENCY, null, Instant.now(), Duration.ofHours(2));
            String base = "http://127.0.0.1:" + personnelPort;
            PersonnelApi api = new PersonnelApi(http, base, token);
            api.send("PUT", "/agencies/" + AGENCY, Map.of("name", "Pemerintah Kota Metro", "level", "KOTA", "regionCode", REGION_CODE,
                    "siasnInstansiId", city.employees().get(0).row().instansiKerjaId.toString()), 200, 201);
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
            out.println("Demo data loaded: " + field(body, "rowsAccepted") + " employees, " + field(body, "rowsRejected") + " rows rejected, "
                    + field(body, "warnings") + " warnings (report: " + job + "/issues)");
            int posts = setFormasi(api, city);
            out.println("Formasi of " + posts + " structural posts set (Table 3.2: filled and vacant).");
            int typed = classifyUnits(api, city);
            out.println("Type and listing order of " + typed + " units set (Tables 3.12-3.14 and 3.23, teachers by school level).");
            int supervised = DemoSupervisors.assign(api, city, AGENCY, LocalDate.now());
            out.println("Direct supervisors (atasan langsung) of " + supervised + " employees set: each unit's head, and the heads' the official of the highest eselon.");
            int moved = DemoMovements.record(api, city, AGENCY);
            out.println(moved + " mutations recorded (Table 3.1: December 2025 as seed 000's, 3,292 to 3,280 PNS; January 2026).");
            Files.writeString(marker, job + "\n");
        } catch (IOException e) {
            throw new IllegalStateException("cannot load the demo data: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while loading the demo data", e);
        }
    }

    /** Sets the formasi of the city's structural posts ({@link DemoFormasi}); returns how many. */
    private static int setFormasi(PersonnelApi api, CityDataset city) throws IOException, InterruptedException {
        Map<String, String> units = new HashMap<>();
        api.get("/agencies/" + AGENCY + "/units").forEach(u -> units.put(u.path("siasnUnorId").asText(), u.path("id").asText()));
        Map<String, String> positions = new HashMap<>();
        api.get("/agencies/" + AGENCY + "/positions").forEach(p -> positions.put(p.path("jabatanId").asText(), p.path("id").asText()));
        List<DemoFormasi.Post> posts = DemoFormasi.of(city);
        for (DemoFormasi.Post post : posts) {
            String positionId = positions.get(post.jabatanId());
            if (positionId == null) {
                positionId = api.send("POST", "/agencies/" + AGENCY + "/positions", Map.of("jenisJabatan", "1", "eselon",
                        Integer.toString(post.eselon().id()), "jabatanId", post.jabatanId(), "name", post.name(), "group", "LAINNYA"), 201)
                        .path("id").asText();
                positions.put(post.jabatanId(), positionId);
            }
            String unitId = units.get(post.unorId());
            if (unitId == null) {
                throw new IllegalStateException("the import registered no unit with SIASN unor id " + post.unorId());
            }
            api.send("PUT", "/agencies/" + AGENCY + "/formasi", Map.of("unitId", unitId, "positionId", positionId, "slots", post.slots(),
                    "prepared", 0, "validFrom", FORMASI_FROM), 200);
        }
        return posts.size();
    }

    /**
     * Sets each unit's type and school level as seed 000 groups its units ({@link MetroUnits.Unit#jenisUnit()}): the
     * import reads them only from names that state them ("DINAS ...", "KECAMATAN ...", "UPTD SD NEGERI ..."), not from
     * "BAGIAN UMUM", "KEL. METRO" or "BKPSDM". Each unit's listing order is its place in seed 000's Table 3.14, which a
     * SIASN export does not carry. Returns how many units were set.
     */
    private static int classifyUnits(PersonnelApi api, CityDataset city) throws IOException, InterruptedException {
        Map<String, String> unorIdByName = new HashMap<>();
        city.employees().forEach(e -> unorIdByName.put(e.row().unorNama.toString(), e.row().unorId.toString()));
        Map<String, String> units = new HashMap<>();
        api.get("/agencies/" + AGENCY + "/units").forEach(u -> units.put(u.path("siasnUnorId").asText(), u.path("id").asText()));
        int typed = 0;
        for (MetroUnits.Unit unit : MetroUnits.units()) {
            String unitId = units.get(unorIdByName.get(unit.name()));
            if (unitId == null) {
                continue; // nobody works there, so the import registered no such unit
            }
            Map<String, Object> classification = new HashMap<>();
            classification.put("unitType", unit.jenisUnit().name());
            classification.put("listOrder", unit.index() + 1);
            unit.jenjangSekolah().ifPresent(level -> classification.put("schoolLevel", level.name()));
            api.send("PUT", "/agencies/" + AGENCY + "/units/" + unitId + "/classification", classification, 200);
            typed++;
        }
        return typed;
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
            String eta = field(body, "etaSeconds");
            out.println("  " + state.toLowerCase() + ": " + field(body, "rowsDone") + " rows, " + field(body, "percent") + "%"
                    + (eta.equals("null") || eta.equals("?") ? "" : ", ETA " + eta + " s"));
            Thread.sleep(3000);
        }
        throw new IllegalStateException("the demo import did not finish within " + IMPORT_TIMEOUT.toMinutes() + " minutes: " + job);
    }

    private static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\":([^,}]+)").matcher(json);
        return m.find() ? m.group(1).replace("\"", "") : "?";
    }
}
