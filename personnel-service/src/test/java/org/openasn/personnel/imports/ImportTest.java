package org.openasn.personnel.imports;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import org.openasn.personnel.siasn.ImportedEmployee;
import org.openasn.personnel.siasn.SiasnCsvReader;
import org.openasn.personnel.siasn.SiasnCsvWriter;
import org.openasn.personnel.siasn.SiasnRowParser;
import org.openasn.reference.person.EmployeeKind;
import org.openasn.reference.person.Gender;
import org.openasn.reference.person.TingkatPendidikan;
import org.openasn.reference.position.BupCategory;
import org.openasn.reference.position.JenisJabatan;
import org.openasn.reference.position.JenjangFungsional;
import org.openasn.reference.position.PositionGroup;
import org.openasn.reference.rank.Golongan;
import org.openasn.reference.status.KedudukanHukum;
import org.openasn.personnel.support.Fixtures;
import org.openasn.testing.SqlCount;
import org.openasn.testing.TestTokens;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class ImportTest {

    private static final AtomicInteger SEQUENCE = new AtomicInteger(500);

    @Inject
    AgroalDataSource dataSource;

    private static ImportedEmployee guru(String unor) {
        LocalDate birth = LocalDate.of(1975 + SEQUENCE.get() % 10, 1 + SEQUENCE.get() % 12, 1 + SEQUENCE.get() % 27);
        LocalDate tmtCpns = LocalDate.of(2005, 1, 1);
        String nip = String.format("%04d%02d%02d%04d%02d%s%03d", birth.getYear(), birth.getMonthValue(), birth.getDayOfMonth(),
                tmtCpns.getYear(), tmtCpns.getMonthValue(), "2", SEQUENCE.getAndIncrement() % 1000);
        return ImportedEmployee.builder().nip(nip).name("Guru " + nip.substring(15)).birthDate(birth).gender(Gender.parse("P"))
                .kind(EmployeeKind.PNS).kedudukanHukum(KedudukanHukum.AKTIF).tmtCpns(tmtCpns).tmtPns(tmtCpns.plusYears(1))
                .golonganAwal(Golongan.III_A).golongan(Golongan.III_C).tmtGolongan(LocalDate.of(2013, 4, 1))
                .jenisJabatan(JenisJabatan.FUNGSIONAL_TERTENTU).jabatanName("Guru Ahli Muda").jenjang(JenjangFungsional.AHLI_MUDA)
                .positionGroup(PositionGroup.GURU).bupCategory(BupCategory.TEACHER).tmtJabatan(LocalDate.of(2013, 4, 1))
                .pendidikan(TingkatPendidikan.fromSiasnId("40")).unorId(unor).unorName("SD Negeri " + unor)
                .instansiKerjaId("A5EB03E23CE8F6A0E040640A040252AD").build();
    }

    private static byte[] csv(List<ImportedEmployee> rows) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (SiasnCsvWriter writer = new SiasnCsvWriter(out)) {
            for (ImportedEmployee row : rows) {
                writer.write(row);
            }
        }
        return out.toByteArray();
    }

    private static JsonPath importAndWait(byte[] file, String name) {
        return importAndWait(TestTokens.AGENCY, file, name);
    }

    private static JsonPath importAndWait(String agency, byte[] file, String name) {
        String location = given().auth().oauth2(TestTokens.of("operator", agency)).contentType("text/csv").queryParam("fileName", name).body(file)
                .post("/agencies/{instansi}/imports", agency).then().statusCode(202).extract().header("Location");
        await().atMost(Duration.ofMinutes(2)).until(() -> !List.of("QUEUED", "RUNNING").contains(
                given().auth().oauth2(TestTokens.of("viewer", agency)).get(location).then().extract().path("status")));
        return given().auth().oauth2(TestTokens.of("viewer", agency)).get(location).then().statusCode(200).extract().jsonPath();
    }

    /** The agency's SIASN export of the employees whose NIP starts with {@code nipPrefix}. */
    private static byte[] export(String nipPrefix) {
        return given().auth().oauth2(TestTokens.of("operator")).queryParam("nipPrefix", nipPrefix)
                .get("/agencies/{instansi}/exports/siasn", TestTokens.AGENCY).then().statusCode(200).extract().asByteArray();
    }

    /** The first row of a SIASN file, as an import reads it. */
    private static ImportedEmployee firstRow(byte[] file) throws IOException {
        try (SiasnCsvReader reader = new SiasnCsvReader(new ByteArrayInputStream(file))) {
            return new SiasnRowParser().parse(reader.next()).employee().orElseThrow();
        }
    }

    /** The codes of the data-quality indicators the employee fails. */
    private static List<String> qualityFindings(String nip) {
        return given().auth().oauth2(TestTokens.of("viewer")).get("/employees/{nip}/data-quality", nip).then().statusCode(200)
                .extract().jsonPath().getList("findings.code");
    }

    private static List<String> issues(String agency, JsonPath job) {
        return given().auth().oauth2(TestTokens.of("viewer", agency)).get("/imports/{id}/issues", job.getString("id")).then().statusCode(200)
                .extract().jsonPath().getList("items.reason");
    }



    @Test
    void shouldImportRowsAsEmployeesAndReimportingTheSameFileChangesNothing() throws IOException {
        String unor = "unor-" + SEQUENCE.get();
        List<ImportedEmployee> rows = List.of(guru(unor), guru(unor), guru(unor));
        byte[] file = csv(rows);

        long before = Fixtures.changeFeedEnd();
        JsonPath first = importAndWait(file, "first.csv");
        assertEquals("DONE", first.getString("status"));
        assertEquals(3, first.getInt("rowsAccepted"), first.prettify());
        assertEquals(100.0, first.getDouble("percent"));
        List<String> recorded = rows.stream().flatMap(row -> given().auth().oauth2(TestTokens.of("viewer")).get("/employees/{nip}/history", row.nip())
                .then().statusCode(200).extract().jsonPath().<String>getList("mutations.id").stream()).sorted().toList();
        List<String> fed = given().auth().oauth2(TestTokens.of("integration")).queryParam("after", before).queryParam("limit", 1000).get("/changes")
                .then().statusCode(200).extract().jsonPath().<String>getList("changes.mutationId").stream().sorted().toList();
        assertEquals(recorded, fed, "the change feed has each mutation the import recorded, once");
        assertEquals(0, SqlCount.of(dataSource, "SELECT count(*) FROM change_feed_batch"), "a batch's feed entries are numbered at its commit, and its row deleted");

        String nip = rows.get(0).nip();
        JsonPath employee = given().auth().oauth2(TestTokens.of("operator")).get("/employees/{nip}", nip).then().statusCode(200).extract().jsonPath();
        assertEquals("III/c", employee.getString("state.golongan"), employee.prettify());
        assertEquals("PNS", employee.getString("state.kind"));
        assertEquals("CPNS", given().auth().oauth2(TestTokens.of("operator")).queryParam("asOf", "2005-06-01").get("/employees/{nip}", nip)
                .then().extract().path("state.kind"));
        assertEquals("III/a", given().auth().oauth2(TestTokens.of("operator")).queryParam("asOf", "2010-01-01").get("/employees/{nip}", nip)
                .then().extract().path("state.golongan"));

        long cursor = Fixtures.changeFeedEnd();
        JsonPath again = importAndWait(file, "again.csv");
        assertEquals(3, again.getInt("rowsUnchanged"), again.prettify());
        assertEquals(0, again.getInt("rowsAccepted"));
        assertEquals(cursor, Fixtures.changeFeedEnd(), "an unchanged file records and emits nothing");

        ImportedEmployee promoted = rows.get(1).toBuilder().golongan(Golongan.III_D).tmtGolongan(LocalDate.of(2017, 4, 1)).build();
        JsonPath changed = importAndWait(csv(List.of(rows.get(0), promoted, rows.get(2))), "changed.csv");
        assertEquals(1, changed.getInt("rowsAccepted"), changed.prettify());
        assertEquals(2, changed.getInt("rowsUnchanged"));
        List<String> kinds = given().auth().oauth2(TestTokens.of("viewer")).get("/employees/{nip}/history", promoted.nip())
                .then().extract().jsonPath().getList("mutations.kind");
        assertEquals("promoted", kinds.get(kinds.size() - 1));
    }

    @Test
    void shouldExportWhatWasImportedSoThatReimportingTheExportChangesNothing() throws IOException {
        String unor = "unor-rt-" + SEQUENCE.get();
        ImportedEmployee withTaxNumber = guru(unor).toBuilder().npwp("12.345.678.9-012.000").gelarBelakang("S.Pd., M.Pd.")
                .address("Jl. Merdeka\\Gg. 2\tNo. 1,\nMetro – Lampung").build();   // what COPY's text format must escape
        List<ImportedEmployee> rows = List.of(withTaxNumber, guru(unor));
        JsonPath first = importAndWait(csv(rows), "roundtrip.csv");
        assertEquals(2, first.getInt("rowsAccepted"), first.prettify());

        byte[] exported = export(rows.get(0).nip().substring(0, 8));
        ImportedEmployee exportedRow = firstRow(exported);
        assertEquals(withTaxNumber.contentHash(), exportedRow.contentHash(), "the exported row is the imported one: " + exportedRow + " vs "
                + withTaxNumber);

        JsonPath again = importAndWait(exported, "exported.csv");
        assertEquals(0, again.getInt("rowsAccepted"), again.prettify());
        assertTrue(again.getInt("rowsUnchanged") >= 1, again.prettify());
        assertEquals(0, again.getInt("rowsRejected"), again.prettify());
    }

    /**
     * Batches are imported two at a time: a NIP in both of them is still stored once and reported once, and a unit
     * first seen by both is registered once.
     */
    @Test
    void shouldRejectARowTheDatabaseCannotStoreInTheImportsWordsNotTheDatabases() throws IOException {
        String unor = "unor-" + SEQUENCE.get();
        ImportedEmployee tooLong = guru(unor).toBuilder().birthPlace("Tanjung Karang ".repeat(10)).build(); // 150 characters, the field keeps 120
        JsonPath job = importAndWait(csv(List.of(guru(unor), tooLong)), "too-long.csv");
        assertEquals("DONE", job.getString("status"));
        assertEquals(1, job.getInt("rowsAccepted"), job.prettify());
        List<Map<String, Object>> issues = given().auth().oauth2(TestTokens.of("viewer")).queryParam("severity", "ERROR")
                .get("/imports/{id}/issues", job.getString("id")).then().statusCode(200).extract().jsonPath().getList("items");
        assertEquals(List.of(tooLong.nip()), issues.stream().map(i -> i.get("nip")).toList());
        assertEquals("could not be stored: a value is longer than its field allows", issues.get(0).get("reason"),
                "no database text (it was: 'ERROR: value too long for type character varying(120)')");
    }

    @Test
    void shouldReportANipRepeatedInABatchImportedAtTheSameTimeOnce() throws IOException {
        String unor = "unor-" + SEQUENCE.get();
        List<ImportedEmployee> rows = new ArrayList<>();
        for (int i = 0; i < ImportRunner.BATCH * 3 / 2; i++) {
            rows.add(guru(unor));
        }
        // in the second batch (at least FIRST_BATCH rows from row FIRST_BATCH), imported at the same time as the first
        rows.add(ImportRunner.FIRST_BATCH + 10, rows.get(10));

        JsonPath job = importAndWait(csv(rows), "repeated.csv");
        List<String> reasons = given().auth().oauth2(TestTokens.of("viewer")).queryParam("severity", "ERROR")
                .get("/imports/{id}/issues", job.getString("id")).then().statusCode(200).extract().jsonPath().getList("items.reason");
        assertEquals("DONE", job.getString("status"));
        assertEquals(rows.size() - 1, job.getInt("rowsAccepted"), () -> job.prettify() + reasons.stream().distinct().limit(5).toList());
        assertEquals(1, job.getInt("rowsRejected"));
        assertEquals(List.of("NIP " + rows.get(10).nip() + " appears more than once in this file"), reasons);
        given().auth().oauth2(TestTokens.of("viewer")).get("/employees/{nip}", rows.get(10).nip()).then().statusCode(200);
        List<String> units = given().auth().oauth2(TestTokens.of("viewer")).get("/agencies/{instansi}/units", TestTokens.AGENCY)
                .then().statusCode(200).extract().jsonPath().getList("findAll { it.siasnUnorId == '" + unor + "' }.id");
        assertEquals(1, units.size(), units.toString());
    }

    @Test
    void shouldReportEveryBadRowAndImportOnlyTheGoodOnes() throws IOException {
        byte[] corrupt;
        try (InputStream in = getClass().getResourceAsStream("/siasn/corrupt.csv")) {
            corrupt = in.readAllBytes();
        }
        JsonPath job = importAndWait(corrupt, "corrupt.csv");
        assertEquals("DONE", job.getString("status"));
        assertTrue(job.getInt("rowsRejected") >= 5, job.prettify());

        JsonPath issues = given().auth().oauth2(TestTokens.of("viewer")).queryParam("severity", "ERROR")
                .get("/imports/{id}/issues", job.getString("id")).then().statusCode(200).extract().jsonPath();
        List<Integer> rows = issues.getList("items.row", Integer.class);
        assertTrue(rows.containsAll(List.of(2, 5)), rows.toString());
        List<String> columns = issues.getList("items.column");
        assertTrue(columns.contains("TANGGAL LAHIR") && columns.contains("KEDUDUKAN HUKUM ID"), columns.toString());
        assertTrue(issues.getList("items.reason", String.class).stream().anyMatch(r -> r.contains("more than once")),
                "the duplicate NIP is reported");
        given().auth().oauth2(TestTokens.of("admin")).get("/employees/{nip}", "197901012005011004").then().statusCode(404);
    }

    @Test
    void shouldFlagAPnsImportedWithoutTmtPnsAndExportItsTmtPnsEmpty() throws IOException {
        ImportedEmployee withoutTmtPns = guru("unor-tmtpns-" + SEQUENCE.get()).toBuilder().tmtPns(null).build();
        JsonPath job = importAndWait(csv(List.of(withoutTmtPns)), "without-tmt-pns.csv");
        assertEquals(1, job.getInt("rowsAccepted"), job.prettify());
        assertTrue(issues(TestTokens.AGENCY, job).contains("a PNS without TMT PNS"), issues(TestTokens.AGENCY, job).toString());

        assertTrue(qualityFindings(withoutTmtPns.nip()).contains("tmt-pns-empty"), qualityFindings(withoutTmtPns.nip()).toString());
        ImportedEmployee row = firstRow(export(withoutTmtPns.nip()));
        assertEquals(null, row.tmtPns(), "the export does not give TMT CPNS as TMT PNS");
        assertEquals(withoutTmtPns.tmtCpns(), row.tmtCpns());

        ImportedEmployee confirmed = guru("unor-tmtpns-" + SEQUENCE.get());
        importAndWait(csv(List.of(confirmed)), "with-tmt-pns.csv");
        assertFalse(qualityFindings(confirmed.nip()).contains("tmt-pns-empty"));
    }

    @Test
    void shouldImportAPppkContractEndingAfterBupWithAWarning() throws IOException {
        // born 1 March 1968, a pelaksana: BUP 58 on 1 March 2026, TMT pensiun 1 April 2026; the contract runs to the end of 2028
        LocalDate birth = LocalDate.of(1968, 3, 1);
        LocalDate tmt = LocalDate.of(2024, 3, 1);
        String nip = String.format("%04d%02d%02d%04d2%d%d%03d", birth.getYear(), birth.getMonthValue(), birth.getDayOfMonth(), tmt.getYear(), 1, 1,
                SEQUENCE.getAndIncrement() % 1000);
        ImportedEmployee pppk = guru("unor-pppk-" + SEQUENCE.get()).toBuilder().nip(nip).birthDate(birth).gender(Gender.parse("L"))
                .kind(EmployeeKind.PPPK).kedudukanHukum(KedudukanHukum.fromSiasnId("71")).tmtCpns(tmt).tmtPns(null)
                .golonganAwal(Golongan.parse("V")).golongan(Golongan.parse("V")).tmtGolongan(tmt).tmtJabatan(tmt)
                .jenisJabatan(JenisJabatan.FUNGSIONAL_UMUM).jabatanName("Pengadministrasi Perkantoran").jenjang(null)
                .positionGroup(PositionGroup.LAINNYA).bupCategory(BupCategory.ADMINISTRATION).pendidikan(TingkatPendidikan.fromSiasnId("30"))
                .contractEnd(LocalDate.of(2028, 12, 31)).build();
        JsonPath job = importAndWait(csv(List.of(pppk)), "pppk-beyond-bup.csv");
        assertEquals(1, job.getInt("rowsAccepted"), job.prettify());
        assertTrue(issues(TestTokens.AGENCY, job).stream().anyMatch(reason -> reason.contains("ends on 2026-03-31 at the latest")),
                issues(TestTokens.AGENCY, job).toString());
    }

    @Test
    void shouldImportAndExportARowWithoutPositionNameOrEducation() throws IOException {
        ImportedEmployee bare = guru("unor-bare-" + SEQUENCE.get()).toBuilder().jenisJabatan(JenisJabatan.FUNGSIONAL_UMUM).jabatanName(null)
                .jenjang(null).positionGroup(PositionGroup.LAINNYA).bupCategory(BupCategory.ADMINISTRATION).pendidikan(null).build();
        JsonPath job = importAndWait(csv(List.of(bare)), "bare.csv");
        assertEquals(1, job.getInt("rowsAccepted"), job.prettify());
        List<String> failed = qualityFindings(bare.nip());
        assertTrue(failed.containsAll(List.of("jabatan-empty", "pendidikan-empty")), failed.toString());

        byte[] exported = export(bare.nip());
        assertEquals(bare.contentHash(), firstRow(exported).contentHash(), "exported as imported");
        assertEquals(1, importAndWait(exported, "bare-again.csv").getInt("rowsUnchanged"));
    }

    @Test
    void shouldRecordAChangedEducationAndReportAMasaKerjaStepWithoutItsSk() throws IOException {
        ImportedEmployee row = guru("unor-edu-" + SEQUENCE.get()).toBuilder().masaKerjaYears(8).masaKerjaMonths(0).build();
        assertEquals(1, importAndWait(csv(List.of(row)), "edu-1.csv").getInt("rowsAccepted"));
        ImportedEmployee changed = row.toBuilder().pendidikan(TingkatPendidikan.fromSiasnId("45")).educationMajor("S2 Pendidikan Dasar")
                .educationYear(2020).masaKerjaYears(10).build();
        JsonPath job = importAndWait(csv(List.of(changed)), "edu-2.csv");
        assertEquals(1, job.getInt("rowsAccepted"), job.prettify());

        List<String> kinds = given().auth().oauth2(TestTokens.of("viewer")).get("/employees/{nip}/history", row.nip())
                .then().extract().jsonPath().getList("mutations.kind");
        assertEquals("education-recorded", kinds.get(kinds.size() - 1), kinds.toString());
        assertEquals("45", given().auth().oauth2(TestTokens.of("viewer")).get("/employees/{nip}", row.nip()).then().statusCode(200)
                .extract().path("state.pendidikan"));
        assertTrue(issues(TestTokens.AGENCY, job).stream().anyMatch(reason -> reason.contains("masa kerja golongan changed from 8 years 0 months"
                + " to 10 years 0 months")), issues(TestTokens.AGENCY, job).toString());
    }

    @Test
    void shouldAcceptAStructuralRowWithoutEselonWithAWarningAndReadItBack() throws IOException {
        ImportedEmployee kasi = guru("unor-kasi-" + SEQUENCE.get()).toBuilder().jenisJabatan(JenisJabatan.STRUKTURAL).eselon(null).jenjang(null)
                .jabatanName("Kepala Seksi Pembinaan").positionGroup(PositionGroup.LAINNYA).bupCategory(BupCategory.ADMINISTRATION).build();
        byte[] file = csv(List.of(kasi));
        JsonPath job = importAndWait(file, "kasi.csv");
        assertEquals(1, job.getInt("rowsAccepted"), job.prettify());
        assertTrue(job.getInt("warnings") >= 1, "SIASN did not say the eselon: a warning");
        JsonPath employee = given().auth().oauth2(TestTokens.of("viewer")).get("/employees/{nip}", kasi.nip()).then().statusCode(200)
                .extract().jsonPath();
        assertEquals("Kepala Seksi Pembinaan", employee.getString("state.position.name"), employee.prettify());
        assertEquals(null, employee.getString("state.position.eselon"));
        assertEquals(1, importAndWait(file, "kasi-again.csv").getInt("rowsUnchanged"), "what was recorded reads back the same");
    }

    @Test
    void shouldRejectRowsOfAnotherSiasnAgencyThanTheRegisteredOne() throws IOException {
        given().auth().oauth2(TestTokens.of("admin")).contentType("application/json")
                .body(java.util.Map.of("name", "Pemerintah Kabupaten Uji", "level", "KABUPATEN", "siasnInstansiId", "0123456789ABCDEF0123456789ABCDEF"))
                .put("/agencies/{instansi}", "KUJI").then().statusCode(201);
        String location = given().auth().oauth2(TestTokens.of("operator", "KUJI")).contentType("text/csv").queryParam("fileName", "other.csv")
                .body(csv(List.of(guru("unor-kuji")))).post("/agencies/{instansi}/imports", "KUJI").then().statusCode(202).extract().header("Location");
        await().atMost(Duration.ofMinutes(2)).until(() -> "DONE".equals(given().auth().oauth2(TestTokens.of("viewer", "KUJI")).get(location)
                .then().extract().path("status")));
        assertEquals(1, given().auth().oauth2(TestTokens.of("viewer", "KUJI")).get(location).then().extract().jsonPath().getInt("rowsRejected"));
        String reason = given().auth().oauth2(TestTokens.of("viewer", "KUJI")).get(location + "/issues").then().statusCode(200)
                .extract().path("items[0].reason");
        assertTrue(reason.contains("registered with SIASN instansi 0123456789ABCDEF0123456789ABCDEF"), reason);
        // another agency's import is answered as an unknown one: a 403 would tell that it exists
        String id = location.substring(location.lastIndexOf('/') + 1);
        for (String path : new String[] {location, location + "/issues"}) {
            given().auth().oauth2(TestTokens.of("viewer", "OTHER")).get(path).then().statusCode(404).body("detail", equalTo("No import " + id + "."));
        }
    }

    @Test
    void shouldFailAFileWithoutTheRequiredHeadersAndListThem() throws IOException {
        byte[] file;
        try (InputStream in = getClass().getResourceAsStream("/siasn/missing-required.csv")) {
            file = in.readAllBytes();
        }
        JsonPath job = importAndWait(file, "missing.csv");
        assertEquals("FAILED", job.getString("status"));
        assertTrue(job.getString("failure").contains("TMT CPNS") || job.getString("failure").contains("missing"), job.getString("failure"));
    }

    /**
     * The SIASN export of an agency an employee moved to, once the agency they left has recorded the transfer out: the
     * row is their transfer in on that TMT, as they were then, and the promotion the row dates after it.
     */
    @Test
    void shouldImportTheArrivalOfAnEmployeeWhoTransferredOutOfAnotherAgency() throws IOException {
        Fixtures.registerAgency("KMOV");
        ImportedEmployee there = guru("unor-" + SEQUENCE.get());
        assertEquals(1, importAndWait(csv(List.of(there)), "there.csv").getInt("rowsAccepted"));
        LocalDate move = LocalDate.of(2026, 3, 1);
        ImportedEmployee here = there.toBuilder().golongan(Golongan.III_D).tmtGolongan(LocalDate.of(2026, 4, 1)).unorId("unor-kmov")
                .unorName("SD Negeri Tujuan").build();
        byte[] file = csv(List.of(here));

        JsonPath early = importAndWait("KMOV", file, "kmov.csv");
        assertEquals(1, early.getInt("rowsRejected"), early.prettify());
        assertEquals(List.of("NIP " + here.nip() + " belongs to agency " + TestTokens.AGENCY + ", which has not recorded them as transferred out;"
                + " once it has, importing this row records their transfer in here"), issues("KMOV", early));

        String etag = given().auth().oauth2(TestTokens.of("operator")).get("/employees/{nip}", here.nip()).then().statusCode(200).extract().header("ETag");
        given().auth().oauth2(TestTokens.of("operator")).contentType("application/json").header("If-Match", etag)
                .body(Fixtures.mutation("transferred-out", move, Map.of())).post("/employees/{nip}/mutations", here.nip()).then().statusCode(201);
        JsonPath arrived = importAndWait("KMOV", file, "kmov-again.csv");
        assertEquals(1, arrived.getInt("rowsAccepted"), arrived.prettify() + issues("KMOV", arrived));

        given().auth().oauth2(TestTokens.of("operator", "KMOV")).queryParam("asOf", move.toString()).get("/employees/{nip}", here.nip()).then()
                .statusCode(200).body("instansi", equalTo("KMOV")).body("state.instansi", equalTo("KMOV")).body("state.cause", equalTo("transferred-in"))
                .body("state.golongan", equalTo("III/c")).body("state.tmtGolongan", equalTo("2013-04-01")).body("state.inService", equalTo(true));
        given().auth().oauth2(TestTokens.of("operator", "KMOV")).queryParam("asOf", "2026-04-01").get("/employees/{nip}", here.nip()).then()
                .statusCode(200).body("state.golongan", equalTo("III/d")).body("state.cause", equalTo("promoted"));
        List<String> kinds = given().auth().oauth2(TestTokens.of("operator", "KMOV")).get("/employees/{nip}/history", here.nip()).then()
                .extract().jsonPath().getList("mutations.kind");
        assertEquals(List.of("transferred-out", "transferred-in", "promoted"), kinds.subList(kinds.size() - 3, kinds.size()));
        given().auth().oauth2(TestTokens.of("viewer")).queryParam("asOf", move.minusDays(1).toString()).get("/employees/{nip}", here.nip()).then()
                .statusCode(200).body("state.instansi", equalTo(TestTokens.AGENCY)).body("state.golongan", equalTo("III/c"));

        long cursor = Fixtures.changeFeedEnd();
        assertEquals(1, importAndWait("KMOV", file, "kmov-third.csv").getInt("rowsUnchanged"), "the arrival, imported again, changes nothing");
        assertEquals(cursor, Fixtures.changeFeedEnd());
        JsonPath oldFile = importAndWait(csv(List.of(there)), "there-again.csv");
        assertEquals(1, oldFile.getInt("rowsRejected"), oldFile.prettify());
        assertEquals(List.of("NIP " + here.nip() + " has moved from this agency to agency KMOV, which keeps their record now;"
                + " this agency's row does not change it"), issues(TestTokens.AGENCY, oldFile));
    }

    /** A fact of the imported history other than the first is corrected as what it is: a change, not a second appointment. */
    @Test
    void shouldCorrectALaterFactOfAnImportedHistory() throws IOException {
        ImportedEmployee row = guru("unor-" + SEQUENCE.get());
        assertEquals(1, importAndWait(csv(List.of(row)), "one.csv").getInt("rowsAccepted"));
        JsonPath history = given().auth().oauth2(TestTokens.of("operator")).get("/employees/{nip}/history", row.nip()).then().statusCode(200)
                .extract().jsonPath();
        String rankFact = history.getString("mutations.find { it.change.golongan == 'III/c' }.id");
        String etag = given().auth().oauth2(TestTokens.of("operator")).get("/employees/{nip}", row.nip()).then().statusCode(200)
                .extract().header("ETag");

        given().auth().oauth2(TestTokens.of("operator")).contentType("application/json").header("If-Match", etag)
                .body(Fixtures.mutation("data-corrected", LocalDate.of(2013, 4, 1), Map.of("correctsMutationId", rankFact, "golongan", "III/b")))
                .post("/employees/{nip}/mutations", row.nip()).then().statusCode(201);
        assertEquals("III/b", given().auth().oauth2(TestTokens.of("operator")).get("/employees/{nip}", row.nip()).then().statusCode(200)
                .extract().path("state.golongan"));
    }
}
