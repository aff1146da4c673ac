package org.openasn.personnel.employee.service;

import org.openasn.commons.problem.InvalidInput;
import org.openasn.commons.problem.Problem;
import org.openasn.personnel.employee.MutationKind;
import org.openasn.personnel.employee.Separation;
import org.openasn.personnel.employee.StateChange;
import org.openasn.reference.InvalidReferenceException;
import org.openasn.reference.person.EmployeeKind;
import org.openasn.reference.person.TingkatPendidikan;
import org.openasn.reference.rank.Golongan;
import org.openasn.reference.status.KedudukanHukum;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Turns a {@link MutationRequest} into the {@link StateChange} its kind decides: checks that the fields the
 * kind needs are there and that no other field is, and parses the codes. Every problem is reported at once.
 */
final class MutationCommands {

    private static final Map<String, MutationKind> BY_EVENT_KIND = new LinkedHashMap<>();

    static {
        Arrays.stream(MutationKind.values()).forEach(k -> BY_EVENT_KIND.put(k.eventKind(), k));
    }

    private MutationCommands() {
    }

    /** The kinds accepted on an existing employee. */
    static final Set<MutationKind> FOR_EXISTING = Set.of(MutationKind.PNS_CONFIRMED, MutationKind.PROMOTED,
            MutationKind.SALARY_STEP_GRANTED, MutationKind.POSITION_CHANGED, MutationKind.UNIT_TRANSFERRED, MutationKind.STATUS_CHANGED,
            MutationKind.EDUCATION_RECORDED, MutationKind.PPPK_CONTRACT_EXTENDED, MutationKind.PPPK_CONTRACT_ENDED, MutationKind.BUP_EXTENDED,
            MutationKind.TRANSFERRED_OUT, MutationKind.RESIGNED, MutationKind.DISMISSED, MutationKind.DIED, MutationKind.RETIRED,
            MutationKind.DATA_CORRECTED);

    /** The kinds that create an employee. */
    static final Set<MutationKind> APPOINTMENTS = Set.of(MutationKind.CPNS_APPOINTED, MutationKind.PPPK_APPOINTED, MutationKind.TRANSFERRED_IN);

    static MutationKind kind(String text, Set<MutationKind> allowed) {
        MutationKind kind = BY_EVENT_KIND.get(text);
        if (kind == null || !allowed.contains(kind)) {
            throw InvalidInput.of("kind", "must be one of " + allowed.stream().map(MutationKind::eventKind).sorted().toList());
        }
        return kind;
    }

