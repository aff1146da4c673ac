package org.openasn.personnel.siasn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
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

class SiasnCsvWriterTest {

    /** A PNS with every value set. */
    private static ImportedEmployee.Builder pns() {
        return ImportedEmployee.builder()
                .nip("198503122010031001").nik("1872011203850001").name("Budi Santoso").gelarDepan("Ir.")
                .gelarBelakang("S.Kom.").birthPlace("Metro").birthDate(LocalDate.of(1985, 3, 12)).gender(Gender.MALE)
                .agama(Agama.ISLAM).jenisKawin(JenisKawin.MENIKAH).phone("+62 812-3456-7890")
                .email("budi.santoso@gmail.com").emailGov("budi@metrokota.go.id").address("Jl. Jend. Sudirman No. 5")
                .npwp("12.345.678.9-321.000").kind(EmployeeKind.PNS).kedudukanHukum(KedudukanHukum.AKTIF)
                .skCpnsNumber("813/045/BKD/2010").skCpnsDate(LocalDate.of(2010, 2, 15))
                .tmtCpns(LocalDate.of(2010, 3, 1)).skPnsNumber("821.13/112/BKD/2011")
                .skPnsDate(LocalDate.of(2011, 5, 10)).tmtPns(LocalDate.of(2011, 5, 1)).golonganAwal(Golongan.III_A)
                .golongan(Golongan.III_C).tmtGolongan(LocalDate.of(2018, 4, 1)).masaKerjaYears(8).masaKerjaMonths(1)
                .jenisJabatan(JenisJabatan.FUNGSIONAL_TERTENTU).jabatanId("8ae48289")
                .jabatanName("Pranata Komputer Ahli Muda").jenjang(JenjangFungsional.AHLI_MUDA)
                .positionGroup(PositionGroup.LAINNYA).bupCategory(BupCategory.EXPERT_JUNIOR)
                .tmtJabatan(LocalDate.of(2019, 1, 2)).pendidikan(TingkatPendidikan.S1)
                .educationMajor("S1 Teknik Informatika").educationYear(2007).unorId("8ae483a6-diskominfo")
                .unorName("Dinas Komunikasi dan Informatika").instansiKerjaId(SiasnFixtures.INSTANSI)
                .instansiKerjaName("Pemerintah Kota Metro");
    }

    /** A PPPK teacher with only the values a PPPK has. */
    private static ImportedEmployee.Builder pppk() {
        return pns().nip("199201202022211005").nik("1872012001920004").name("Agus Prasetyo")
                .birthDate(LocalDate.of(1992, 1, 20)).kind(EmployeeKind.PPPK).kedudukanHukum(KedudukanHukum.PPPK_AKTIF)
                .skCpnsNumber("800/1/PPPK/2022").skCpnsDate(LocalDate.of(2022, 2, 20)).tmtCpns(LocalDate.of(2022, 3, 1))
                .skPnsNumber(null).skPnsDate(null).tmtPns(null).golonganAwal(Golongan.PPPK_IX)
                .golongan(Golongan.PPPK_IX).tmtGolongan(LocalDate.of(2022, 3, 1)).masaKerjaYears(0).masaKerjaMonths(0)
                .jabatanName("Guru Ahli Pertama").jenjang(JenjangFungsional.AHLI_PERTAMA)
                .positionGroup(PositionGroup.GURU).bupCategory(BupCategory.TEACHER).tmtJabatan(LocalDate.of(2022, 3, 1))
                .contractEnd(LocalDate.of(2027, 2, 28));
    }

