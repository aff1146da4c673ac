package org.openasn.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openasn.reference.identity.Nik;
import org.openasn.reference.identity.Nip;
import org.openasn.reference.identity.NipPns;
import org.openasn.reference.identity.NipPppk;
import org.openasn.reference.person.Gender;

/** Every NIP and NIK parses with asn-reference, agrees with its own row, and is unique. */
class IdentifierTest {

    @Test
    void shouldWriteValidAgreeingUniqueIdentifiersInTheCity() {
        assertIdentifiers(CityFixture.CSV, "1872");
    }

    @Test
    void shouldWriteValidAgreeingUniqueIdentifiersNationally() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        NationalDataset.of(60_000, 30, 5).writeCsv(out);
        assertIdentifiers(CsvFile.parse(out.toString(StandardCharsets.UTF_8)), null);
    }

    private static void assertIdentifiers(CsvFile csv, String nikRegion) {
        Set<String> nips = new HashSet<>();
        Set<String> niks = new HashSet<>();
        Set<String> pnsIds = new HashSet<>();
        for (String[] r : csv.rows) {
            LocalDate birth = CsvFile.date(csv.get(r, "TANGGAL LAHIR"));
            Gender gender = Gender.parse(csv.get(r, "JENIS KELAMIN"));
            LocalDate tmtCpns = CsvFile.date(csv.get(r, "TMT CPNS"));
            String nipText = csv.get(r, "NIP BARU");
            Nip nip = Nip.parse(nipText);
            assertEquals(nipText, nip.value());
            assertTrue(nip.plausibilityFindings().isEmpty(), nipText + " " + nip.plausibilityFindings());
            if (csv.get(r, "KEDUDUKAN HUKUM ID").equals("71")) {
                NipPppk pppk = assertInstanceOf(NipPppk.class, nip, "a PPPK row has the PPPK NIP layout");
                assertEquals(java.util.List.of(), pppk.agreementWith(birth, gender, tmtCpns), nipText);
            } else {
                NipPns pns = assertInstanceOf(NipPns.class, nip, "a PNS row has the PNS NIP layout");
                assertEquals(java.util.List.of(), pns.agreementWith(birth, gender, tmtCpns), nipText);
            }
            Nik nik = Nik.parse(csv.get(r, "NIK"));
            assertEquals(java.util.List.of(), nik.agreementWith(birth, gender), csv.get(r, "NIK").substring(0, 6));
            if (nikRegion != null) {
                assertEquals(nikRegion, nik.regencyCode());
            }
            assertTrue(nips.add(nipText), "duplicate NIP " + nipText);
            assertTrue(niks.add(nik.value()), "duplicate NIK in region " + nik.districtCode());
            String pnsId = csv.get(r, "PNS ID");
            assertTrue(pnsId.matches("[0-9A-F]{32}"), pnsId);
            assertTrue(pnsIds.add(pnsId));
        }
    }
}