    /** The change a mutation of an existing employee makes. */
    static StateChange change(MutationKind kind, MutationRequest r) {
        Fields f = new Fields(kind);
        f.allow("golongan", r.golongan(), kind == MutationKind.PROMOTED || kind == MutationKind.DATA_CORRECTED);
        f.allow("masaKerja", r.masaKerja(), kind == MutationKind.PROMOTED || kind == MutationKind.SALARY_STEP_GRANTED || kind == MutationKind.DATA_CORRECTED);
        f.allow("position", r.position(), kind == MutationKind.POSITION_CHANGED || kind == MutationKind.DATA_CORRECTED);
        f.allow("unitId", r.unitId(), kind == MutationKind.POSITION_CHANGED || kind == MutationKind.UNIT_TRANSFERRED || kind == MutationKind.DATA_CORRECTED);
        f.allow("kedudukanHukum", r.kedudukanHukum(), kind == MutationKind.STATUS_CHANGED || kind == MutationKind.DATA_CORRECTED);
        f.allow("pendidikan", r.pendidikan(), kind == MutationKind.EDUCATION_RECORDED || kind == MutationKind.DATA_CORRECTED);
        f.allow("educationMajor", r.educationMajor(), kind == MutationKind.EDUCATION_RECORDED);
        f.allow("educationYear", r.educationYear(), kind == MutationKind.EDUCATION_RECORDED);
        f.allow("contractEnd", r.contractEnd(), kind == MutationKind.PPPK_CONTRACT_EXTENDED || kind == MutationKind.DATA_CORRECTED);
        f.allow("bupExtendedUntil", r.bupExtendedUntil(), kind == MutationKind.BUP_EXTENDED || kind == MutationKind.DATA_CORRECTED);
        f.allow("retirementKind", r.retirementKind(), kind == MutationKind.RETIRED);
        f.allow("correctsMutationId", r.correctsMutationId(), kind == MutationKind.DATA_CORRECTED);
        f.allow("person", r.person(), kind == MutationKind.DATA_CORRECTED);

        StateChange change = StateChange.NONE;
        switch (kind) {
            case PNS_CONFIRMED -> change = change.withKind(EmployeeKind.PNS);
            case PROMOTED -> f.require("golongan", r.golongan());
            case SALARY_STEP_GRANTED -> f.require("masaKerja", r.masaKerja());
            case POSITION_CHANGED -> f.require("position", r.position());
            case UNIT_TRANSFERRED -> f.require("unitId", r.unitId());
            case STATUS_CHANGED -> f.require("kedudukanHukum", r.kedudukanHukum());
            case EDUCATION_RECORDED -> f.require("pendidikan", r.pendidikan());
            case PPPK_CONTRACT_EXTENDED -> f.require("contractEnd", r.contractEnd());
            case BUP_EXTENDED -> f.require("bupExtendedUntil", r.bupExtendedUntil());
            case PPPK_CONTRACT_ENDED -> change = change.withSeparation(Separation.CONTRACT_ENDED);
            case TRANSFERRED_OUT -> change = change.withSeparation(Separation.TRANSFERRED_OUT);
            case RESIGNED -> change = change.withSeparation(Separation.RESIGNED);
            case DISMISSED -> change = change.withSeparation(Separation.DISMISSED);
            case DIED -> change = change.withSeparation(Separation.DIED);
            case RETIRED -> {
                // without a retirement kind there is nothing to read: the violation says it is required (a switch on null threw, a 500)
                f.require("retirementKind", r.retirementKind());
                if (r.retirementKind() != null) {
                    Separation separation = f.parse("retirementKind", r.retirementKind(), () -> switch (r.retirementKind()) {
                        case "BUP" -> Separation.RETIRED_BUP;
                        case "APS" -> Separation.RETIRED_APS;
                        case "DISABILITY" -> Separation.RETIRED_DISABILITY;
                        default -> throw new IllegalArgumentException("must be BUP, APS or DISABILITY");
                    });
                    change = change.withSeparation(separation);
                }
            }
            case DATA_CORRECTED -> {
                if (r.correctsMutationId() == null && r.person() == null) {
                    f.violation("correctsMutationId", "a correction names the mutation it corrects, or carries corrected person data");
                }
            }
            default -> throw new IllegalStateException(kind + " is not a mutation of an existing employee");
        }
        change = withCommonFields(change, f, r.golongan(), r.tmt(), r.masaKerja(), r.position(), r.unitId(), r.kedudukanHukum(),
                r.pendidikan(), r.contractEnd());
        if (r.bupExtendedUntil() != null) {
            if (r.bupExtendedUntil().getDayOfMonth() != 1) {
                f.violation("bupExtendedUntil", "is a TMT pensiun, the first day of a month, not " + r.bupExtendedUntil());
            }
            if (!r.bupExtendedUntil().isAfter(r.tmt())) {
                f.violation("bupExtendedUntil", "must be after the TMT " + r.tmt());
            }
            change = change.withBupExtendedUntil(r.bupExtendedUntil());
        }
        f.throwIfInvalid();
        return change;
    }

