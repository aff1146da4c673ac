package org.openasn.personnel.siasn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.openasn.personnel.siasn.SiasnFixtures.describe;
import static org.openasn.personnel.siasn.SiasnFixtures.parse;
import static org.openasn.personnel.siasn.SiasnFixtures.pnsRow;
import static org.openasn.personnel.siasn.SiasnFixtures.pppkRow;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.openasn.reference.person.Agama;
import org.openasn.reference.person.EmployeeKind;
import org.openasn.reference.person.Gender;
import org.openasn.reference.person.JenisKawin;
import org.openasn.reference.person.TingkatPendidikan;
import org.openasn.reference.position.BupCategory;
import org.openasn.reference.position.Eselon;
import org.openasn.reference.position.JenisJabatan;
import org.openasn.reference.position.JenjangFungsional;
import org.openasn.reference.position.PositionGroup;
import org.openasn.reference.rank.Golongan;
import org.openasn.reference.status.KedudukanHukum;

class SiasnRowParserTest {

    private static ImportedEmployee accepted(Map<String, String> values) {
        ParsedRow parsed = parse(values);
        assertTrue(parsed.isAccepted(), () -> "expected accepted, got " + describe(parsed.issues()));
        return parsed.employee().orElseThrow();
    }

    private static List<String> issuesOf(Map<String, String> values) {
        return describe(parse(values).issues());
    }

    private static List<String> errorsOf(Map<String, String> values) {
        ParsedRow parsed = parse(values);
        assertFalse(parsed.isAccepted(), () -> "expected rejected, got " + describe(parsed.issues()));
        return describe(((ParsedRow.Rejected) parsed).errors());
    }

    private static Map<String, String> with(Map<String, String> row, String... columnValuePairs) {
        for (int i = 0; i < columnValuePairs.length; i += 2) {
            row.put(columnValuePairs[i], columnValuePairs[i + 1]);
        }
        return row;
    }

    // ---- a whole row --------------------------------------------------------------------------------------------

    @Test
    void shouldReadEveryTypedValueOfAValidPnsRow() {
        ImportedEmployee e = accepted(pnsRow());
        assertEquals("198503122010031001", e.nip());
        assertEquals("1872011203850001", e.nik());
        assertEquals("Budi Santoso", e.name());
        assertNull(e.gelarDepan());
        assertEquals("S.Kom.", e.gelarBelakang());
        assertEquals("Metro", e.birthPlace());
        assertEquals(LocalDate.of(1985, 3, 12), e.birthDate());
        assertEquals(Gender.MALE, e.gender());
        assertEquals(Agama.ISLAM, e.agama());
        assertEquals(JenisKawin.MENIKAH, e.jenisKawin());
        assertEquals("081234567890", e.phone());
        assertEquals("budi.santoso@gmail.com", e.email());
        assertNull(e.emailGov());
        assertEquals(EmployeeKind.PNS, e.kind());
        assertEquals(KedudukanHukum.AKTIF, e.kedudukanHukum());
        assertEquals("813/045/BKD/2010", e.skCpnsNumber());
        assertEquals(LocalDate.of(2010, 2, 15), e.skCpnsDate());
        assertEquals(LocalDate.of(2010, 3, 1), e.tmtCpns());
        assertEquals(LocalDate.of(2011, 5, 1), e.tmtPns());
        assertEquals(Golongan.III_A, e.golonganAwal());
        assertEquals(Golongan.III_C, e.golongan());
        assertEquals(LocalDate.of(2018, 4, 1), e.tmtGolongan());
        assertEquals(8, e.masaKerjaYears());
        assertEquals(1, e.masaKerjaMonths());
        assertEquals(JenisJabatan.FUNGSIONAL_UMUM, e.jenisJabatan());
        assertNull(e.eselon());
        assertEquals("8ae48289", e.jabatanId());
        assertEquals("Pengadministrasi Umum", e.jabatanName());
        assertNull(e.jenjang());
        assertEquals(PositionGroup.LAINNYA, e.positionGroup());
        assertEquals(BupCategory.ADMINISTRATION, e.bupCategory());
        assertEquals(TingkatPendidikan.S1, e.pendidikan());
        assertEquals("S1 Teknik Informatika", e.educationMajor());
        assertEquals(2007, e.educationYear());
        assertEquals("8ae483a6-setda", e.unorId());
        assertEquals(SiasnFixtures.INSTANSI, e.instansiKerjaId());
        assertNull(e.contractEnd());
        assertEquals(List.of(), parse(pnsRow()).issues());
    }

    @Test
    void shouldRefuseAStructurallyBrokenRowWithoutInterpretingIt() {
        SiasnRow broken = new SiasnRow(7, 9, Map.of("NIP BARU", "x"), List.of("the row has 3 fields, the header 64"));
        ParsedRow parsed = new SiasnRowParser().parse(broken);
        assertEquals(List.of(new RowIssue(7, null, null, "the row has 3 fields, the header 64", RowIssue.Severity.ERROR)),
                parsed.issues());
    }

    @Test
    void shouldCollectEveryIssueOfARowInsteadOfStoppingAtTheFirst() {
        List<String> errors = errorsOf(with(pnsRow(), "KEDUDUKAN HUKUM ID", "55", "GOL AKHIR ID", "46",
                "GOL AKHIR NAMA", "", "AGAMA ID", "9", "TMT JABATAN", "31-02-2020", "UNOR ID", " "));
        assertEquals(List.of(
                "ERROR KEDUDUKAN HUKUM ID [55]: unknown kedudukan hukum id 55",
                "ERROR GOL AKHIR ID [46]: unknown PNS golongan id 46 (PNS and CPNS golongan ids are 11–14, 21–24,"
                        + " 31–34, 41–45)",
                "ERROR TMT JABATAN [31-02-2020]: 31-02-2020 is not a date: February 2020 has 29 days",
                "ERROR UNOR ID []: UNOR ID is empty",
                "ERROR AGAMA ID [9]: unknown agama id 9"), errors);
    }

