package org.openasn.personnel.support;

import io.restassured.http.ContentType;
import org.openasn.testing.TestTokens;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import static io.restassured.RestAssured.given;

/** Builders of valid requests: NIPs that agree with the person, units that exist. */
public final class Fixtures {

    private static final AtomicInteger SEQUENCE = new AtomicInteger(1);

    private Fixtures() {
    }

    /** Registers an agency (or updates its entry), as an admin does before its data is recorded; returns its code. */
    public static String registerAgency(String instansi) {
        given().auth().oauth2(TestTokens.of("admin")).contentType(ContentType.JSON).body(Map.of("name", "Instansi " + instansi, "level", "KOTA"))
                .put("/agencies/{instansi}", instansi).then().statusCode(org.hamcrest.Matchers.oneOf(200, 201));
        return instansi;
    }

    /** A unit registered in the test agency, returning its id. */
    public static String unit() {
        return given().auth().oauth2(TestTokens.of("operator")).contentType(ContentType.JSON)
                .body(Map.of("code", "U" + UUID.randomUUID().toString().substring(0, 8), "name", "Dinas Uji", "validFrom", "2000-01-01"))
                .post("/agencies/{instansi}/units", TestTokens.AGENCY).then().statusCode(201).extract().path("id");
    }

    /** A PNS NIP: yyyymmdd birth, yyyymm TMT CPNS, gender digit, sequence (unique within the test JVM's run). */
    public static String pnsNip(LocalDate birth, LocalDate tmtCpns, String gender) {
        int n = SEQUENCE.getAndIncrement();
        return String.format("%04d%02d%02d%04d%02d%s%03d", birth.getYear(), birth.getMonthValue(), birth.getDayOfMonth(),
                tmtCpns.getYear(), tmtCpns.getMonthValue(), gender.equals("L") ? "1" : "2", n % 1000);
    }

    public static Map<String, Object> person(String nip, LocalDate birth, String gender) {
        Map<String, Object> person = new LinkedHashMap<>();
        person.put("nip", nip);
        person.put("name", "Pegawai " + nip.substring(14));
        person.put("birthDate", birth.toString());
        person.put("gender", gender);
        person.put("agama", "1");
        person.put("phone", "0812000" + nip.substring(15));
        return person;
    }

    /** A CPNS appointment as a staff member (pelaksana) at golongan III/a. */
    public static Map<String, Object> cpnsAppointment(String unitId, LocalDate birth, LocalDate tmtCpns, String gender) {
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("kind", "cpns-appointed");
        request.put("person", person(pnsNip(birth, tmtCpns, gender), birth, gender));
        request.put("skNumber", "800/CPNS/" + tmtCpns.getYear());
        request.put("skDate", tmtCpns.minusMonths(1).toString());
        request.put("tmt", tmtCpns.toString());
        request.put("reason", "Pengadaan CPNS " + tmtCpns.getYear());
        request.put("golongan", "III/a");
        request.put("position", Map.of("jenisJabatan", "4", "name", "Analis Kepegawaian", "group", "LAINNYA"));
        request.put("unitId", unitId);
        request.put("pendidikan", "40");
        return request;
    }

    /** A mutation request with an SK. */
    public static Map<String, Object> mutation(String kind, LocalDate tmt, Map<String, Object> fields) {
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("kind", kind);
        request.put("skNumber", "800/" + kind + "/" + tmt);
        request.put("skDate", tmt.minusDays(20).toString());
        request.put("tmt", tmt.toString());
        request.put("reason", "Test " + kind);
        request.putAll(fields);
        return request;
    }

    /** The change feed's last cursor: {@code GET /changes} read to its end. */
    public static long changeFeedEnd() {
        long cursor = 0;
        while (true) {
            long next = given().auth().oauth2(TestTokens.of("admin")).queryParam("after", cursor).queryParam("limit", 1000).get("/changes")
                    .then().statusCode(200).extract().jsonPath().getLong("nextCursor");
            if (next == cursor) {
                return cursor;
            }
            cursor = next;
        }
    }
}
