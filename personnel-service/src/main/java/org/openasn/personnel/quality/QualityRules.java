package org.openasn.personnel.quality;

import org.openasn.personnel.bup.BupAgeTable;
import org.openasn.personnel.employee.Finding;
import org.openasn.personnel.employee.IdentityPolicy;
import org.openasn.personnel.employee.persistence.Employee;
import org.openasn.reference.InvalidReferenceException;
import org.openasn.reference.identity.InvalidIdentifierException;
import org.openasn.reference.identity.Nik;
import org.openasn.reference.person.Gender;
import org.openasn.reference.person.TingkatPendidikan;
import org.openasn.reference.position.BupCategory;
import org.openasn.reference.position.Eselon;
import org.openasn.reference.position.JenisJabatan;
import org.openasn.reference.position.JenjangFungsional;
import org.openasn.reference.position.KategoriJabatan;
import org.openasn.reference.position.PositionGroup;
import org.openasn.reference.rank.Golongan;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The checks of {@link QualityCheck}, one static method each: the employee row in, what is wrong out. A record
 * that lacks what a check needs (no golongan for a rank check, no birth date for BUP) passes that check: the
 * completeness indicators report the gap once.
 */
final class QualityRules {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern FUNCTIONAL_TITLE = Pattern.compile("(?iu)\\b(ahli|terampil|mahir|penyelia|pemula)\\b");
    private static final Set<String> PPPK_STATUSES = Set.of("71", "72", "73");

    private QualityRules() {
    }

    static Optional<String> jabatanEmpty(Subject s) {
        return blank(s.employee().jabatanName) ? fail("no position (jabatan) is recorded") : pass();
    }

    static Optional<String> pendidikanEmpty(Subject s) {
        return blank(s.employee().pendidikan) ? fail("no education level (tingkat pendidikan) is recorded") : pass();
    }

    static Optional<String> tmtPnsEmpty(Subject s) {
        Employee e = s.employee();
        if (!"PNS".equals(e.kind)) {
            return pass();
        }
        if (e.startDate == null) {
            return fail("a PNS without TMT PNS (no start of employment is recorded)");
        }
        return s.tmtPnsUnknown() ? fail("a PNS imported from SIASN without TMT PNS: the record knows only TMT CPNS " + e.startDate) : pass();
    }

    static Optional<String> gelarEmpty(Subject s) {
        Employee e = s.employee();
        Optional<TingkatPendidikan> level = pendidikan(e);
        if (level.isEmpty() || level.get().id() < TingkatPendidikan.D3.id() || !blank(e.gelarDepan) || !blank(e.gelarBelakang)) {
            return pass();
        }
        return fail("education " + level.get().label() + " but no title (gelar) is recorded");
    }

    static Optional<String> emailInvalid(Subject s) {
        String email = s.employee().email;
        if (blank(email)) {
            return fail("no personal e-mail address is recorded");
        }
        return EMAIL.matcher(email.strip()).matches() ? pass() : fail("'" + email.strip() + "' is not an e-mail address");
    }

    static Optional<String> phoneEmpty(Subject s) {
        return blank(s.employee().phone) ? fail("no phone number is recorded") : pass();
    }

    static Optional<String> unitInactive(Subject s) {
        Employee e = s.employee();
        if (e.unitId == null) {
            return pass();
        }
        if (s.unit() == null) {
            return fail("unit " + e.unitId + " is not a unit of agency " + e.instansi);
        }
        LocalDate validTo = s.unit().validTo;
        return validTo != null && validTo.isBefore(s.today())
                ? fail("unit " + s.unit().code + " (" + s.unit().name + ") is inactive since " + validTo.plusDays(1))
                : pass();
    }

    static Optional<String> cpnsOverOneYear(Subject s) {
        Employee e = s.employee();
        if (!"CPNS".equals(e.kind) || e.startDate == null || !e.startDate.plusYears(1).isBefore(s.today())) {
            return pass();
        }
        return fail("CPNS since TMT CPNS " + e.startDate + ", more than a year ago");
    }