    @Test
    void shouldWarnAboutMalformedBytesPerColumn() {
        SiasnRow row = new SiasnRow(1, 2, SiasnFixtures.row(with(pnsRow(), "NAMA", "Jos\uFFFD")).values(), List.of(),
                List.of("NAMA"));
        ParsedRow parsed = new SiasnRowParser().parse(row);
        assertTrue(parsed.isAccepted());
        assertEquals(List.of("WARNING NAMA [Jos\uFFFD]: bytes that are not UTF-8, or NUL bytes, were replaced by U+FFFD; the file"
                + " should be saved as UTF-8"), describe(parsed.issues()));
    }

    // ---- dates --------------------------------------------------------------------------------------------------

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "12-03-1985, 1985-03-12",
            "12/03/1985, 1985-03-12",
            "1985-03-12, 1985-03-12",
            "2-3-1985, 1985-03-02",
    })
    void shouldAcceptTheDateFormatsOfExports(String text, LocalDate expected) {
        assertEquals(expected, SiasnDates.parse(text));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "31-02-2020|31-02-2020 is not a date: February 2020 has 29 days",
            "29-02-2021|29-02-2021 is not a date: February 2021 has 28 days",
            "31-04-2019|31-04-2019 is not a date: April 2019 has 30 days",
            "00-01-2019|00-01-2019 is not a date: January 2019 has 31 days",
            "01-13-2019|01-13-2019 is not a date: there is no month 13",
            "2019-13-01|2019-13-01 is not a date: there is no month 13",
            "01-01-0219|01-01-0219 is not a plausible date: the year 219 is outside 1900–2100",
            "12-03-85|'12-03-85' is not a date: expected dd-mm-yyyy (or dd/mm/yyyy, yyyy-mm-dd)",
            "12-03/1985|'12-03/1985' is not a date: expected dd-mm-yyyy (or dd/mm/yyyy, yyyy-mm-dd)",
            "12.03.1985|'12.03.1985' is not a date: expected dd-mm-yyyy (or dd/mm/yyyy, yyyy-mm-dd)",
            "kemarin|'kemarin' is not a date: expected dd-mm-yyyy (or dd/mm/yyyy, yyyy-mm-dd)",
    })
    void shouldRefuseImpossibleDatesWithTheReason(String text, String reason) {
        assertEquals(List.of("ERROR TMT JABATAN [" + text + "]: " + reason),
                errorsOf(with(pnsRow(), "TMT JABATAN", text)));
    }

    @Test
    void shouldAcceptABirthDateOn29February() {
        ImportedEmployee e = accepted(with(pnsRow(), "NIP BARU", "199602292020121001", "TANGGAL LAHIR", "29-02-1996",
                "TMT CPNS", "01-12-2020", "TMT PNS", "01-12-2021", "TMT GOLONGAN", "01-12-2020", "TMT JABATAN",
                "01-12-2020", "NIK", "1872012902960001", "TAHUN LULUS", "2018"));
        assertEquals(LocalDate.of(1996, 2, 29), e.birthDate());
    }

    @Test
    void shouldRefuse29FebruaryOfACommonYear() {
        assertTrue(errorsOf(with(pnsRow(), "TANGGAL LAHIR", "29-02-1985")).contains(
                "ERROR TANGGAL LAHIR [29-02-1985]: 29-02-1985 is not a date: February 1985 has 28 days"));
    }

    // ---- NIP and NIK --------------------------------------------------------------------------------------------

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "birth date|TANGGAL LAHIR|13-03-1985|NIP birth date 1985-03-12 differs from the record's 1985-03-13"
                    + " (TANGGAL LAHIR 13-03-1985)",
            "gender|JENIS KELAMIN|P|NIP gender male differs from the record's female (JENIS KELAMIN P)",
            "TMT CPNS|TMT CPNS|01-04-2010|NIP TMT CPNS 2010-03 differs from the record's TMT CPNS 2010-04-01"
                    + " (TMT CPNS 01-04-2010)",
    })
    void shouldRefuseANipThatDisagreesWithItsRow(String part, String column, String value, String reason) {
        List<String> errors = errorsOf(with(pnsRow(), column, value, "NIK", ""));
        assertEquals(List.of("ERROR NIP BARU [198503122010031001]: " + reason), errors);
    }

    @Test
    void shouldRefuseAPppkNipWhoseAppointmentYearDisagreesWithTmtCpns() {
        List<String> errors = errorsOf(with(pppkRow(), "TMT CPNS", "01-01-2023", "TMT GOLONGAN", "01-01-2023"));
        assertEquals(List.of("ERROR NIP BARU [199201202022211005]: NIP appointment year 2022 differs from the record's"
                + " appointment date 2023-01-01 (TMT CPNS 01-01-2023)"), errors);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "17 digits|19850312201003100|NIP must be 18 digits, got 17",
            "letter|19850312201003100X|NIP may contain only digits, spaces and dots, got 'X'",
            "birth date|198513122010031001|birth date 19851312 in NIP is not a date",
            "gender digit|198503122010033001|gender digit must be 1 (male) or 2 (female), got 3",
    })
    void shouldRefuseAnInvalidNip(String name, String nip, String reason) {
        assertTrue(errorsOf(with(pnsRow(), "NIP BARU", nip)).contains("ERROR NIP BARU [" + nip + "]: " + reason));
    }

    @Test
    void shouldAcceptANipWrittenWithSpaces() {
        assertEquals("198503122010031001", accepted(with(pnsRow(), "NIP BARU", "19850312 201003 1 001")).nip());
    }

    @Test
    void shouldKeepAnInvalidNikWithAWarningAndMaskIt() {
        ParsedRow parsed = parse(with(pnsRow(), "NIK", "9972011203850001"));
        assertTrue(parsed.isAccepted());
        assertEquals("9972011203850001", parsed.employee().orElseThrow().nik());
        assertEquals(List.of("WARNING NIK [997201**********]: invalid NIK, kept as exported: NIK province code 99 is"
                + " not an Indonesian province code"), describe(parsed.issues()));
    }

    @Test
    void shouldWarnWhenTheNikDisagreesWithBirthDateAndGender() {
        ParsedRow parsed = parse(with(pnsRow(), "NIK", "1872015203850001")); // a woman born 12-03-85
        assertTrue(parsed.isAccepted());
        assertEquals(List.of("WARNING NIK [187201**********]: NIK gender female differs from the record's male"),
                describe(parsed.issues()));
        parsed = parse(with(pnsRow(), "NIK", "1872011303860001"));
        assertEquals(List.of("WARNING NIK [187201**********]: NIK birth date 13-03-86 differs from the record's"
                + " 1985-03-12"), describe(parsed.issues()));
    }

    // ---- person -------------------------------------------------------------------------------------------------

    @ParameterizedTest(name = "{0}")
    @CsvSource({"L, MALE", "M, MALE", "1, MALE", "Laki-laki, MALE", "LAKI LAKI, MALE", "Pria, MALE",
            "P, FEMALE", "F, FEMALE", "2, FEMALE", "Perempuan, FEMALE", "wanita, FEMALE"})
    void shouldReadGenderAsExportsWriteIt(String text, Gender expected) {
        Map<String, String> row = expected == Gender.MALE ? pnsRow()
                : with(pnsRow(), "NIP BARU", "198503122010032001", "NIK", "");
        assertEquals(expected, accepted(with(row, "JENIS KELAMIN", text)).gender());
    }

    @Test
    void shouldRefuseAnUnknownGender() {
        assertEquals(List.of("ERROR JENIS KELAMIN [X]: gender 'X' is not one of L, P, M, F, 1, 2, Laki-laki,"
                + " Perempuan"), errorsOf(with(pnsRow(), "JENIS KELAMIN", "X")));
    }

    @Test
    void shouldReadAgamaFromItsNameWhenTheIdIsEmpty() {
        assertEquals(Agama.KATHOLIK, accepted(with(pnsRow(), "AGAMA ID", "", "AGAMA NAMA", "Katolik")).agama());
        assertEquals(List.of("ERROR AGAMA NAMA [Animisme]: unknown agama 'Animisme' and AGAMA ID is empty"),
                errorsOf(with(pnsRow(), "AGAMA ID", "", "AGAMA NAMA", "Animisme")));
    }

    @Test
    void shouldPreferTheJenisKawinNameAndWarnWhenTheIdDisagrees() {
        ParsedRow parsed = parse(with(pnsRow(), "JENIS KAWIN ID", "1", "JENIS KAWIN NAMA", "Cerai Hidup"));
        assertEquals(JenisKawin.CERAI, parsed.employee().orElseThrow().jenisKawin());
        assertEquals(List.of("WARNING JENIS KAWIN ID [1]: JENIS KAWIN ID 1 (Menikah) disagrees with JENIS KAWIN NAMA"
                + " 'Cerai Hidup'; the name is used"), describe(parsed.issues()));
    }

    @Test
    void shouldRefuseAJenisKawinThatNeitherIdNorNameTells() {
        assertEquals(List.of("ERROR JENIS KAWIN ID [9]: unknown jenis kawin id 9"),
                errorsOf(with(pnsRow(), "JENIS KAWIN ID", "9", "JENIS KAWIN NAMA", "")));
        ParsedRow byName = parse(with(pnsRow(), "JENIS KAWIN ID", "9", "JENIS KAWIN NAMA", "Belum Menikah"));
        assertEquals(JenisKawin.BELUM_KAWIN, byName.employee().orElseThrow().jenisKawin());
    }

    @Test
    void shouldWarnAboutAMalformedEmailButKeepIt() {
        ParsedRow parsed = parse(with(pnsRow(), "EMAIL", "budi.santoso@gmail"));
        assertEquals("budi.santoso@gmail", parsed.employee().orElseThrow().email());
        assertEquals(List.of("WARNING EMAIL [budi.santoso@gmail]: not an e-mail address"), describe(parsed.issues()));
    }

    // ---- kind ---------------------------------------------------------------------------------------------------

    static Stream<Arguments> kinds() {
        return Stream.of(
                Arguments.of("STATUS P", with(pnsRow(), "STATUS CPNS PNS", "P"), EmployeeKind.PNS, List.of()),
                Arguments.of("STATUS PNS", with(pnsRow(), "STATUS CPNS PNS", "pns"), EmployeeKind.PNS, List.of()),
                Arguments.of("STATUS C", with(pnsRow(), "STATUS CPNS PNS", "C", "TMT PNS", ""), EmployeeKind.CPNS, List.of()),
                Arguments.of("STATUS CPNS", with(pnsRow(), "STATUS CPNS PNS", "CPNS", "TMT PNS", ""), EmployeeKind.CPNS,
                        List.of()),
                Arguments.of("no status, TMT PNS empty", with(pnsRow(), "STATUS CPNS PNS", "", "TMT PNS", ""),
                        EmployeeKind.CPNS, List.of()),
                Arguments.of("no status, TMT PNS filled", with(pnsRow(), "STATUS CPNS PNS", ""), EmployeeKind.PNS,
                        List.of()),
                Arguments.of("status CPNS but TMT PNS filled", with(pnsRow(), "STATUS CPNS PNS", "C"), EmployeeKind.CPNS,
                        List.of("WARNING TMT PNS [01-05-2011]: STATUS CPNS PNS says CPNS but TMT PNS is filled;"
                                + " imported as CPNS")),
                Arguments.of("status PNS without TMT PNS", with(pnsRow(), "TMT PNS", ""), EmployeeKind.PNS,
                        List.of("WARNING TMT PNS []: a PNS without TMT PNS")),
                Arguments.of("unknown status", with(pnsRow(), "STATUS CPNS PNS", "X", "TMT PNS", ""), EmployeeKind.CPNS,
                        List.of("WARNING STATUS CPNS PNS [X]: not C, CPNS, P or PNS; CPNS or PNS is decided by TMT"
                                + " PNS instead")),
                Arguments.of("neither column", without(pnsRow(), "STATUS CPNS PNS", "TMT PNS"), EmployeeKind.PNS,
                        List.of("WARNING STATUS CPNS PNS []: the file has neither STATUS CPNS PNS nor TMT PNS, so"
                                + " CPNS cannot be told from PNS; imported as PNS")),
                Arguments.of("PPPK NIP", pppkRow(), EmployeeKind.PPPK, List.of()),
                Arguments.of("PPPK paruh waktu by JENIS PEGAWAI NAMA",
                        with(pppkRow(), "JENIS PEGAWAI NAMA", "PPPK Paruh Waktu"), EmployeeKind.PPPK_PARUH_WAKTU,
                        List.of()),
                Arguments.of("PPPK paruh waktu by an extra column's value",
                        with(pppkRow(), "KETERANGAN", "pegawai paruh-waktu"), EmployeeKind.PPPK_PARUH_WAKTU, List.of()),
                Arguments.of("PPPK paruh waktu by an extra column's header",
                        with(pppkRow(), "STATUS_PARUH_WAKTU", "Ya"), EmployeeKind.PPPK_PARUH_WAKTU, List.of()),
                Arguments.of("PPPK whose remark negates paruh waktu",
                        with(pppkRow(), "KETERANGAN", "bukan paruh waktu"), EmployeeKind.PPPK, List.of()),
                Arguments.of("PPPK with the paruh waktu column saying no",
                        with(pppkRow(), "STATUS_PARUH_WAKTU", "Tidak"), EmployeeKind.PPPK, List.of()),
                Arguments.of("paruh waktu on a PNS row", with(pnsRow(), "JENIS PEGAWAI NAMA", "Paruh Waktu"),
                        EmployeeKind.PNS, List.of("WARNING JENIS PEGAWAI NAMA [Paruh Waktu]: only a PPPK can be paruh"
                                + " waktu; ignored for a row with a PNS NIP")),
                Arguments.of("PPPK NIP with kedudukan aktif", with(pppkRow(), "KEDUDUKAN HUKUM ID", "01"),
                        EmployeeKind.PPPK, List.of("WARNING KEDUDUKAN HUKUM ID [01]: a PPPK NIP with kedudukan hukum 01"
                                + " (Aktif), which is not a PPPK status (71–73)")));
    }

    private static Map<String, String> without(Map<String, String> row, String... columns) {
        for (String column : columns) {
            row.remove(column);
        }
        return row;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kinds")
    void shouldTellTheEmployeeKind(String name, Map<String, String> row, EmployeeKind kind, List<String> warnings) {
        ParsedRow parsed = parse(row);
        assertTrue(parsed.isAccepted(), () -> describe(parsed.issues()).toString());
        assertEquals(kind, parsed.employee().orElseThrow().kind());
        assertEquals(warnings, describe(parsed.issues()));
    }

    @Test
    void shouldRefuseAPnsNipWithAPppkKedudukan() {
        assertEquals(List.of("ERROR KEDUDUKAN HUKUM ID [71]: kedudukan hukum 71 is a PPPK status, but NIP BARU has the"
                + " layout of a PNS NIP (13th digit not 2)"), errorsOf(with(pnsRow(), "KEDUDUKAN HUKUM ID", "71")));
    }

    // ---- golongan -----------------------------------------------------------------------------------------------

    @ParameterizedTest(name = "ID ''{0}'', NAMA ''{1}'' -> {2}")
    @CsvSource({
            "9,  IX, PPPK_IX",
            "09, '', PPPK_IX",
            "IX, IX, PPPK_IX",
            "'', IX, PPPK_IX",
            "'', ix, PPPK_IX",
            "17, XVII, PPPK_XVII",
            "1,  I, PPPK_I",
    })
    void shouldReadTheRomanGolonganOfAPppk(String id, String name, Golongan expected) {
        ImportedEmployee e = accepted(with(pppkRow(), "GOL AKHIR ID", id, "GOL AKHIR NAMA", name));
        assertEquals(expected, e.golongan());
        assertEquals(EmployeeKind.PPPK, e.kind());
    }

    @ParameterizedTest(name = "ID ''{0}'', NAMA ''{1}''")
    @CsvSource(delimiter = '|', value = {
            "31||ERROR GOL AKHIR ID [31]: unknown PPPK golongan id 31 (a PPPK row has golongan I–XVII, ids 1–17)",
            "18||ERROR GOL AKHIR ID [18]: unknown PPPK golongan id 18 (a PPPK row has golongan I–XVII, ids 1–17)",
            "|III/a|ERROR GOL AKHIR NAMA [III/a]: III/a is a PNS golongan, but the row is a PPPK row (golongan I–XVII)",
            "III/a||ERROR GOL AKHIR ID [III/a]: III/a is a PNS golongan, but the row is a PPPK row (golongan I–XVII)",
            "9|X|ERROR GOL AKHIR ID [9]: GOL AKHIR ID 9 (IX) disagrees with GOL AKHIR NAMA 'X' (X)",
            "||ERROR GOL AKHIR ID []: GOL AKHIR ID and GOL AKHIR NAMA are both empty",
    })
    void shouldRefuseAGolonganThatIsNotOnThePppkScale(String id, String name, String error) {
        assertEquals(List.of(error), errorsOf(with(pppkRow(), "GOL AKHIR ID", nullToEmpty(id), "GOL AKHIR NAMA",
                nullToEmpty(name), "GOL AWAL ID", "", "GOL AWAL NAMA", "")));
    }

    @ParameterizedTest(name = "ID ''{0}'', NAMA ''{1}''")
    @CsvSource(delimiter = '|', value = {
            "46||ERROR GOL AKHIR ID [46]: unknown PNS golongan id 46 (PNS and CPNS golongan ids are 11–14, 21–24,"
                    + " 31–34, 41–45)",
            "9||ERROR GOL AKHIR ID [9]: unknown PNS golongan id 9 (PNS and CPNS golongan ids are 11–14, 21–24,"
                    + " 31–34, 41–45)",
            "|IX|ERROR GOL AKHIR NAMA [IX]: IX is a PPPK golongan, but the row is a PNS/CPNS row (I/a–IV/e)",
            "33|III/d|ERROR GOL AKHIR ID [33]: GOL AKHIR ID 33 (III/c) disagrees with GOL AKHIR NAMA 'III/d' (III/d)",
            "|Penata Muda Tingkat Satu|ERROR GOL AKHIR NAMA [Penata Muda Tingkat Satu]: 'Penata Muda Tingkat Satu' is"
                    + " not a golongan: expected a PNS golongan/ruang such as III/a or a PPPK golongan I–XVII",
    })
    void shouldRefuseAGolonganThatIsNotOnThePnsScale(String id, String name, String error) {
        assertEquals(List.of(error), errorsOf(with(pnsRow(), "GOL AKHIR ID", nullToEmpty(id), "GOL AKHIR NAMA",
                nullToEmpty(name))));
    }

    @Test
    void shouldReportBothGolonganColumnsWhenBothAreWrong() {
        assertEquals(List.of(
                "ERROR GOL AKHIR ID [31]: unknown PPPK golongan id 31 (a PPPK row has golongan I–XVII, ids 1–17)",
                "ERROR GOL AKHIR NAMA [III/a]: III/a is a PNS golongan, but the row is a PPPK row (golongan I–XVII)"),
                errorsOf(with(pppkRow(), "GOL AKHIR ID", "31", "GOL AKHIR NAMA", "III/a")));
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }

    @ParameterizedTest(name = "NAMA ''{0}''")
    @CsvSource(delimiter = '|', value = {"III/c", "III-C", "IIIc", "Penata (III/c)", "Penata"})
    void shouldReadAPnsGolonganFromItsName(String name) {
        assertEquals(Golongan.III_C, accepted(with(pnsRow(), "GOL AKHIR ID", "", "GOL AKHIR NAMA", name)).golongan());
    }

    @Test
    void shouldUseTheIdWhenTheGolonganNameIsUnreadable() {
        ParsedRow parsed = parse(with(pnsRow(), "GOL AKHIR NAMA", "Golongan Tiga"));
        assertEquals(Golongan.III_C, parsed.employee().orElseThrow().golongan());
        assertEquals(List.of("WARNING GOL AKHIR NAMA [Golongan Tiga]: not a golongan; GOL AKHIR ID 33 (III/c) is used"),
                describe(parsed.issues()));
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', value = {
            "MK TAHUN|51|ERROR MK TAHUN [51]: MK TAHUN must be 0–50, got 51",
            "MK BULAN|12|ERROR MK BULAN [12]: MK BULAN must be 0–11, got 12",
            "MK TAHUN|-1|ERROR MK TAHUN [-1]: not a whole number 0–50",
            "MK BULAN|tiga|ERROR MK BULAN [tiga]: not a whole number 0–11",
            "TAHUN LULUS|07|ERROR TAHUN LULUS [07]: not a 4-digit year",
            "TAHUN LULUS|1850|ERROR TAHUN LULUS [1850]: the year 1850 is outside 1900–2100",
    })
    void shouldRefuseUnreadableNumbers(String column, String value, String error) {
        assertEquals(List.of(error), errorsOf(with(pnsRow(), column, value)));
    }

    // ---- TMT order ----------------------------------------------------------------------------------------------

    @Test
    void shouldRefuseATmtCpnsBeforeTheAgeOf18() {
        List<String> errors = errorsOf(with(pnsRow(), "NIP BARU", "198503122003031001", "TMT CPNS", "01-03-2003",
                "NIK", ""));
        assertEquals(List.of("ERROR TMT CPNS [01-03-2003]: TMT CPNS 01-03-2003 is before the employee turned 18"
                + " (TANGGAL LAHIR 12-03-1985)"), errors);
    }

    @Test
    void shouldAcceptATmtCpnsOnThe18thBirthday() {
        accepted(with(pnsRow(), "NIP BARU", "198503122003031001", "TMT CPNS", "12-03-2003"));
    }

    @Test
    void shouldRefuseATmtPnsBeforeTmtCpns() {
        assertEquals(List.of("ERROR TMT PNS [01-02-2010]: TMT PNS 01-02-2010 is before TMT CPNS 01-03-2010"),
                errorsOf(with(pnsRow(), "TMT PNS", "01-02-2010")));
    }

    @Test
    void shouldWarnAboutTmtGolonganAndTmtJabatanBeforeTmtCpns() {
        ParsedRow parsed = parse(with(pnsRow(), "TMT GOLONGAN", "01-04-2009", "TMT JABATAN", "28-02-2010"));
        assertTrue(parsed.isAccepted());
        assertEquals(List.of(
                "WARNING TMT GOLONGAN [01-04-2009]: TMT GOLONGAN 01-04-2009 is before TMT CPNS 01-03-2010",
                "WARNING TMT JABATAN [28-02-2010]: TMT JABATAN 28-02-2010 is before TMT CPNS 01-03-2010"),
                describe(parsed.issues()));
    }

    // ---- position -----------------------------------------------------------------------------------------------

    @Test
    void shouldReadTheEselonOfAStructuralPosition() {
        ImportedEmployee e = accepted(with(pnsRow(), "GOL AKHIR ID", "43", "GOL AKHIR NAMA", "IV/c", "JENIS JABATAN ID",
                "1", "JABATAN NAMA", "Kepala Dinas Kesehatan", "ESELON ID", "22"));
        assertEquals(Eselon.II_B, e.eselon());
        assertEquals(BupCategory.SENIOR_LEADERSHIP, e.bupCategory());
        assertEquals(PositionGroup.LAINNYA, e.positionGroup(), "a structural post in health is not a health worker");
        assertEquals(Eselon.IV_A, accepted(with(pnsRow(), "JENIS JABATAN ID", "1", "ESELON NAMA", "IV.a")).eselon());
    }

    @Test
    void shouldKeepARowWithoutPositionNameOrEducationWithWarnings() {
        ParsedRow parsed = parse(with(pnsRow(), "JABATAN NAMA", "", "TINGKAT PENDIDIKAN ID", "", "TINGKAT PENDIDIKAN NAMA", ""));
        ImportedEmployee e = parsed.employee().orElseThrow();
        assertNull(e.jabatanName());
        assertNull(e.pendidikan());
        assertEquals(BupCategory.ADMINISTRATION, e.bupCategory(), "a pelaksana's category does not need the name");
        assertEquals(List.of("WARNING JABATAN NAMA []: no position name (jabatan): recorded without one, as the data-quality indicator"
                        + " jabatan-empty reports",
                "WARNING TINGKAT PENDIDIKAN ID []: no education level (tingkat pendidikan): recorded without one, as the data-quality"
                        + " indicator pendidikan-empty reports"), describe(parsed.issues()));
    }

    @Test
    void shouldWarnAboutAStructuralPositionWithoutEselon() {
        ParsedRow parsed = parse(with(pnsRow(), "JENIS JABATAN ID", "1", "JABATAN NAMA", "Kepala Seksi Mutasi"));
        ImportedEmployee e = parsed.employee().orElseThrow();
        assertNull(e.eselon());
        assertEquals(BupCategory.ADMINISTRATION, e.bupCategory());
        assertEquals(List.of("WARNING ESELON ID []: a structural position without an eselon: eselon unknown, BUP"
                + " category taken as pejabat administrasi (58)"), describe(parsed.issues()));
    }

    @Test
    void shouldRefuseAnUnknownEselon() {
        assertEquals(List.of("ERROR ESELON ID [23]: unknown eselon id 23"),
                errorsOf(with(pnsRow(), "JENIS JABATAN ID", "1", "ESELON ID", "23")));
    }

    @Test
    void shouldRefuseAnUnknownJenisJabatan() {
        assertEquals(List.of("ERROR JENIS JABATAN ID [5]: unknown jenis jabatan id 5"),
                errorsOf(with(pnsRow(), "JENIS JABATAN ID", "5")));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            // JABATAN NAMA | JENJANG JABATAN | jenjang | group | BUP category
            "Guru Ahli Muda|-|AHLI_MUDA|GURU|TEACHER",
            "GURU KELAS AHLI PERTAMA|-|AHLI_PERTAMA|GURU|TEACHER",
            "Guru Madya|-|AHLI_MADYA|GURU|TEACHER",
            "Pranata Komputer Terampil|-|TERAMPIL|LAINNYA|SKILLED",
            "Pranata Komputer Ahli Madya|-|AHLI_MADYA|LAINNYA|EXPERT_MIDDLE",
            "Analis Kebijakan Ahli Utama|-|AHLI_UTAMA|LAINNYA|EXPERT_MAIN",
            "Auditor Pertama|-|AHLI_PERTAMA|LAINNYA|EXPERT_FIRST",
            "Perawat Pelaksana Lanjutan|-|MAHIR|KESEHATAN|SKILLED",
            "Perawat Pelaksana|-|TERAMPIL|KESEHATAN|SKILLED",
            "Arsiparis Penyelia|-|PENYELIA|LAINNYA|SKILLED",
            "Dokter Ahli Muda|-|AHLI_MUDA|KESEHATAN|EXPERT_JUNIOR",
            "Dokter Gigi Ahli Pertama|-|AHLI_PERTAMA|KESEHATAN|EXPERT_FIRST",
            "Bidan Terampil|-|TERAMPIL|KESEHATAN|SKILLED",
            "Apoteker Ahli Pertama|-|AHLI_PERTAMA|KESEHATAN|EXPERT_FIRST",
            "Nutrisionis Mahir|-|MAHIR|KESEHATAN|SKILLED",
            "Sanitarian Pemula|-|PEMULA|KESEHATAN|SKILLED",
            "Radiografer Penyelia|-|PENYELIA|KESEHATAN|SKILLED",
            "Penyuluh Kesehatan Masyarakat Ahli Muda|-|AHLI_MUDA|KESEHATAN|EXPERT_JUNIOR",
            "Pranata Laboratorium Kesehatan Terampil|-|TERAMPIL|KESEHATAN|SKILLED",
            "Fisioterapis Ahli Pertama|-|AHLI_PERTAMA|KESEHATAN|EXPERT_FIRST",
            "Dosen Asisten Ahli|-|AHLI_PERTAMA|LAINNYA|LECTURER",
            "Lektor Kepala|-|AHLI_MADYA|LAINNYA|LECTURER",
            "Guru Besar|-|AHLI_UTAMA|LAINNYA|PROFESSOR",
            "Peneliti Ahli Utama|-|AHLI_UTAMA|LAINNYA|RESEARCHER_ENGINEER_MAIN",
            "Peneliti Ahli Madya|-|AHLI_MADYA|LAINNYA|EXPERT_MIDDLE",
            "Kepala Sekolah SD Negeri 5|Ahli Muda|AHLI_MUDA|LAINNYA|EXPERT_JUNIOR",
            "Pengawas Sekolah|AHLI MADYA|AHLI_MADYA|LAINNYA|EXPERT_MIDDLE",
    })
    void shouldDeriveJenjangGroupAndBupOfAFunctionalPosition(String name, String jenjangColumn,
                                                             JenjangFungsional jenjang, PositionGroup group,
                                                             BupCategory bup) {
        Map<String, String> row = with(pnsRow(), "JENIS JABATAN ID", "2", "JABATAN NAMA", name);
        if (jenjangColumn != null) {
            row.put("JENJANG JABATAN", jenjangColumn);
        }
        ParsedRow parsed = parse(row);
        ImportedEmployee e = parsed.employee().orElseThrow();
        assertEquals(List.of(), parsed.issues());
        assertEquals(jenjang, e.jenjang());
        assertEquals(group, e.positionGroup());
        assertEquals(bup, e.bupCategory());
    }

    @ParameterizedTest(name = "{0} / KELOMPOK {1}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "Kepala Sekolah SD Negeri 5|Guru|GURU",
            "Guru Ahli Muda|Lainnya|LAINNYA",
            "Pengelola Gizi|Tenaga Kesehatan|KESEHATAN",
            "Analis Kepegawaian|Non Guru|LAINNYA",
            "Analis Kepegawaian|Teknis|LAINNYA",
            "Pengadministrasi Tenaga Kesehatan|-|KESEHATAN",
    })
    void shouldTakeTheGroupFromKelompokJabatanFirst(String name, String kelompok, PositionGroup expected) {
        Map<String, String> row = with(pnsRow(), "JENIS JABATAN ID", "4", "JABATAN NAMA", name);
        if (kelompok != null) {
            row.put("KELOMPOK JABATAN", kelompok);
        }
        assertEquals(expected, accepted(row).positionGroup());
    }

    @Test
    void shouldWarnAboutAFunctionalPositionWithoutRecognisableJenjang() {
        ParsedRow parsed = parse(with(pnsRow(), "JENIS JABATAN ID", "2", "JABATAN NAMA", "Analis Kebijakan"));
        ImportedEmployee e = parsed.employee().orElseThrow();
        assertNull(e.jenjang());
        assertNull(e.bupCategory());
        assertEquals(List.of("WARNING JABATAN NAMA [Analis Kebijakan]: a fungsional tertentu whose jenjang (Ahli"
                + " Pertama … Ahli Utama, Pemula … Penyelia) is neither in JENJANG JABATAN nor in the name: jenjang"
                + " unknown, and so the BUP category"), describe(parsed.issues()));
    }

    @Test
    void shouldKnowTheBupOfAGuruOrDosenWithoutJenjang() {
        ParsedRow guru = parse(with(pnsRow(), "JENIS JABATAN ID", "2", "JABATAN NAMA", "Guru Kelas"));
        assertEquals(BupCategory.TEACHER, guru.employee().orElseThrow().bupCategory());
        assertEquals(1, guru.issues().size(), "the jenjang is still unknown");
        ParsedRow dosen = parse(with(pnsRow(), "JENIS JABATAN ID", "2", "JABATAN NAMA", "Dosen"));
        assertEquals(BupCategory.LECTURER, dosen.employee().orElseThrow().bupCategory());
    }

    @Test
    void shouldFallBackToTheNameWhenJenjangJabatanIsUnreadable() {
        ParsedRow parsed = parse(with(pnsRow(), "JENIS JABATAN ID", "2", "JABATAN NAMA", "Guru Ahli Muda",
                "JENJANG JABATAN", "Muda Sekali"));
        assertEquals(JenjangFungsional.AHLI_MUDA, parsed.employee().orElseThrow().jenjang());
        assertEquals(1, parsed.issues().size());
        assertTrue(describe(parsed.issues()).get(0).startsWith("WARNING JENJANG JABATAN [Muda Sekali]: 'Muda Sekali'"
                + " is not a jenjang fungsional"), describe(parsed.issues()).toString());
    }

    // ---- PPPK contract ------------------------------------------------------------------------------------------

    @Test
    void shouldReadThePppkContractEnd() {
        assertEquals(LocalDate.of(2027, 2, 28), accepted(pppkRow()).contractEnd());
        Map<String, String> other = without(pppkRow(), "TMT AKHIR KONTRAK");
        other.put("TANGGAL AKHIR KONTRAK", "31-12-2026");
        assertEquals(LocalDate.of(2026, 12, 31), accepted(other).contractEnd());
    }

    @Test
    void shouldRefuseAContractThatEndsBeforeItStarts() {
        assertEquals(List.of("ERROR TMT AKHIR KONTRAK [28-02-2021]: the contract ends before it starts (TMT CPNS"
                + " 01-03-2022)"), errorsOf(with(pppkRow(), "TMT AKHIR KONTRAK", "28-02-2021")));
    }

    @Test
    void shouldIgnoreAContractEndOnAPnsRow() {
        ParsedRow parsed = parse(with(pnsRow(), "TMT AKHIR KONTRAK", "28-02-2027"));
        assertNull(parsed.employee().orElseThrow().contractEnd());
        assertEquals(List.of("WARNING TMT AKHIR KONTRAK [28-02-2027]: a contract end on a PNS/CPNS row; ignored"),
                describe(parsed.issues()));
    }

    // ---- files --------------------------------------------------------------------------------------------------

    @Test
    void shouldImportEveryRowOfTheExampleFiles() {
        List<ParsedRow> semicolon = parseAll("bom-semicolon.csv");
        assertEquals(List.of(true, true, true), semicolon.stream().map(ParsedRow::isAccepted).toList());
        ImportedEmployee cpns = semicolon.get(1).employee().orElseThrow();
        assertEquals(EmployeeKind.CPNS, cpns.kind());
        assertEquals(PositionGroup.GURU, cpns.positionGroup());
        assertEquals(BupCategory.TEACHER, cpns.bupCategory());
        assertEquals(Gender.FEMALE, cpns.gender());
        ImportedEmployee structural = semicolon.get(2).employee().orElseThrow();
        assertEquals("Drs.", structural.gelarDepan());
        assertEquals(List.of("WARNING ESELON ID []: a structural position without an eselon: eselon unknown, BUP"
                + " category taken as pejabat administrasi (58)"), describe(semicolon.get(2).issues()));

        List<ParsedRow> comma = parseAll("comma-quoted.csv");
        ImportedEmployee ahmad = comma.get(0).employee().orElseThrow();
        assertEquals("Ahmad \"Dedi\" Kurniawan", ahmad.name());
        assertEquals(PositionGroup.KESEHATAN, ahmad.positionGroup());
        assertEquals(LocalDate.of(1985, 3, 12), ahmad.birthDate());
        assertEquals(PositionGroup.KESEHATAN, comma.get(1).employee().orElseThrow().positionGroup());

        List<ParsedRow> extra = parseAll("extra-and-missing-optional.csv");
        ImportedEmployee kepalaBadan = extra.get(0).employee().orElseThrow();
        assertEquals(Eselon.II_B, kepalaBadan.eselon());
        assertEquals(BupCategory.SENIOR_LEADERSHIP, kepalaBadan.bupCategory());
        assertEquals(EmployeeKind.PNS, kepalaBadan.kind());
        assertEquals(List.of("WARNING STATUS CPNS PNS []: the file has neither STATUS CPNS PNS nor TMT PNS, so CPNS"
                + " cannot be told from PNS; imported as PNS"), describe(extra.get(0).issues()));
        ImportedEmployee kepalaSekolah = extra.get(1).employee().orElseThrow();
        assertEquals(PositionGroup.GURU, kepalaSekolah.positionGroup());
        assertEquals(JenjangFungsional.AHLI_PERTAMA, kepalaSekolah.jenjang());
        assertEquals(BupCategory.TEACHER, kepalaSekolah.bupCategory());
    }

    @Test
    void shouldImportPppkRowsWithRomanGolonganFromAFile() {
        List<ParsedRow> rows = parseAll("pppk.csv");
        assertEquals(4, rows.size());
        ImportedEmployee guru = rows.get(0).employee().orElseThrow();
        assertEquals(Golongan.PPPK_IX, guru.golongan());
        assertEquals(EmployeeKind.PPPK, guru.kind());
        assertEquals(KedudukanHukum.PPPK_AKTIF, guru.kedudukanHukum());
        assertEquals(LocalDate.of(2027, 2, 28), guru.contractEnd());
        ImportedEmployee perawat = rows.get(1).employee().orElseThrow();
        assertEquals(Golongan.PPPK_VII, perawat.golongan());
        assertEquals(PositionGroup.KESEHATAN, perawat.positionGroup());
        ImportedEmployee paruhWaktu = rows.get(2).employee().orElseThrow();
        assertEquals(EmployeeKind.PPPK_PARUH_WAKTU, paruhWaktu.kind());
        assertEquals(Golongan.PPPK_V, paruhWaktu.golongan());
        assertEquals(List.of("ERROR GOL AKHIR ID [31]: unknown PPPK golongan id 31 (a PPPK row has golongan I–XVII,"
                + " ids 1–17)"), describe(rows.get(3).issues()));
    }

    static Stream<Arguments> corruptRows() {
        return Stream.of(
                Arguments.of(1, List.of()),
                Arguments.of(2, List.of(
                        "ERROR TANGGAL LAHIR [31-02-1988]: 31-02-1988 is not a date: February 1988 has 29 days",
                        "ERROR TMT GOLONGAN [2018-13-01]: 2018-13-01 is not a date: there is no month 13")),
                Arguments.of(3, List.of()), // the duplicate NIP is for the importer to find
                Arguments.of(4, List.of(
                        "ERROR NIP BARU [198503122010031001]: NIP birth date 1985-03-12 differs from the record's"
                                + " 1985-03-13 (TANGGAL LAHIR 13-03-1985)",
                        "ERROR NIP BARU [198503122010031001]: NIP gender male differs from the record's female"
                                + " (JENIS KELAMIN P)")),
                Arguments.of(5, List.of(
                        "ERROR KEDUDUKAN HUKUM ID [55]: unknown kedudukan hukum id 55",
                        "ERROR GOL AKHIR ID [46]: unknown PNS golongan id 46 (PNS and CPNS golongan ids are 11–14,"
                                + " 21–24, 31–34, 41–45)",
                        "ERROR AGAMA ID [9]: unknown agama id 9")),
                Arguments.of(6, List.of("ERROR null [null]: the row has 19 fields, the header 18: a value holds an"
                        + " unquoted ',', or the row has extra fields")),
                Arguments.of(7, List.of("ERROR null [null]: the row has 10 fields, the header 18: the row is cut short"
                        + " or values are missing")),
                Arguments.of(8, List.of("ERROR null [null]: the file ends inside the quoted field opened on line 9: the"
                        + " file is truncated or a quote is unbalanced")));
    }

    @ParameterizedTest(name = "row {0}")
    @MethodSource("corruptRows")
    void shouldReportEachProblemOfACorruptFile(int rowNumber, List<String> expected) {
        ParsedRow parsed = parseAll("corrupt.csv").get(rowNumber - 1);
        assertEquals(rowNumber, parsed.rowNumber());
        assertEquals(expected, describe(parsed.issues()));
        assertEquals(expected.isEmpty(), parsed.isAccepted());
        parsed.issues().forEach(issue -> assertEquals(rowNumber, issue.rowNumber()));
    }

    private static List<ParsedRow> parseAll(String resource) {
        SiasnRowParser parser = new SiasnRowParser();
        return SiasnFixtures.readAll(SiasnFixtures.resource(resource)).stream().map(parser::parse).toList();
    }

    @Test
    void shouldNeverThrowWhateverTheValues() {
        Consumer<Map<String, String>> check = values -> assertInstanceOf(ParsedRow.class, parse(values));
        for (String column : pnsRow().keySet()) {
            for (String value : List.of("", " ", "0", "99999999999999999999", "-", "\"", "IV/z", "31-31-3131")) {
                check.accept(with(pnsRow(), column, value));
                check.accept(with(pppkRow(), column, value));
            }
        }
    }
}