    static Stream<Arguments> employees() {
        return Stream.of(
                Arguments.of("PNS with every value", pns().build()),
                Arguments.of("PNS with only the required values", ImportedEmployee.builder()
                        .nip("198503122010031001").name("Budi").birthDate(LocalDate.of(1985, 3, 12)).gender(Gender.MALE)
                        .kind(EmployeeKind.PNS).kedudukanHukum(KedudukanHukum.AKTIF).tmtCpns(LocalDate.of(2010, 3, 1))
                        .tmtPns(LocalDate.of(2011, 5, 1)).golongan(Golongan.II_A).tmtGolongan(LocalDate.of(2010, 3, 1))
                        .jenisJabatan(JenisJabatan.FUNGSIONAL_UMUM).jabatanName("Pengadministrasi Umum")
                        .positionGroup(PositionGroup.LAINNYA).bupCategory(BupCategory.ADMINISTRATION)
                        .tmtJabatan(LocalDate.of(2010, 3, 1)).pendidikan(TingkatPendidikan.SLTA).unorId("u")
                        .instansiKerjaId("i").build()),
                Arguments.of("CPNS", pns().nip("199907152024032002").nik("1872025507990003").name("Siti Aminah")
                        .birthDate(LocalDate.of(1999, 7, 15)).gender(Gender.FEMALE).kind(EmployeeKind.CPNS)
                        .jenisKawin(JenisKawin.BELUM_KAWIN).tmtCpns(LocalDate.of(2024, 3, 1)).skPnsNumber(null)
                        .skPnsDate(null).tmtPns(null).golongan(Golongan.III_A).tmtGolongan(LocalDate.of(2024, 3, 1))
                        .jabatanName("Guru Ahli Pertama").jenjang(JenjangFungsional.AHLI_PERTAMA)
                        .positionGroup(PositionGroup.GURU).bupCategory(BupCategory.TEACHER)
                        .tmtJabatan(LocalDate.of(2024, 3, 1)).educationYear(2021).build()),
                Arguments.of("PPPK with roman golongan and contract", pppk().build()),
                Arguments.of("PPPK paruh waktu", pppk().kind(EmployeeKind.PPPK_PARUH_WAKTU).golonganAwal(null)
                        .golongan(Golongan.PPPK_V).jenisJabatan(JenisJabatan.FUNGSIONAL_UMUM)
                        .jabatanName("Operator Layanan Operasional").jenjang(null).positionGroup(PositionGroup.LAINNYA)
                        .bupCategory(BupCategory.ADMINISTRATION).build()),
                Arguments.of("PPPK XVII", pppk().golongan(Golongan.PPPK_XVII).golonganAwal(Golongan.PPPK_I).build()),
                Arguments.of("structural with eselon", pns().nip("197005201995031003").nik(null)
                        .birthDate(LocalDate.of(1970, 5, 20)).tmtCpns(LocalDate.of(1995, 3, 1))
                        .tmtPns(LocalDate.of(1996, 6, 1)).golongan(Golongan.IV_C).jenisJabatan(JenisJabatan.STRUKTURAL)
                        .eselon(Eselon.II_B).jenjang(null).jabatanName("Kepala Dinas Kesehatan")
                        .positionGroup(PositionGroup.LAINNYA).bupCategory(BupCategory.SENIOR_LEADERSHIP).build()),
                Arguments.of("health", pns().jabatanName("Bidan Terampil").jenjang(JenjangFungsional.TERAMPIL)
                        .golongan(Golongan.II_C).positionGroup(PositionGroup.KESEHATAN).bupCategory(BupCategory.SKILLED)
                        .build()),
                Arguments.of("a group no name suggests", pns().jabatanName("Kepala Sekolah SD Negeri 5")
                        .positionGroup(PositionGroup.GURU).bupCategory(BupCategory.TEACHER).build()),
                Arguments.of("a group the name contradicts", pns().jabatanName("Guru Ahli Muda")
                        .positionGroup(PositionGroup.LAINNYA).bupCategory(BupCategory.EXPERT_JUNIOR).build()),
                Arguments.of("functional without jenjang", pns().jabatanName("Analis Kebijakan").jenjang(null)
                        .bupCategory(null).build()),
                Arguments.of("names with commas, quotes, semicolons and line breaks", pns()
                        .name("Ahmad \"Dedi\" Kurniawan, Jr.").gelarBelakang("S.T., M.T.")
                        .address("Jl. Jend. Sudirman No. 5, RT 01/RW 02\r\nKel. Imopuro; Metro Pusat")
                        .unorName("Bagian \"Umum\", Sekretariat").build()),
                Arguments.of("invalid NIK kept as exported", pns().nik("9972011203850001").build()),
                Arguments.of("29 February", pns().nip("199602292020121001").nik(null).birthDate(LocalDate.of(1996, 2, 29))
                        .tmtCpns(LocalDate.of(2020, 12, 1)).tmtPns(LocalDate.of(2021, 12, 1))
                        .tmtGolongan(LocalDate.of(2020, 12, 1)).tmtJabatan(LocalDate.of(2020, 12, 1)).educationYear(2018)
                        .build()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("employees")
    void shouldReadBackWhatItWrote(String name, ImportedEmployee employee) throws IOException {
        List<ParsedRow> parsed = roundTrip(List.of(employee));
        assertEquals(1, parsed.size());
        assertTrue(parsed.get(0).isAccepted(), () -> SiasnFixtures.describe(parsed.get(0).issues()).toString());
        assertEquals(employee, parsed.get(0).employee().orElseThrow());
        assertEquals(employee.contentHash(), parsed.get(0).employee().orElseThrow().contentHash());
    }

    @Test
    void shouldReadBackManyEmployeesInOrder() throws IOException {
        List<ImportedEmployee> all = employees().map(a -> (ImportedEmployee) a.get()[1]).toList();
        List<ParsedRow> parsed = roundTrip(all);
        assertEquals(all, parsed.stream().map(p -> p.employee().orElseThrow()).toList());
    }

    @Test
    void shouldWriteTheSiasnLayoutInUtf8WithoutByteOrderMark() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (SiasnCsvWriter writer = new SiasnCsvWriter(out)) {
            writer.write(pns().name("Ñoman, \"Ucok\"").build());
            assertEquals(1, writer.rowsWritten());
        }
        byte[] bytes = out.toByteArray();
        assertEquals('P', bytes[0], "no byte-order mark");
        String text = new String(bytes, StandardCharsets.UTF_8);
        String[] lines = text.split("\r\n", -1);
        assertEquals(3, lines.length);
        assertEquals("", lines[2]);
        assertEquals(String.join(",", SiasnColumns.STANDARD) + ",ESELON ID,JENJANG JABATAN,KELOMPOK JABATAN,"
                + "TMT AKHIR KONTRAK", lines[0]);
        assertTrue(lines[1].startsWith(",198503122010031001,,\"Ñoman, \"\"Ucok\"\"\",Ir.,S.Kom.,,Metro,12-03-1985,L,1,"
                + "Islam,1,Menikah,1872011203850001,"), lines[1]);
        assertTrue(lines[1].contains(",01,Aktif,P,,813/045/BKD/2010,15-02-2010,01-03-2010,"), lines[1]);
        assertTrue(lines[1].contains(",31,III/a,33,III/c,01-04-2018,8,1,2,Jabatan Fungsional Tertentu,8ae48289,"),
                lines[1]);
        assertTrue(lines[1].endsWith(",,Ahli Muda,Lainnya,"), lines[1]);
    }

    @Test
    void shouldWriteTheHeaderOfAnEmptyExport() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new SiasnCsvWriter(out).close();
        try (SiasnCsvReader reader = new SiasnCsvReader(new ByteArrayInputStream(out.toByteArray()))) {
            assertEquals(SiasnCsvWriter.COLUMNS, reader.headers());
            assertEquals(null, reader.next());
        }
    }

    @Test
    void shouldChangeTheContentHashWithAnyValue() {
        ImportedEmployee employee = pns().build();
        assertEquals(employee.contentHash(), pns().build().contentHash());
        assertEquals(64, employee.contentHash().length());
        assertEquals("82089387ef9e9057e394c57e4bbedc03165dd8c52d7163980810d32eb35d21d3", employee.contentHash(),
                "the hash of a row never changes between versions: fingerprints stored before must still match an unchanged row");
        assertNotEquals(employee.contentHash(), employee.toBuilder().phone(null).build().contentHash());
        assertNotEquals(employee.contentHash(), employee.toBuilder().phone("").build().contentHash());
        assertNotEquals(employee.contentHash(), employee.toBuilder().masaKerjaMonths(2).build().contentHash());
        assertNotEquals(employee.contentHash(), employee.toBuilder().contractEnd(LocalDate.of(2030, 1, 1)).build()
                .contentHash());
        // adjacent values cannot be confused: "ab" + "c" is not "a" + "bc"
        assertNotEquals(employee.toBuilder().gelarDepan("Ir").gelarBelakang(".S.Kom.").build().contentHash(),
                employee.toBuilder().gelarDepan("Ir.").gelarBelakang("S.Kom.").build().contentHash());
    }

    @Test
    void shouldRefuseAGolonganOffTheKindsScale() {
        assertThrows(IllegalArgumentException.class, () -> pns().golongan(Golongan.PPPK_IX).build());
        assertThrows(IllegalArgumentException.class, () -> pppk().golongan(Golongan.III_A).build());
        assertThrows(NullPointerException.class, () -> pns().unorId(null).build());
    }

    private static List<ParsedRow> roundTrip(List<ImportedEmployee> employees) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (SiasnCsvWriter writer = new SiasnCsvWriter(out)) {
            for (ImportedEmployee employee : employees) {
                writer.write(employee);
            }
        }
        SiasnRowParser parser = new SiasnRowParser();
        try (SiasnCsvReader reader = new SiasnCsvReader(new ByteArrayInputStream(out.toByteArray()))) {
            assertEquals(',', reader.delimiter());
            return reader.stream().map(parser::parse).toList();
        }
    }
}