    static Optional<String> pastBupActive(Subject s) {
        Employee e = s.employee();
        Optional<BupCategory> category = bupCategory(e);
        if (!e.inService || e.birthDate == null || category.isEmpty()) {
            return pass();
        }
        BupAgeTable.Bup bup = s.bupAges().of(category.get(), e.birthDate);
        LocalDate tmtPensiun = bup.tmtPensiun().date();
        if (e.bupExtendedUntil != null && e.bupExtendedUntil.isAfter(tmtPensiun)) {
            return e.bupExtendedUntil.isAfter(s.today()) ? pass()
                    : fail("the BUP extension ended: TMT pensiun " + e.bupExtendedUntil + " has passed but the employee is still in service");
        }
        return tmtPensiun.isAfter(s.today()) ? pass()
                : fail("reached the retirement age on " + bup.tmtPensiun().ageReachedOn() + " (" + bup.describe() + "); TMT pensiun "
                + tmtPensiun + " has passed but the employee is still in service");
    }

    static Optional<String> bupCategoryUnknown(Subject s) {
        Employee e = s.employee();
        if (!e.inService || bupCategory(e).isPresent()) {
            return pass();
        }
        return fail(e.jabatanName == null && e.jenisJabatan == null ? "no position is recorded, so no retirement age (BUP) applies"
                : "the position " + (e.jabatanName == null ? "(without a name)" : "'" + e.jabatanName + "'")
                + " tells no retirement-age (BUP) category (a fungsional tertentu needs its jenjang)");
    }

    static Optional<String> pppkStatusWrong(Subject s) {
        Employee e = s.employee();
        if (e.kind == null) {
            return pass();
        }
        boolean pppk = e.kind.startsWith("PPPK");
        boolean pppkStatus = e.kedudukanHukum != null && PPPK_STATUSES.contains(e.kedudukanHukum);
        if (pppk && !pppkStatus) {
            return fail("a PPPK with kedudukan hukum " + (e.kedudukanHukum == null ? "(none)" : e.kedudukanHukum) + ", not 71–73");
        }
        if (!pppk && pppkStatus) {
            return fail("a " + e.kind + " with the PPPK kedudukan hukum " + e.kedudukanHukum);
        }
        return pass();
    }

    static Optional<String> nikInvalid(Subject s) {
        String nik = s.employee().nik;
        if (blank(nik)) {
            return fail("no NIK is recorded");
        }
        try {
            Nik.parse(nik);
            return pass();
        } catch (InvalidIdentifierException e) {
            return fail("NIK " + nik.strip() + ": " + e.reason());
        }
    }

    static Optional<String> pelaksanaFunctionalTitle(Subject s) {
        Employee e = s.employee();
        if (!"4".equals(e.jenisJabatan) || e.jabatanName == null) {
            return pass();
        }
        var title = FUNCTIONAL_TITLE.matcher(e.jabatanName);
        return title.find()
                ? fail("pelaksana (jenis jabatan 4) with the position name '" + e.jabatanName + "', which names the functional level '"
                + title.group(1) + "'")
                : pass();
    }

    static Optional<String> jptBelowMinimumRank(Subject s) {
        Optional<Eselon> eselon = eselon(s.employee()).filter(QualityRules::isJpt);
        Optional<Golongan> golongan = pnsGolongan(s.employee());
        if (eselon.isEmpty() || golongan.isEmpty() || eselon.get().rankRange().isEmpty()) {
            return pass();
        }
        Golongan lowest = eselon.get().rankRange().get().lowest();
        return golongan.get().rank() < lowest.rank()
                ? fail("eselon " + eselon.get().code() + " needs at least " + lowest.code() + "; the employee holds " + golongan.get().code())
                : pass();
    }