    /** The state an appointment starts. */
    static StateChange appointment(MutationKind kind, AppointmentRequest r) {
        Fields f = new Fields(kind);
        EmployeeKind employeeKind = switch (kind) {
            case CPNS_APPOINTED -> EmployeeKind.CPNS;
            case PPPK_APPOINTED -> r.paruhWaktu() ? EmployeeKind.PPPK_PARUH_WAKTU : EmployeeKind.PPPK;
            case TRANSFERRED_IN -> EmployeeKind.PNS;
            default -> throw new IllegalStateException(kind + " is not an appointment");
        };
        boolean pppk = kind == MutationKind.PPPK_APPOINTED;
        f.allow("tmtGolongan", r.tmtGolongan(), kind == MutationKind.TRANSFERRED_IN);
        f.allow("contractEnd", r.contractEnd(), pppk);
        f.allow("paruhWaktu", r.paruhWaktu() ? Boolean.TRUE : null, pppk);
        if (pppk) {
            f.require("contractEnd", r.contractEnd());
            if (r.contractEnd() != null && !r.contractEnd().isAfter(r.tmt())) {
                f.violation("contractEnd", "must be after the TMT " + r.tmt());
            }
        }
        StateChange change = StateChange.NONE.withKind(employeeKind)
                .withKedudukanHukum(pppk ? KedudukanHukum.fromSiasnId("71") : KedudukanHukum.AKTIF);
        change = withCommonFields(change, f, r.golongan(), r.tmt(), r.masaKerja(), r.position(), r.unitId(), null, r.pendidikan(),
                r.contractEnd());
        if (change.golongan() != null && (change.golongan().kind() == Golongan.Kind.PPPK) != pppk) {
            f.violation("golongan", pppk ? "a PPPK has a golongan I–XVII" : "a PNS or CPNS has a golongan I/a–IV/e");
        }
        if (r.tmtGolongan() != null && r.tmtGolongan().isAfter(r.tmt())) {
            f.violation("tmtGolongan", "must not be after the TMT " + r.tmt() + ": the golongan is held before the transfer");
        } else if (r.tmtGolongan() != null && change.golongan() != null) {
            change = change.withGolongan(change.golongan(), r.tmtGolongan());
        }
        f.throwIfInvalid();
        return change;
    }

    private static StateChange withCommonFields(StateChange change, Fields f, String golongan, java.time.LocalDate tmt,
                                                MasaKerjaDocument masaKerja, PositionDocument position, java.util.UUID unitId,
                                                String kedudukanHukum, String pendidikan, java.time.LocalDate contractEnd) {
        if (golongan != null) {
            Golongan value = f.parse("golongan", golongan, () -> Golongan.parse(golongan));
            if (value != null) {
                change = change.withGolongan(value, tmt);
            }
        }
        if (masaKerja != null && masaKerja.years() != null && masaKerja.months() != null) {
            change = change.withMasaKerja(masaKerja.toMasaKerja());
        }
        if (position != null) {
            var value = f.parse("position", position, position::toPosition);
            if (value != null) {
                change = change.withPosition(value);
            }
        }
        if (unitId != null) {
            change = change.withUnit(unitId);
        }
        if (kedudukanHukum != null) {
            KedudukanHukum value = f.parse("kedudukanHukum", kedudukanHukum, () -> KedudukanHukum.fromSiasnId(kedudukanHukum));
            if (value != null) {
                change = change.withKedudukanHukum(value);
            }
        }
        if (pendidikan != null) {
            TingkatPendidikan value = f.parse("pendidikan", pendidikan, () -> TingkatPendidikan.fromSiasnId(pendidikan));
            if (value != null) {
                change = change.withPendidikan(value);
            }
        }
        if (contractEnd != null) {
            change = change.withContractEnd(contractEnd);
        }
        return change;
    }

    /** Collects field problems so that all are reported together. */
    private static final class Fields {
        private final MutationKind kind;
        private final List<Problem.Violation> violations = new ArrayList<>();

        Fields(MutationKind kind) {
            this.kind = kind;
        }

        void allow(String field, Object value, boolean allowed) {
            if (value != null && !allowed) {
                violation(field, "is not part of a " + kind.eventKind() + " mutation");
            }
        }

        void require(String field, Object value) {
            if (value == null) {
                violation(field, "is required for a " + kind.eventKind() + " mutation");
            }
        }

        <T> T parse(String field, Object input, Supplier<T> parser) {
            try {
                return parser.get();
            } catch (InvalidReferenceException e) {
                violation(field, e.reason());
            } catch (IllegalArgumentException e) {
                violation(field, e.getMessage());
            }
            return null;
        }

        void violation(String field, String message) {
            violations.add(new Problem.Violation(field, message));
        }

        void throwIfInvalid() {
            if (!violations.isEmpty()) {
                throw new InvalidInput(violations.stream().map(v -> v.field() + " " + v.message()).reduce((a, b) -> a + "; " + b).orElseThrow(),
                        violations);
            }
        }
    }
}
