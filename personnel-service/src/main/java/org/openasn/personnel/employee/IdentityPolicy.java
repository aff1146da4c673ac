package org.openasn.personnel.employee;

import org.openasn.reference.identity.Disagreement;
import org.openasn.reference.identity.InvalidIdentifierException;
import org.openasn.reference.identity.Nik;
import org.openasn.reference.identity.Nip;
import org.openasn.reference.identity.NipPns;
import org.openasn.reference.identity.NipPppk;
import org.openasn.reference.person.Gender;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Whether a person's identifiers agree with their record: the NIP encodes the birth date, the gender and the
 * TMT CPNS month (PNS) or the appointment year (PPPK); the NIK encodes the birth date and the gender.
 */
public final class IdentityPolicy {

    private IdentityPolicy() {
    }

    /**
     * @param expectPppkNip whether the employee is a PPPK (and so needs a PPPK NIP)
     * @param appointment   TMT CPNS for a CPNS, the appointment TMT for a PPPK, {@code null} when unknown (transfer in)
     */
    public static List<Finding> check(String nipText, String nikText, LocalDate birthDate, Gender gender, boolean expectPppkNip,
                                      LocalDate appointment) {
        List<Finding> findings = new ArrayList<>();
        try {
            Nip nip = Nip.parse(nipText);
            if ((nip.kind() == Nip.Kind.PPPK) != expectPppkNip) {
                findings.add(Finding.error("nip-wrong-kind", "person.nip", expectPppkNip
                        ? "a PPPK needs a PPPK NIP (digit 13 is 2); " + nip.value() + " is a PNS NIP"
                        : "a PNS or CPNS needs a PNS NIP; " + nip.value() + " is a PPPK NIP"));
            } else {
                List<Disagreement> disagreements = nip instanceof NipPns pns
                        ? pns.agreementWith(birthDate, gender, appointment)
                        : ((NipPppk) nip).agreementWith(birthDate, gender, appointment);
                disagreements.forEach(d -> findings.add(Finding.error("nip-disagrees", "person.nip", d.message())));
            }
            nip.plausibilityFindings().forEach(m -> findings.add(Finding.warning("nip-implausible", "person.nip", m)));
        } catch (InvalidIdentifierException e) {
            findings.add(Finding.error("nip-invalid", "person.nip", e.reason()));
        }
        if (nikText != null) {
            try {
                Nik.parse(nikText).agreementWith(birthDate, gender)
                        .forEach(d -> findings.add(Finding.warning("nik-disagrees", "person.nik", d.message())));
            } catch (InvalidIdentifierException e) {
                findings.add(Finding.error("nik-invalid", "person.nik", e.reason()));
            }
        }
        return findings;
    }
}