    static Optional<String> rankOutsideRange(Subject s) {
        Employee e = s.employee();
        Optional<Golongan> golongan = pnsGolongan(e);
        if (golongan.isEmpty()) {
            return pass();
        }
        // a JPT holder below the range is reported once, by jptBelowMinimumRank; above it, here
        Optional<Eselon> eselon = eselon(e).filter(x -> !isJpt(x) || golongan.get().rank() > x.rankRange().map(r -> r.lowest().rank()).orElse(0));
        if (eselon.isPresent() && !eselon.get().isWithinRange(golongan.get())) {
            return fail("eselon " + eselon.get().code() + " is held at " + eselon.get().rankRange().orElseThrow() + "; the employee holds "
                    + golongan.get().code());
        }
        Optional<JenjangFungsional> jenjang = "2".equals(e.jenisJabatan) ? jenjang(e) : Optional.empty();
        if (jenjang.isPresent() && !jenjang.get().isWithinRange(golongan.get())) {
            return fail("jenjang " + jenjang.get().label() + " is held at " + jenjang.get().rankRange() + "; the employee holds "
                    + golongan.get().code());
        }
        return pass();
    }

    static Optional<String> nipDisagrees(Subject s) {
        Employee e = s.employee();
        Gender gender;
        try {
            gender = e.gender == null ? null : Gender.parse(e.gender);
        } catch (InvalidReferenceException ex) {
            gender = null;
        }
        boolean pppk = e.kind != null && e.kind.startsWith("PPPK");
        LocalDate appointment = s.startIsTransfer() ? null : e.startDate;
        List<String> problems = IdentityPolicy.check(e.nip, null, e.birthDate, gender, pppk, appointment).stream()
                .filter(Finding::isError).filter(f -> "person.nip".equals(f.field())).map(Finding::message).toList();
        return problems.isEmpty() ? pass() : fail(String.join("; ", problems));
    }

    static Optional<String> supervisorUnavailable(Subject s) {
        return s.unavailableSupervisorNip() == null ? pass()
                : fail("the direct supervisor recorded, " + s.unavailableSupervisorNip() + ", is not in service with the employee's agency on "
                        + s.today());
    }

    /** The row's BUP category, or the one its position implies for a row written before the column existed. */
    static Optional<BupCategory> bupCategory(Employee e) {
        try {
            if (e.bupCategory != null) {
                return Optional.of(BupCategory.valueOf(e.bupCategory));
            }
            if (e.jenisJabatan == null || e.positionGroup == null) {
                return Optional.empty();
            }
            return Optional.of(BupCategory.derive(JenisJabatan.fromSiasnId(e.jenisJabatan), eselon(e).orElse(null), jenjang(e).orElse(null),
                    PositionGroup.valueOf(e.positionGroup)));
        } catch (IllegalArgumentException ex) {
            return Optional.empty();
        }
    }

    private static boolean isJpt(Eselon eselon) {
        return eselon.kategori().filter(k -> k == KategoriJabatan.JPT).isPresent();
    }

    private static Optional<Eselon> eselon(Employee e) {
        if (e.eselon == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Eselon.fromSiasnId(e.eselon));
        } catch (InvalidReferenceException ex) {
            return Optional.empty();
        }
    }

    private static Optional<JenjangFungsional> jenjang(Employee e) {
        if (e.jenjang == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(JenjangFungsional.valueOf(e.jenjang));
        } catch (IllegalArgumentException ex) {
            return Optional.empty();
        }
    }

    /** The golongan when it is on the PNS scale: rank ranges are PNS ranges, and say nothing about PPPK. */
    private static Optional<Golongan> pnsGolongan(Employee e) {
        if (e.golongan == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Golongan.parse(e.golongan)).filter(g -> g.kind() == Golongan.Kind.PNS);
        } catch (InvalidReferenceException ex) {
            return Optional.empty();
        }
    }

    private static Optional<TingkatPendidikan> pendidikan(Employee e) {
        if (e.pendidikan == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(TingkatPendidikan.fromSiasnId(e.pendidikan));
        } catch (InvalidReferenceException ex) {
            return Optional.empty();
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static Optional<String> pass() {
        return Optional.empty();
    }

    private static Optional<String> fail(String message) {
        return Optional.of(message);
    }
}
