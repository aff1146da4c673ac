package org.openasn.reporting.profile;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openasn.events.EventEnvelope;
import org.openasn.events.EventTypes;
import org.openasn.events.personnel.EmployeeChange;
import org.openasn.events.personnel.EmploymentPeriod;
import org.openasn.events.personnel.FormasiSet;
import org.openasn.events.personnel.Mutation;
import org.openasn.events.personnel.Person;
import org.openasn.events.personnel.UnitClassified;
import org.openasn.events.personnel.UnitRegistered;
import org.openasn.testing.EventPublisher;
import org.openasn.testing.TestTokens;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The acceptance test of the profile tables: a city of employees with known attributes and histories, published as
 * personnel events; every table of the catalogue compared, cell by cell, with what this test counts itself over its
 * own list (with its own copy of the seed's labels), for several months, before and after back-dated mutations and as
 * known at a moment in between; every total re-added here; the CSV and XLSX read back and compared with the JSON.
 */
@QuarkusTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ProfileTablesTest {

    private static final String AGENCY = "P" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
    private static final LocalDate START = LocalDate.of(2015, 3, 1);
    private static final Instant T1 = Instant.parse("2026-01-05T00:00:00Z");
    private static final Instant BETWEEN = Instant.parse("2026-01-20T00:00:00Z");
    private static final Instant T2 = Instant.parse("2026-02-10T00:00:00Z");
    private static final YearMonth DECEMBER = YearMonth.of(2025, 12);
    private static final List<YearMonth> EARLIER_MONTHS = List.of(YearMonth.of(2025, 3), YearMonth.of(2025, 10));
    private static final Kinds PNS = new Kinds("PNS", "CPNS");
    private static final Kinds PPPK = new Kinds("PPPK");

    @AutoClose
    private static final EventPublisher events = new EventPublisher();
    private static final List<Emp> CITY = new ArrayList<>();
    private static final Map<UUID, String> UNITS = new LinkedHashMap<>();
    /** Each unit's type, school level and parent, as the test publishes them ({@code null}: none). */
    private static final Map<UUID, String[]> UNIT_TYPES = new LinkedHashMap<>();
    private static final Map<UUID, UUID> PARENTS = new LinkedHashMap<>();
    /** The names of the positions, by the last character of the jabatan id. */
    private static final List<String> POSITION_NAMES = List.of("Kepala Bidang Pelayanan", "Kepala Subbagian Tata Usaha", "Sekretaris Dinas",
            "Camat Metro Pusat", "Pengelola Data");
    private static final List<F> FORMASI = new ArrayList<>();
    private static boolean published;

    /** The kinds of a population (a tiny set, to keep the test's own counting explicit). */
    record Kinds(String... kinds) {
        boolean has(String kind) {
            return Arrays.asList(kinds).contains(kind);
        }
    }

    /** An employee's situation in one period; attributes in the read model's codes. */
    record P(LocalDate from, LocalDate to, String kind, boolean inService, String separation, String cause, String golongan, String jenis,
             String eselon, String jabatanId, String jenjang, String group, String pendidikan, UUID unit) {
        P until(LocalDate end) {
            return new P(from, end, kind, inService, separation, cause, golongan, jenis, eselon, jabatanId, jenjang, group, pendidikan, unit);
        }

        P next(LocalDate start, boolean counted, String why, String newCause) {
            return new P(start, null, kind, counted, why, newCause, golongan, jenis, eselon, jabatanId, jenjang, group, pendidikan, unit);
        }

        P promoted(LocalDate start, String to) {
            return new P(start, null, kind, true, null, "promoted", to, jenis, eselon, jabatanId, jenjang, group, pendidikan, unit);
        }
    }

    /** One setting of a unit's formasi for a position: slots and prepared from a date, known from a moment. */
    record F(UUID formasiId, UUID positionId, UUID unit, String jabatanId, String eselon, int slots, int prepared, LocalDate from,
             Instant recorded) {
    }

    /** A test employee: person data and each version of the timeline with the moment it was recorded. */
    static final class Emp {
        final UUID id = UUID.randomUUID();
        final String gender;
        final LocalDate birth;
        final String agama;
        final List<Instant> recorded = new ArrayList<>();
        final List<List<P>> versions = new ArrayList<>();

        Emp(String gender, LocalDate birth, String agama, List<P> timeline) {
            this.gender = gender;
            this.birth = birth;
            this.agama = agama;
            recorded.add(T1);
            versions.add(timeline);
        }

        /** The timeline as known at a moment ({@code null}: latest); empty when nothing was recorded yet. */
        List<P> timeline(Instant knownAt) {
            List<P> known = List.of();
            for (int v = 0; v < versions.size(); v++) {
                if (knownAt == null || !recorded.get(v).isAfter(knownAt)) {
                    known = versions.get(v);
                }
            }
            return known;
        }

        P at(LocalDate day, Instant knownAt) {
            return timeline(knownAt).stream().filter(p -> !p.from().isAfter(day) && (p.to() == null || p.to().isAfter(day))).findFirst()
                    .orElse(null);
        }
    }

    // ------------------------------------------------------------------------------------------------ the city

    private static void buildCity() {
        Random random = new Random(20251231);
        UUID[] units = {UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID()};
        UNITS.put(units[0], "BADAN KEPEGAWAIAN");
        UNITS.put(units[1], "DINAS KESEHATAN");
        UNITS.put(units[2], "UPTD SD NEGERI 1");
        UNITS.put(units[3], "KECAMATAN METRO PUSAT");
        UNITS.put(units[4], "UPTD RSUD");
        UNITS.put(units[5], "KANTOR ARSIP");
        UNIT_TYPES.put(units[0], new String[]{"BADAN", null});
        UNIT_TYPES.put(units[1], new String[]{"DINAS", null});
        UNIT_TYPES.put(units[2], new String[]{"SEKOLAH", "SD"});
        UNIT_TYPES.put(units[3], new String[]{"KECAMATAN", null});
        UNIT_TYPES.put(units[4], new String[]{"UPTD", null});
        UNIT_TYPES.put(units[5], new String[]{null, null});
        PARENTS.put(units[4], units[1]);
        String[] pnsGolongan = {"I/d", "II/a", "II/c", "II/d", "III/a", "III/b", "III/c", "III/d", "IV/a", "IV/b", "IV/c", "IV/e"};
        String[] pppkGolongan = {"I", "V", "VII", "IX", "X"};
        String[] pendidikan = {"05", "10", "12", "15", "17", "18", "20", "25", "30", "35", "40", "45", "50"};
        String[] eselon = {"21", "22", "31", "32", "41", "42", "51", "52", "99"};
        String[] jenjang = {"AHLI_PERTAMA", "AHLI_MUDA", "AHLI_MADYA", "AHLI_UTAMA", "TERAMPIL", "PENYELIA"};
        String[] groups = {"GURU", "KESEHATAN", "LAINNYA"};
        for (int i = 0; i < 140; i++) {
            String kind = i % 7 == 0 ? "CPNS" : i % 5 == 0 ? "PPPK" : "PNS";
            String jenis = i == 13 ? null : new String[]{"1", "2", "2", "4", "3"}[random.nextInt(5)];
            String golongan = "PPPK".equals(kind) ? pppkGolongan[random.nextInt(pppkGolongan.length)] : pnsGolongan[random.nextInt(pnsGolongan.length)];
            String es = "1".equals(jenis) || "3".equals(jenis) ? eselon[random.nextInt(eselon.length)] : null;
            String jj = "2".equals(jenis) ? jenjang[random.nextInt(jenjang.length)] : null;
            String group = "2".equals(jenis) ? groups[random.nextInt(groups.length)] : "LAINNYA";
            UUID unit = i == 29 ? null : units[random.nextInt(units.length)];
            LocalDate birth = i == 3 ? LocalDate.of(2006, 2, 1) : LocalDate.of(1962 + random.nextInt(42), 1 + random.nextInt(12), 1 + random.nextInt(28));
            String agama = i == 17 ? "6" : Integer.toString(1 + random.nextInt(5));
            String jabatanId = es == null ? null : "J" + es + "-" + i % 5;
            P base = new P(START, null, kind, true, null, "employee-registered", golongan, jenis, es, jabatanId, jj, group,
                    pendidikan[random.nextInt(pendidikan.length)], unit);
            List<P> timeline = switch (i % 20) {
                case 1 -> leave(base, LocalDate.of(2025, 12, 1), "RETIRED_BUP", "retired");
                case 2 -> leave(base, LocalDate.of(2025, 3, 1), "RETIRED_BUP", "retired");
                case 4 -> leave(base, LocalDate.of(2025, 12, 15), "RESIGNED", "resigned");
                case 6 -> leave(base, LocalDate.of(2025, 12, 20), "DIED", "died");
                case 8 -> leave(base, LocalDate.of(2025, 12, 1), "TRANSFERRED_OUT", "transferred-out");
                case 9 -> leave(base, LocalDate.of(2025, 12, 1), null, "status-changed");
                case 10 -> "PPPK".equals(kind) ? leave(base, LocalDate.of(2025, 12, 31), "CONTRACT_ENDED", "pppk-contract-ended")
                        : leave(base, LocalDate.of(2025, 12, 31), "DISMISSED", "dismissed");
                case 11 -> join(base, LocalDate.of(2025, 12, 1), "transferred-in");
                case 12 -> join(base, LocalDate.of(2025, 12, 1), "CPNS".equals(kind) ? "cpns-appointed" : "PPPK".equals(kind) ? "pppk-appointed"
                        : "transferred-in");
                case 15 -> join(base, LocalDate.of(2025, 12, 1), "PPPK".equals(kind) ? "pppk-appointed" : "transferred-in");
                case 16 -> leave(base, LocalDate.of(2025, 10, 1), "RETIRED_BUP", "retired");
                default -> List.of(base);
            };
            CITY.add(new Emp(random.nextBoolean() ? "L" : "P", birth, agama, timeline));
        }
        // a formasi for every eselon post someone holds, with a few slots to spare and some being prepared; one nobody holds
        Map<String, F> posts = new LinkedHashMap<>();
        for (Emp e : CITY) {
            P p = e.timeline(null).get(0);
            if (p.jabatanId() != null && p.unit() != null && !"99".equals(p.eselon())) {
                posts.putIfAbsent(p.unit() + p.jabatanId(), new F(UUID.randomUUID(), UUID.randomUUID(), p.unit(), p.jabatanId(), p.eselon(),
                        1 + random.nextInt(3), random.nextInt(3), LocalDate.of(2017, 1, 1), T1));
            }
        }
        FORMASI.addAll(posts.values());
        FORMASI.add(new F(UUID.randomUUID(), UUID.randomUUID(), units[0], "KABID-KOSONG", "32", 2, 1, LocalDate.of(2017, 1, 1), T1));
    }

    private static EventEnvelope formasiEvent(F f) {
        return EventEnvelope.create(EventTypes.FORMASI_SET_V1, "/openasn/personnel-service", f.formasiId().toString(), AGENCY,
                FORMASI.stream().filter(g -> g.formasiId().equals(f.formasiId())).toList().indexOf(f) + 1, f.recorded(),
                new FormasiSet(f.formasiId(), AGENCY, f.unit(), f.positionId(), f.jabatanId(), "Jabatan " + f.jabatanId(), "1", f.eselon(),
                        null, f.slots(), f.prepared(), f.from()));
    }

    private static List<P> leave(P base, LocalDate day, String separation, String cause) {
        return List.of(base.until(day), base.next(day, false, separation, cause));
    }

    private static List<P> join(P base, LocalDate day, String cause) {
        return List.of(new P(day, null, base.kind(), true, null, cause, base.golongan(), base.jenis(), base.eselon(), base.jabatanId(),
                base.jenjang(), base.group(), base.pendidikan(), base.unit()));
    }

    private static void publishCity() throws Exception {
        if (published) {
            return;
        }
        buildCity();
        for (Map.Entry<UUID, String> unit : UNITS.entrySet()) {
            String[] type = UNIT_TYPES.get(unit.getKey());
            boolean classifiedLater = "DINAS".equals(type[0]); // registered without a type (an old producer's event), then classified
            events.send(EventEnvelope.create(EventTypes.UNIT_REGISTERED_V1, "/openasn/personnel-service", unit.getKey().toString(), AGENCY, 1, T1,
                    new UnitRegistered(unit.getKey(), AGENCY, "U" + unit.getValue().length() + unit.getValue().charAt(0), unit.getValue(),
                            PARENTS.get(unit.getKey()), null, LocalDate.of(2017, 1, 1), classifiedLater ? null : type[0], type[1],
                            unit.getValue().equals("UPTD RSUD") ? 9 : null)));
            if (classifiedLater) {
                events.send(EventEnvelope.create(EventTypes.UNIT_CLASSIFIED_V1, "/openasn/personnel-service", unit.getKey().toString(), AGENCY, 2, T1,
                        new UnitClassified(unit.getKey(), AGENCY, type[0], type[1], 8))); // with the agency's listing order
            }
        }
        for (Emp e : CITY) {
            events.send(event(e, 0));
        }
        for (F f : FORMASI) {
            events.send(formasiEvent(f));
        }
        published = true;
    }

    private static EventEnvelope event(Emp e, int version) {
        List<P> timeline = e.versions.get(version);
        P last = timeline.get(timeline.size() - 1);
        List<EmploymentPeriod> periods = timeline.stream().map(p -> new EmploymentPeriod(p.from(), p.to(), p.kind(), p.inService() ? "01" : "02",
                p.inService(), p.separation(), p.golongan(), p.from(), p.jenis(), p.eselon(), p.jabatanId(), positionName(p), p.jenjang(), p.group(), null,
                p.unit(),
                p.pendidikan(), null, UUID.randomUUID(), p.cause())).toList();
        String kind = last.cause();
        EmployeeChange change = new EmployeeChange(e.id, AGENCY, new Mutation(UUID.randomUUID(), kind, "SK", last.from(), last.from(), "test",
                e.recorded.get(version), "test", true, null), new Person("199001012015031001", "Pegawai", null, null, e.birth, e.gender, e.agama,
                null), periods);
        return EventEnvelope.create(EventTypes.employeeByKind(kind).orElseThrow(), "/openasn/personnel-service", e.id.toString(), AGENCY,
                version + 1, e.recorded.get(version), change);
    }

    private static String positionName(P p) {
        return p.jabatanId() == null ? null : POSITION_NAMES.get(p.jabatanId().charAt(p.jabatanId().length() - 1) - '0');
    }

    // ------------------------------------------------------------------------------------------------ the test's own counting

    /** Seed 000's position categories, as this test reads them: rangkap with struktural, guru apart from other functional staff. */
    private static String jabatan(P p) {
        if (p.jenis() == null) {
            return "TIDAK TERCATAT";
        }
        return switch (p.jenis()) {
            case "1", "3" -> "JAB. STRUKTURAL";
            case "4" -> "JAB.F. UMUM";
            default -> "GURU".equals(p.group()) ? "JAB.F.GURU" : "JAB.F.NON GURU";
        };
    }

    private static String roman(P p) {
        return p.golongan().substring(0, p.golongan().indexOf('/'));
    }

    private static final Map<String, String> JENJANG_PENDIDIKAN = Map.ofEntries(Map.entry("05", "SD"), Map.entry("10", "SLTP"),
            Map.entry("12", "SLTP"), Map.entry("15", "SLTA"), Map.entry("17", "SLTA"), Map.entry("18", "SLTA"), Map.entry("20", "D-I"),
            Map.entry("25", "D-II"), Map.entry("30", "D-III"), Map.entry("35", "D-IV"), Map.entry("40", "S-1"), Map.entry("45", "S-2"),
            Map.entry("50", "S-3"));
    private static final Map<String, String> PPPK_PENDIDIKAN = Map.ofEntries(Map.entry("05", "SD SEDERAJAT"), Map.entry("10", "SLTP UMUM"),
            Map.entry("12", "SLTP KEJURUAN"), Map.entry("15", "SLTA UMUM"), Map.entry("17", "SLTA KEJURUAN"), Map.entry("18", "SLTA KEGURUAN"),
            Map.entry("20", "DIPLOMA I"), Map.entry("25", "DIPLOMA II"), Map.entry("30", "DIPLOMA III"), Map.entry("35", "DIPLOMA IV"),
            Map.entry("40", "SARJANA"), Map.entry("45", "PASCA SARJANA"), Map.entry("50", "DOKTOR"));
    private static final Map<String, String> SERANG_PENDIDIKAN = Map.ofEntries(Map.entry("05", "SD"), Map.entry("10", "SLTP"),
            Map.entry("12", "SLTP"), Map.entry("15", "SLTA"), Map.entry("17", "SLTA KEJURUAN"), Map.entry("18", "SLTA KEJURUAN"),
            Map.entry("20", "DIPLOMA 1"), Map.entry("25", "DIPLOMA 2"), Map.entry("30", "DIPLOMA 3"), Map.entry("35", "DIPLOMA 4"),
            Map.entry("40", "S1"), Map.entry("45", "S2"), Map.entry("50", "S3"));
    private static final Map<String, String> ESELON = Map.of("21", "II-a", "22", "II-b", "31", "III-a", "32", "III-b", "41", "IV-a",
            "42", "IV-b", "51", "V", "52", "V");
    private static final Map<String, String> AGAMA = Map.of("1", "ISLAM", "2", "KRISTEN", "3", "KATHOLIK", "4", "HINDU", "5", "BUDHA",
            "6", "KONGHUCU");

    private static String gender(Emp e) {
        return "L".equals(e.gender) ? "LAKI-LAKI" : "PEREMPUAN";
    }

    private static String ageBand(Emp e, LocalDate day) {
        int age = Period.between(e.birth, day).getYears();
        if (age < 21) {
            return "< 21 Tahun";
        }
        if (age > 60) {
            return "> 60 Tahun";
        }
        int[][] bands = {{21, 25}, {26, 30}, {31, 35}, {36, 40}, {41, 45}, {46, 50}, {51, 55}, {56, 58}, {59, 60}};
        for (int[] band : bands) {
            if (age >= band[0] && age <= band[1]) {
                return band[0] + "-" + band[1] + " Tahun";
            }
        }
        throw new IllegalStateException();
    }

    private static String key(String section, String row, String column) {
        return (section == null ? "" : section) + "|" + row + "|" + column;
    }

    /** Where one employee on the month's last day falls in a table of the state: "section|row|column", or null. */
    private static Map<String, Function<Object[], String>> stateTables() {
        Map<String, Function<Object[], String>> t = new LinkedHashMap<>();
        // each function gets {Emp, P (the period in service on the day, any kind), LocalDate day}
        t.put("3.2", x -> pns(x) && eselon(x) != null ? key(null, "ESELON " + ESELON.get(eselon(x)), "TERISI") : null);
        t.put("3.3", x -> pns(x) ? key(null, jabatan(p(x)), "PNS") : null);
        t.put("3.4", x -> pns(x) ? key(null, "GOL." + roman(p(x)), jabatan(p(x))) : null);
        t.put("3.5", x -> pns(x) ? key(null, "GOLONGAN " + p(x).golongan(), "PNS") : null);
        t.put("3.6", x -> pns(x) ? key(null, "GOLONGAN " + p(x).golongan(), jabatan(p(x)).contains("GURU") ? "JAB.F. TERTENTU (GURU + NON GURU)"
                : jabatan(p(x))) : null);
        t.put("3.7", x -> pns(x) ? key(null, JENJANG_PENDIDIKAN.get(p(x).pendidikan()), "PNS") : null);
        t.put("3.8", x -> pns(x) ? key(null, JENJANG_PENDIDIKAN.get(p(x).pendidikan()), jabatan(p(x))) : null);
        t.put("3.9", x -> pns(x) ? key(null, jabatan(p(x)), gender(e(x))) : null);
        t.put("3.10", x -> pns(x) ? key(null, ageBand(e(x), (LocalDate) x[2]), p(x).kind() + " " + e(x).gender) : null);
        t.put("3.11", x -> pns(x) ? key(null, AGAMA.get(e(x).agama), p(x).kind() + " " + e(x).gender) : null);
        t.put("3.13", x -> pns(x) && eselon(x) != null ? postCell(p(x)) : null);
        t.put("002.guru", x -> "GURU".equals(p(x).group()) ? key(null, p(x).unit() != null && "SD".equals(UNIT_TYPES.get(p(x).unit())[1]) ? "SEKOLAH DASAR NEGERI" : "TIDAK TERCATAT", "ASN")
                : null); // PNS, CPNS and PPPK: every kind of the city
        t.put("3.14", x -> pns(x) ? key(listingSection(p(x).unit()), p(x).unit() == null ? "TIDAK TERCATAT" : UNITS.get(p(x).unit()), "PNS") : null);
        t.put("3.19", x -> pppk(x) ? key(null, jabatan(p(x)), "PPPK") : null);
        t.put("3.20", x -> pppk(x) ? key(null, p(x).golongan(), "PPPK " + e(x).gender) : null);
        t.put("3.21", x -> pppk(x) ? key(null, PPPK_PENDIDIKAN.get(p(x).pendidikan()), "PPPK " + e(x).gender) : null);
        t.put("3.22", x -> pppk(x) ? key(null, gender(e(x)), "PPPK") : null);
        t.put("3.23", x -> pppk(x) ? key(listingSection(p(x).unit()), p(x).unit() == null ? "TIDAK TERCATAT" : UNITS.get(p(x).unit()), "PPPK") : null);
        t.put("002.eselon", x -> pns(x) && eselon(x) != null ? key(null, ESELON.get(eselon(x)).replace('-', '.').toUpperCase(),
                "TERISI " + e(x).gender) : null);
        t.put("002.golongan", x -> pns(x) ? key(null, p(x).golongan().substring(p(x).golongan().indexOf('/') + 1).toUpperCase(),
                "GOL " + roman(p(x)) + " " + e(x).gender) : null);
        t.put("002.pendidikan", x -> pns(x) ? key(null, SERANG_PENDIDIKAN.get(p(x).pendidikan()), e(x).gender) : null);
        t.put("002.jenjang", x -> pns(x) && "2".equals(p(x).jenis()) ? key(p(x).jenjang().replace('_', ' '), p(x).golongan(),
                p(x).group() + " " + e(x).gender) : null);
        return t;
    }

    /**
     * The section Tables 3.14 and 3.23 list a unit in, as this test reads the city: its kind, a UPTD its parent's, no
     * unit or no kind TIDAK TERCATAT.
     */
    private static String listingSection(UUID unit) {
        String type = unit == null ? null : UNIT_TYPES.get(unit)[0];
        return type == null ? "TIDAK TERCATAT" : type.equals("UPTD") ? UNIT_TYPES.get(PARENTS.get(unit))[0] : type;
    }

    /**
     * Table 3.13's cell of an eselon post, as this test reads the city: the section is the unit's kind (a school or UPTD
     * under its parent's, or DINAS without one), the row the title its position's name begins with in that section.
     */
    private static String postCell(P p) {
        String[] type = p.unit() == null ? new String[]{null, null} : UNIT_TYPES.get(p.unit());
        String section = type[0] == null ? null : type[0].equals("UPTD") ? UNIT_TYPES.get(PARENTS.get(p.unit()))[0]
                : type[0].equals("SEKOLAH") ? "DINAS" : type[0];
        if (section == null) {
            return key("TIDAK TERCATAT", "TIDAK TERCATAT", "PNS");
        }
        String name = positionName(p);
        String row = switch (name) {
            case "Kepala Bidang Pelayanan" -> section.equals("KECAMATAN") ? "LAINNYA" : "KABID";
            case "Kepala Subbagian Tata Usaha" -> switch (section) {
                case "BADAN" -> "KASUBAG TU";
                case "KECAMATAN" -> "KASUBBAG";
                default -> type[0].equals("SEKOLAH") ? "KASUBBAG TU SEKOLAH" : "KASUBBAG TU";
            };
            case "Sekretaris Dinas" -> section.equals("KECAMATAN") ? "SEKCAM" : "SEKRETARIS";
            case "Camat Metro Pusat" -> section.equals("KECAMATAN") ? "CAMAT" : "LAINNYA";
            default -> "LAINNYA";
        };
        return key(section.equals("KECAMATAN") ? "KECAMATAN" : section, row, "PNS");
    }

    private static Emp e(Object[] x) {
        return (Emp) x[0];
    }

    private static P p(Object[] x) {
        return (P) x[1];
    }

    private static boolean pns(Object[] x) {
        return PNS.has(p(x).kind());
    }

    private static boolean pppk(Object[] x) {
        return PPPK.has(p(x).kind());
    }

    private static String eselon(Object[] x) {
        return p(x).eselon() == null || "99".equals(p(x).eselon()) ? null : p(x).eselon();
    }

    /** Every state table's cells as this test counts them over its own list. */
    private static Map<String, Map<String, Long>> expectedStates(YearMonth month, Instant knownAt) {
        LocalDate day = month.atEndOfMonth();
        Map<String, Map<String, Long>> expected = new TreeMap<>();
        stateTables().forEach((number, where) -> {
            Map<String, Long> cells = new TreeMap<>();
            for (Emp e : CITY) {
                P p = e.at(day, knownAt);
                if (p != null && p.inService()) {
                    String key = where.apply(new Object[]{e, p, day});
                    if (key != null) {
                        cells.merge(key, 1L, Long::sum);
                    }
                }
            }
            expected.put(number, cells);
        });
        Map<String, Long> skpd = new TreeMap<>();
        for (String[] type : UNIT_TYPES.values()) {
            if (type[0] == null || !List.of("UPTD", "SEKOLAH").contains(type[0])) {
                skpd.merge(key(null, type[0] == null ? "TIDAK TERCATAT" : type[0], "SKPD"), 1L, Long::sum);
            }
        }
        expected.put("3.12", skpd);
        for (Map.Entry<F, Long> post : vacancies(day, knownAt).entrySet()) {
            String eselon = ESELON.get(post.getKey().eselon());
            if (post.getValue() > 0) {
                expected.get("3.2").merge(key(null, "ESELON " + eselon, "LOWONG"), post.getValue(), Long::sum);
            }
            if (post.getKey().prepared() > 0) {
                expected.get("002.eselon").merge(key(null, eselon.replace('-', '.').toUpperCase(), "DISIAPKAN"), (long) post.getKey().prepared(),
                        Long::sum);
            }
        }
        return expected;
    }

    /** Each formasi's setting in force on the day (as known at the moment) with its vacancies: slots less the PNS holding it. */
    private static Map<F, Long> vacancies(LocalDate day, Instant knownAt) {
        Map<UUID, F> inForce = new LinkedHashMap<>();
        for (F f : FORMASI) {
            if (!f.from().isAfter(day) && (knownAt == null || !f.recorded().isAfter(knownAt))) {
                F current = inForce.get(f.formasiId());
                if (current == null || !f.from().isBefore(current.from())) {
                    inForce.put(f.formasiId(), f);
                }
            }
        }
        Map<F, Long> vacant = new LinkedHashMap<>();
        for (F f : inForce.values()) {
            long holders = CITY.stream().map(e -> e.at(day, knownAt)).filter(p -> p != null && p.inService() && PNS.has(p.kind())
                    && f.unit().equals(p.unit()) && f.jabatanId().equals(p.jabatanId())).count();
            vacant.put(f, Math.max(0, f.slots() - holders));
        }
        return vacant;
    }

    /** A change between counted and not counted: the period it starts, whether it adds, and the reason. */
    record Move(Emp e, P p, boolean addition, String reason) {
    }

    private static List<Move> moves(Kinds population, LocalDate first, LocalDate last, Instant knownAt) {
        List<Move> moves = new ArrayList<>();
        for (Emp e : CITY) {
            boolean before = false;
            for (P p : e.timeline(knownAt)) {
                boolean counted = p.inService() && population.has(p.kind());
                if (!p.from().isBefore(first) && !p.from().isAfter(last) && counted != before) {
                    moves.add(new Move(e, p, counted, counted ? p.cause() : p.separation() != null ? p.separation() : p.cause()));
                }
                before = counted;
            }
        }
        return moves;
    }

    private static String reasonRow(Move m, boolean pns) {
        if (m.addition()) {
            return switch (m.reason()) {
                case "transferred-in" -> "PENAMBAHAN|MUTASI MASUK";
                case "cpns-appointed" -> "PENAMBAHAN|PENGANGKATAN CPNS";
                case "pppk-appointed" -> "PENAMBAHAN|PENGANGKATAN";
                default -> "PENAMBAHAN|LAINNYA";
            };
        }
        return switch (m.reason()) {
            case "RETIRED_BUP" -> "PENGURANGAN|BUP / PENSIUN";
            case "RESIGNED", "DISMISSED", "CONTRACT_ENDED" -> pns ? "PENGURANGAN|PEMBERHENTIAN / APS" : "PENGURANGAN|PEMBERHENTIAN";
            case "DIED" -> "PENGURANGAN|MENINGGAL DUNIA";
            case "TRANSFERRED_OUT" -> "PENGURANGAN|MUTASI KELUAR";
            default -> "PENGURANGAN|LAINNYA";
        };
    }

    private static Map<String, Map<String, Long>> expectedMovements(YearMonth month, Instant knownAt) {
        Map<String, Map<String, Long>> expected = new TreeMap<>();
        for (String number : List.of("3.1", "3.18")) {
            boolean pns = number.equals("3.1");
            Map<String, Long> cells = new TreeMap<>();
            for (Move m : moves(pns ? PNS : PPPK, month.atDay(1), month.atEndOfMonth(), knownAt)) {
                cells.merge(reasonRow(m, pns) + "|" + (pns ? "PNS" : "PPPK"), 1L, Long::sum);
            }
            expected.put(number, cells);
        }
        Map<String, Long> t315 = new TreeMap<>();
        Map<String, Long> t316 = new TreeMap<>();
        Map<String, Long> t317 = new TreeMap<>();
        for (int m = 1; m <= month.getMonthValue(); m++) {
            YearMonth each = month.withMonth(m);
            for (Move move : moves(PNS, each.atDay(1), each.atEndOfMonth(), knownAt)) {
                if (!move.addition() && move.reason().equals("RETIRED_BUP")) {
                    if (m == month.getMonthValue()) {
                        t315.merge(key(null, "GOLONGAN " + roman(move.p()), "PNS"), 1L, Long::sum);
                    }
                    t316.merge(key(null, List.of("JANUARI", "FEBRUARI", "MARET", "APRIL", "MEI", "JUNI", "JULI", "AGUSTUS", "SEPTEMBER", "OKTOBER",
                            "NOVEMBER", "DESEMBER").get(m - 1), "PNS"), 1L, Long::sum);
                    t317.merge(key(null, "GOLONGAN " + roman(move.p()), jabatan(move.p())), 1L, Long::sum);
                }
            }
        }
        expected.put("3.15", t315);
        expected.put("3.16", t316);
        expected.put("3.17", t317);
        return expected;
    }

    private static long headcount(Kinds population, LocalDate day, Instant knownAt) {
        return CITY.stream().map(e -> e.at(day, knownAt)).filter(p -> p != null && p.inService() && population.has(p.kind())).count();
    }

    // ------------------------------------------------------------------------------------------------ the service's tables

    private static Response get(String number, YearMonth month, Instant knownAt, String format) {
        var request = given().auth().oauth2(TestTokens.of("viewer", AGENCY)).queryParam("instansi", AGENCY).queryParam("month", month.toString());
        if (knownAt != null) {
            request.queryParam("knownAt", knownAt.toString());
        }
        if (format != null) {
            request.queryParam("format", format);
        }
        return request.get("/profile/tables/{number}", number).then().statusCode(200).extract().response();
    }

    private static String column(Map<String, Object> column) {
        return column.get("group") == null ? (String) column.get("label") : column.get("group") + " " + column.get("label");
    }

    /** The non-zero cells of a table as "section|row|column", after re-adding every total of it. */
    @SuppressWarnings("unchecked")
    private static Map<String, Long> cells(JsonPath table) {
        List<Map<String, Object>> columns = table.getList("columns");
        Map<String, Long> cells = new TreeMap<>();
        long[] columnTotals = new long[columns.size()];
        long grand = 0;
        for (Map<String, Object> section : table.<Map<String, Object>>getList("sections")) {
            long[] sectionColumns = new long[columns.size()];
            long sectionTotal = 0;
            for (Map<String, Object> row : (List<Map<String, Object>>) section.get("rows")) {
                List<Number> values = (List<Number>) row.get("cells");
                long sum = 0;
                for (int c = 0; c < values.size(); c++) {
                    long v = values.get(c).longValue();
                    sum += Boolean.TRUE.equals(columns.get(c).get("memo")) ? 0 : v;
                    sectionColumns[c] += v;
                    if (v != 0) {
                        cells.put(key((String) section.get("label"), (String) row.get("label"), column(columns.get(c))), v);
                    }
                }
                assertEquals(sum, ((Number) row.get("total")).longValue(), "row total of " + row.get("label"));
                sectionTotal += sum;
            }
            List<Number> totals = (List<Number>) section.get("columnTotals");
            for (int c = 0; c < columns.size(); c++) {
                assertEquals(sectionColumns[c], totals.get(c).longValue(), "column total of section " + section.get("label"));
                columnTotals[c] += sectionColumns[c];
            }
            assertEquals(sectionTotal, ((Number) section.get("total")).longValue());
            grand += sectionTotal;
        }
        long acrossColumns = 0;
        for (int c = 0; c < columns.size(); c++) {
            assertEquals(columnTotals[c], table.getLong("columnTotals[" + c + "]"), "column total of " + column(columns.get(c)));
            acrossColumns += Boolean.TRUE.equals(columns.get(c).get("memo")) ? 0 : columnTotals[c];
        }
        assertEquals(grand, table.getLong("grandTotal"));
        assertEquals(grand, acrossColumns);
        assertEquals(true, table.getBoolean("reconciles"), table.getString("discrepancies"));
        return cells;
    }

    /** Every table of the month compared with this test's counts; each fetched once. */
    private static void assertTables(YearMonth month, Instant knownAt) {
        Map<String, Map<String, Long>> expected = new TreeMap<>(expectedStates(month, knownAt));
        expected.putAll(expectedMovements(month, knownAt));
        Map<String, JsonPath> tables = new TreeMap<>();
        for (Map.Entry<String, Map<String, Long>> table : expected.entrySet()) {
            JsonPath json = get(table.getKey(), month, knownAt, null).jsonPath();
            tables.put(table.getKey(), json);
            assertEquals(table.getValue(), cells(json), "Table " + table.getKey() + " for " + month + " known at " + knownAt);
        }
        for (String number : List.of("3.1", "3.18")) {
            Kinds population = number.equals("3.1") ? PNS : PPPK;
            JsonPath json = tables.get(number);
            long opening = headcount(population, month.minusMonths(1).atEndOfMonth(), knownAt);
            long closing = headcount(population, month.atEndOfMonth(), knownAt);
            assertEquals(opening, json.getLong("balance.opening"), number + " opening");
            assertEquals(closing, json.getLong("balance.closing"), number + " closing");
            assertEquals(closing - opening, json.getLong("balance.additions") - json.getLong("balance.reductions"));
        }
        for (String number : List.of("3.3", "3.5", "3.10", "3.19", "3.22")) {
            long population = headcount(number.equals("3.19") || number.equals("3.22") ? PPPK : PNS, month.atEndOfMonth(), knownAt);
            assertEquals(population, tables.get(number).getLong("grandTotal"), "Table " + number + " counts everyone");
            assertEquals(population, tables.get(number).getLong("populationTotal"));
        }
    }

    // ------------------------------------------------------------------------------------------------ tests

    @Test
    @Order(1)
    void shouldReproduceEveryTableFromTheEmployeesItCounts() throws Exception {
        publishCity();
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> assertTables(DECEMBER, null));
        for (YearMonth month : EARLIER_MONTHS) {
            assertTables(month, null);
        }
        List<String> numbers = given().auth().oauth2(TestTokens.of("viewer", AGENCY)).get("/profile/tables").then().statusCode(200)
                .extract().jsonPath().getList("number");
        java.util.Set<String> compared = new java.util.TreeSet<>(expectedStates(DECEMBER, null).keySet());
        compared.addAll(expectedMovements(DECEMBER, null).keySet());
        assertEquals(new java.util.TreeSet<>(numbers), compared, "every table of the catalogue is compared");

        // known aggregates of the city, stated outright
        JsonPath december = get("3.1", DECEMBER, null, null).jsonPath();
        assertEquals(CITY.stream().filter(e -> e.timeline(null).size() == 2 && PNS.has(e.timeline(null).get(0).kind())
                && "RETIRED_BUP".equals(e.timeline(null).get(1).separation()) && e.timeline(null).get(1).from().equals(DECEMBER.atDay(1))).count(),
                december.getLong("sections.find { it.label == 'PENGURANGAN' }.rows.find { it.label == 'BUP / PENSIUN' }.total"));
        assertEquals("Rekapitulasi Jumlah Penambahan dan Pengurangan PNS", december.getString("title"));
        assertEquals("JUMLAH PNS NOVEMBER 2025", december.getString("balance.openingLabel"));
        JsonPath ages = get("3.10", DECEMBER, null, null).jsonPath();
        assertEquals(List.of("< 21 Tahun", "21-25 Tahun", "26-30 Tahun", "31-35 Tahun", "36-40 Tahun", "41-45 Tahun", "46-50 Tahun", "51-55 Tahun",
                "56-58 Tahun", "59-60 Tahun", "> 60 Tahun"), ages.getList("sections[0].rows.label"));
        assertEquals(17, get("3.5", DECEMBER, null, null).jsonPath().getList("sections[0].rows").size(), "every ruang, even empty ones");
        assertEquals("Daftar BUP PNS Bulan Desember 2025 per Golongan", get("3.15", DECEMBER, null, null).jsonPath().getString("title"));
        JsonPath skpd = get("3.12", DECEMBER, null, null).jsonPath();
        assertEquals(4, skpd.getLong("grandTotal"), "BADAN, DINAS, KECAMATAN and the untyped KANTOR ARSIP; not the school nor the UPTD");
        assertEquals(List.of("SEKRETARIAT DAERAH", "SEKRETARIAT DPRD", "DINAS", "INSPEKTORAT", "BADAN", "LEMBAGA", "KECAMATAN", "KELURAHAN",
                "TIDAK TERCATAT"), skpd.getList("sections[0].rows.label"));
        JsonPath posts = get("3.13", DECEMBER, null, null).jsonPath();
        assertEquals(get("3.2", DECEMBER, null, null).jsonPath().getLong("columnTotals[0]"), posts.getLong("grandTotal"),
                "Table 3.13 splits the eselon posts Table 3.2 counts filled");
        assertEquals(List.of("KADIS", "DIREKTUR", "SEKRETARIS", "WAKIL DIREKTUR", "KABAG RS", "KABID", "KASUBBAG", "KASI", "KEPALA UPTD",
                "KEPALA PUSKES", "KASUBBAG TU", "KASUBBAG TU SEKOLAH"), posts.getList("sections.find { it.label == 'DINAS' }.rows.label")
                .stream().filter(label -> !label.equals("LAINNYA")).toList());
        assertTrue(get("002.guru", DECEMBER, null, null).jsonPath().getLong("grandTotal") > 0, "the city has teachers");
        JsonPath units = given().auth().oauth2(TestTokens.of("integration")).queryParam("instansi", AGENCY).get("/units").then().statusCode(200)
                .extract().jsonPath();
        assertEquals("DINAS", units.getString("find { it.name == 'DINAS KESEHATAN' }.unitType"), "the kind classified after registration");
        assertEquals(8, units.getInt("find { it.name == 'DINAS KESEHATAN' }.listOrder"), "the listing order classified after registration");
        assertEquals(9, units.getInt("find { it.name == 'UPTD RSUD' }.listOrder"), "the listing order registered");
        assertNull(units.get("find { it.name == 'KANTOR ARSIP' }.listOrder"));
        assertEquals("SD", units.getString("find { it.name == 'UPTD SD NEGERI 1' }.schoolLevel"));
        assertNull(units.get("find { it.name == 'KANTOR ARSIP' }.unitType"));
        for (String perUnit : List.of("3.14", "3.23")) {
            JsonPath listed = get(perUnit, DECEMBER, null, null).jsonPath();
            assertEquals(List.of("DINAS", "BADAN", "KECAMATAN", "SEKOLAH", "TIDAK TERCATAT"), listed.getList("sections.label"),
                    "the kinds of unit the city has, in seed 000's order, the untyped unit and the PNS without unit last");
            assertEquals(List.of("DINAS KESEHATAN", "UPTD RSUD"), listed.getList("sections[0].rows.label"), "the UPTD after its dinas");
            assertEquals("KANTOR ARSIP", listed.getString("sections[4].rows[0].label"), "every unit listed, even without PPPK");
        }
    }

    @Test
    @Order(2)
    void shouldCountBackDatedMutationsFromTheirTmtAndKeepWhatWasKnownBefore() throws Exception {
        publishCity();
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> assertTables(DECEMBER, null));
        Emp promoted = CITY.stream().filter(e -> e.versions.size() == 1 && e.timeline(null).size() == 1 && "III/b".equals(e.timeline(null).get(0).golongan()))
                .findFirst().orElseThrow();
        Emp died = CITY.stream().filter(e -> e != promoted && e.versions.size() == 1 && e.timeline(null).size() == 1
                && "PNS".equals(e.timeline(null).get(0).kind())).findFirst().orElseThrow();
        P p = promoted.timeline(null).get(0);
        promoted.recorded.add(T2);
        promoted.versions.add(List.of(p.until(LocalDate.of(2025, 11, 1)), p.promoted(LocalDate.of(2025, 11, 1), "III/c")));
        P d = died.timeline(null).get(0);
        died.recorded.add(T2);
        died.versions.add(leave(d, LocalDate.of(2025, 12, 10), "DIED", "died"));
        F post = FORMASI.get(0);
        F reset = new F(post.formasiId(), post.positionId(), post.unit(), post.jabatanId(), post.eselon(), post.slots() + 3, post.prepared() + 2,
                LocalDate.of(2025, 12, 1), T2);
        FORMASI.add(reset);
        Map<String, Map<String, Long>> before = expectedStates(DECEMBER, BETWEEN);
        events.send(event(promoted, 1));
        events.send(event(died, 1));
        events.send(formasiEvent(reset));

        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> assertTables(DECEMBER, null));
        assertNotEquals(before.get("3.5"), expectedStates(DECEMBER, null).get("3.5"), "the promotion moves someone from III/b to III/c");
        assertNotEquals(before.get("3.2"), expectedStates(DECEMBER, null).get("3.2"), "three more slots of a post from December");
        assertTables(DECEMBER, BETWEEN);
        assertTables(YearMonth.of(2025, 10), null);
        assertTables(YearMonth.of(2025, 11), null);
        JsonPath known = get("3.1", DECEMBER, BETWEEN, null).jsonPath();
        JsonPath now = get("3.1", DECEMBER, null, null).jsonPath();
        assertEquals(known.getLong("balance.reductions") + 1, now.getLong("balance.reductions"), "the death recorded in February counts in December");
    }

    @Test
    @Order(3)
    void shouldServeEveryTableAsCsvAndXlsxWithTheCellsAndTotalsOfTheJson() throws Exception {
        publishCity();
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> assertTables(DECEMBER, null));
        List<String> numbers = given().auth().oauth2(TestTokens.of("viewer", AGENCY)).get("/profile/tables").then().extract().jsonPath()
                .getList("number");
        for (String number : numbers) {
            JsonPath json = get(number, DECEMBER, null, null).jsonPath();
            List<List<String>> expected = printed(json);

            Response csv = get(number, DECEMBER, null, "csv");
            assertTrue(csv.contentType().startsWith("text/csv"), csv.contentType());
            byte[] bytes = csv.asByteArray();
            assertArrayEquals(new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(bytes, 3), "UTF-8 BOM");
            List<List<String>> csvLines = new ArrayList<>();
            for (String line : new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8).split("\r\n")) {
                csvLines.add(parseCsvLine(line));
            }
            assertEquals(expected, csvLines, "CSV of table " + number);

            Response xlsx = given().auth().oauth2(TestTokens.of("viewer", AGENCY)).accept(
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet").queryParam("instansi", AGENCY)
                    .queryParam("month", "2025-12").get("/profile/tables/{number}", number).then().statusCode(200).extract().response();
            assertTrue(xlsx.header("Content-Disposition").contains("tabel-" + number), xlsx.header("Content-Disposition"));
            try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.asByteArray()))) {
                Sheet sheet = book.getSheetAt(0);
                assertEquals("Tabel " + number + " " + json.getString("title"), sheet.getRow(0).getCell(0).getStringCellValue());
                int header = json.getList("columns.group").stream().anyMatch(java.util.Objects::nonNull) ? 4 : 3;
                List<List<String>> rows = new ArrayList<>();
                for (int r = header; r <= sheet.getLastRowNum(); r++) {
                    rows.add(cellsOf(sheet.getRow(r), expected.get(0).size()));
                }
                assertEquals(expected, rows, "XLSX of table " + number);
            }
        }
    }

    /** The lines the CSV and XLSX must print, built here from the JSON: header, rows, section totals, totals, counts before/after. */
    @SuppressWarnings("unchecked")
    private static List<List<String>> printed(JsonPath json) {
        List<Map<String, Object>> sections = json.getList("sections");
        boolean sectionColumn = sections.stream().anyMatch(s -> s.get("label") != null);
        boolean percent = json.getBoolean("percentages");
        List<List<String>> lines = new ArrayList<>();
        List<String> header = new ArrayList<>();
        if (sectionColumn) {
            header.add("BAGIAN");
        }
        header.add(json.getString("rowHeader"));
        json.<Map<String, Object>>getList("columns").forEach(c -> header.add(column(c)));
        header.add("JUMLAH");
        if (percent) {
            header.add("%");
        }
        lines.add(header);
        int width = json.getList("columns").size();
        if (json.get("balance") != null) {
            lines.add(balanceLine(sectionColumn, json.getString("balance.openingLabel"), json.getLong("balance.opening"), width, percent));
        }
        long grand = json.getLong("grandTotal");
        for (Map<String, Object> section : sections) {
            for (Map<String, Object> row : (List<Map<String, Object>>) section.get("rows")) {
                lines.add(line(sectionColumn, (String) section.get("label"), (String) row.get("label"), (List<Number>) row.get("cells"),
                        ((Number) row.get("total")).longValue(), percent ? share(((Number) row.get("total")).longValue(), grand) : null));
            }
            if (sectionColumn) {
                long total = ((Number) section.get("total")).longValue();
                lines.add(line(true, (String) section.get("label"), "JUMLAH " + section.get("label"), (List<Number>) section.get("columnTotals"),
                        total, percent ? share(total, grand) : null));
            }
        }
        lines.add(line(sectionColumn, "", json.getString("totalLabel"), json.getList("columnTotals"), grand, percent ? share(grand, grand) : null));
        if (json.get("balance") != null) {
            lines.add(balanceLine(sectionColumn, json.getString("balance.closingLabel"), json.getLong("balance.closing"), width, percent));
        }
        return lines;
    }

    private static String share(long part, long whole) {
        return whole == 0 ? "0,00" : BigDecimal.valueOf(part * 100).divide(BigDecimal.valueOf(whole), 2, RoundingMode.HALF_UP).toPlainString()
                .replace('.', ',');
    }

    private static List<String> line(boolean sectionColumn, String section, String label, List<Number> cells, long total, String percent) {
        List<String> line = new ArrayList<>();
        if (sectionColumn) {
            line.add(section == null ? "" : section);
        }
        line.add(label);
        cells.forEach(c -> line.add(Long.toString(c.longValue())));
        line.add(Long.toString(total));
        if (percent != null) {
            line.add(percent);
        }
        return line;
    }

    private static List<String> balanceLine(boolean sectionColumn, String label, long count, int width, boolean percent) {
        List<String> line = new ArrayList<>();
        if (sectionColumn) {
            line.add("");
        }
        line.add(label);
        for (int c = 0; c < width; c++) {
            line.add("");
        }
        line.add(Long.toString(count));
        if (percent) {
            line.add("");
        }
        return line;
    }

    /** One CSV line split at ';', quoted fields unquoted (the tables' labels have no line breaks). */
    private static List<String> parseCsvLine(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char ch = line.charAt(i);
            if (quoted) {
                if (ch == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (ch == '"') {
                    quoted = false;
                } else {
                    field.append(ch);
                }
            } else if (ch == '"') {
                quoted = true;
            } else if (ch == ';') {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(ch);
            }
        }
        fields.add(field.toString());
        return fields;
    }

    /** A sheet row as text: counts as whole numbers, shares with two decimals and a decimal comma, empty cells empty. */
    private static List<String> cellsOf(Row row, int width) {
        List<String> cells = new ArrayList<>();
        for (int c = 0; c < width; c++) {
            Cell cell = row.getCell(c);
            if (cell == null || cell.getCellType() == CellType.BLANK) {
                cells.add("");
            } else if (cell.getCellType() == CellType.NUMERIC) {
                double value = cell.getNumericCellValue();
                cells.add(value == Math.rint(value) && !cell.getCellStyle().getDataFormatString().equals("0.00") ? Long.toString((long) value)
                        : BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).toPlainString().replace('.', ','));
            } else {
                cells.add(cell.getStringCellValue());
            }
        }
        return cells;
    }

    @Test
    @Order(4)
    void shouldRejectUnknownTablesBadParametersAndOtherAgencies() {
        given().auth().oauth2(TestTokens.of("viewer", AGENCY)).queryParam("instansi", AGENCY).queryParam("month", "2025-12")
                .get("/profile/tables/9.9").then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.of("viewer", AGENCY)).queryParam("instansi", AGENCY).queryParam("month", "Desember")
                .get("/profile/tables/3.5").then().statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", equalTo("month"));
        given().auth().oauth2(TestTokens.of("viewer", AGENCY)).queryParam("instansi", AGENCY).queryParam("format", "pdf")
                .get("/profile/tables/3.5").then().statusCode(400).body("violations[0].field", equalTo("format"));
        given().auth().oauth2(TestTokens.of("viewer", AGENCY)).accept("application/pdf").queryParam("instansi", AGENCY)
                .get("/profile/tables/3.5").then().statusCode(406).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.of("viewer", AGENCY)).queryParam("instansi", AGENCY).queryParam("knownAt", "yesterday")
                .get("/profile/tables/3.5").then().statusCode(400).body("violations[0].field", equalTo("knownAt"));
        given().auth().oauth2(TestTokens.of("viewer", "D110")).queryParam("instansi", AGENCY)
                .get("/profile/tables/3.5").then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.of("self", AGENCY)).get("/profile/tables").then().statusCode(403);
        given().auth().oauth2(TestTokens.of("viewer", AGENCY)).get("/profile/tables/3.5").then().statusCode(400)
                .body("violations[0].field", equalTo("instansi"));
        given().auth().oauth2(TestTokens.of("integration", AGENCY)).get("/profile/tables").then().statusCode(200)
                .body("number", hasItems("3.1", "3.23", "002.jenjang"))
                .body("find { it.number == '3.5' }.rows[0]", equalTo("GOLONGAN IV/e"));
        // the catalogue has no counts; the tables and the document print exact ones, which the integration role must not get
        given().auth().oauth2(TestTokens.of("integration", AGENCY)).queryParam("instansi", AGENCY).get("/profile/tables/3.11").then()
                .statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.of("integration", AGENCY)).queryParam("instansi", AGENCY).get("/profile/document").then()
                .statusCode(403).contentType("application/problem+json");
    }

    @Test
    @Order(5)
    void shouldPublishTheWholeProfileAsOneHtmlDocumentAPdfAndOneWorkbookWithTheLinesOfEveryTable() throws Exception {
        publishCity();
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> assertTables(DECEMBER, null));
        List<String> numbers = given().auth().oauth2(TestTokens.of("viewer", AGENCY)).get("/profile/tables").then().extract().jsonPath()
                .getList("number");

        Response html = given().auth().oauth2(TestTokens.of("viewer", AGENCY)).queryParam("instansi", AGENCY).queryParam("month", "2025-12")
                .get("/profile/document").then().statusCode(200).extract().response();
        assertTrue(html.contentType().startsWith("text/html"), html.contentType());
        String page = html.asString();
        assertTrue(page.contains("<h1>PROFIL KEPEGAWAIAN ASN</h1>") && page.contains("<h2>DESEMBER 2025</h2>") && page.contains("Keadaan 31 Desember 2025"),
                "the cover");
        assertTrue(page.contains("Semua jumlah pada setiap tabel telah dicocokkan"), "every table reconciles, and the cover says so");
        Matcher sections = Pattern.compile("<section class=\"tabel\" id=\"tabel-([^\"]+)\">(.*?)</section>", Pattern.DOTALL).matcher(page);
        List<String> inDocument = new ArrayList<>();
        while (sections.find()) {
            String number = sections.group(1);
            inDocument.add(number);
            JsonPath json = get(number, DECEMBER, null, null).jsonPath();
            assertTrue(sections.group(2).contains("<h3>Tabel " + number + " " + escaped(json.getString("title")) + "</h3>"), "title of " + number);
            assertEquals(withIndonesianThousands(printed(json)), htmlLines(sections.group(2)), "HTML of table " + number);
            assertTrue(page.contains("<a href=\"#tabel-" + number + "\">"), "listed: " + number);
        }
        assertEquals(numbers, inDocument, "every table of the catalogue, in its order");

        Response xlsx = given().auth().oauth2(TestTokens.of("viewer", AGENCY)).queryParam("instansi", AGENCY).queryParam("month", "2025-12")
                .queryParam("format", "xlsx").get("/profile/document").then().statusCode(200).extract().response();
        assertTrue(xlsx.header("Content-Disposition").contains("profil-kepegawaian-" + AGENCY + "-2025-12.xlsx"), xlsx.header("Content-Disposition"));
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.asByteArray()))) {
            assertEquals(numbers.size(), book.getNumberOfSheets());
            for (int i = 0; i < numbers.size(); i++) {
                JsonPath json = get(numbers.get(i), DECEMBER, null, null).jsonPath();
                List<List<String>> expected = printed(json);
                Sheet sheet = book.getSheetAt(i);
                assertEquals("Tabel " + numbers.get(i) + " " + json.getString("title"), sheet.getRow(0).getCell(0).getStringCellValue());
                int header = json.getList("columns.group").stream().anyMatch(java.util.Objects::nonNull) ? 4 : 3;
                List<List<String>> rows = new ArrayList<>();
                for (int r = header; r <= sheet.getLastRowNum(); r++) {
                    rows.add(cellsOf(sheet.getRow(r), expected.get(0).size()));
                }
                assertEquals(expected, rows, "sheet of table " + numbers.get(i));
            }
        }

        given().auth().oauth2(TestTokens.of("viewer", AGENCY)).accept("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .queryParam("instansi", AGENCY).queryParam("month", "2025-12").get("/profile/document").then().statusCode(200)
                .contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        Response pdf = given().auth().oauth2(TestTokens.of("viewer", AGENCY)).queryParam("instansi", AGENCY).queryParam("month", "2025-12")
                .queryParam("format", "pdf").get("/profile/document").then().statusCode(200).contentType("application/pdf").extract().response();
        assertTrue(pdf.header("Content-Disposition").contains("profil-kepegawaian-" + AGENCY + "-2025-12.pdf"), pdf.header("Content-Disposition"));
        try (PDDocument document = Loader.loadPDF(pdf.asByteArray())) {
            assertTrue(document.getNumberOfPages() >= numbers.size() + 2, document.getNumberOfPages() + " pages");
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(3); // after the cover and the list of tables
            String text = stripper.getText(document);
            int at = 0;
            for (String number : numbers) {
                JsonPath json = get(number, DECEMBER, null, null).jsonPath();
                int title = text.indexOf("Tabel " + number + " " + json.getString("title"), at);
                assertTrue(title >= at, "table " + number + " in the PDF, after the one before it");
                at = title;
                String total = String.format(java.util.Locale.GERMANY, "%,d", json.getLong("grandTotal")); // 3.280, as printed
                assertTrue(text.indexOf(total, title) > title, "the grand total of table " + number + ", " + total);
            }
        }
        given().auth().oauth2(TestTokens.of("viewer", AGENCY)).accept("application/pdf").queryParam("instansi", AGENCY).queryParam("month", "2025-12")
                .get("/profile/document").then().statusCode(200).contentType("application/pdf");
        given().auth().oauth2(TestTokens.of("viewer", AGENCY)).queryParam("instansi", AGENCY).queryParam("format", "docx")
                .get("/profile/document").then().statusCode(400).contentType("application/problem+json").body("violations[0].field", equalTo("format"))
                .body("violations[0].message", equalTo("must be html, pdf or xlsx"));
        given().auth().oauth2(TestTokens.of("viewer", AGENCY)).queryParam("instansi", AGENCY).queryParam("month", "2025-13")
                .get("/profile/document").then().statusCode(400).body("violations[0].field", equalTo("month"));
        given().auth().oauth2(TestTokens.of("viewer", "D110")).queryParam("instansi", AGENCY)
                .get("/profile/document").then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.of("viewer", AGENCY)).get("/profile/document").then().statusCode(400)
                .body("violations[0].field", equalTo("instansi"));
    }

    /** The header and body lines of a table in the HTML document (not the column groups above them), cells unescaped. */
    private static List<List<String>> htmlLines(String section) {
        List<List<String>> lines = new ArrayList<>();
        Matcher rows = Pattern.compile("<tr( class=\"[a-z]+\")?>(.*?)</tr>", Pattern.DOTALL).matcher(section);
        while (rows.find()) {
            if (" class=\"kelompok\"".equals(rows.group(1))) {
                continue;
            }
            List<String> cells = new ArrayList<>();
            Matcher cell = Pattern.compile("<t[hd][^>]*>(.*?)</t[hd]>").matcher(rows.group(2));
            while (cell.find()) {
                cells.add(cell.group(1).replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                        .replace("&amp;", "&"));
            }
            lines.add(cells);
        }
        return lines;
    }

    private static String escaped(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;").replace("'", "&#39;");
    }

    /** The printed lines with their counts (not their labels) grouped by thousands as Indonesian prints them: 3.280. */
    private static List<List<String>> withIndonesianThousands(List<List<String>> lines) {
        int firstValue = lines.get(0).get(0).equals("BAGIAN") ? 2 : 1;
        List<List<String>> grouped = new ArrayList<>();
        for (List<String> line : lines) {
            List<String> out = new ArrayList<>(line);
            for (int c = firstValue; c < out.size(); c++) {
                if (out.get(c).matches("\\d{4,}")) {
                    out.set(c, String.format(java.util.Locale.GERMANY, "%,d", Long.parseLong(out.get(c))));
                }
            }
            grouped.add(out);
        }
        return grouped;
    }
}
