package org.openasn.personnel.formasi;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.openasn.commons.outbox.Outbox;
import org.openasn.commons.problem.InvalidInput;
import org.openasn.events.EventTypes;
import org.openasn.events.personnel.FormasiSet;
import org.openasn.personnel.config.PersonnelConfig;
import org.openasn.personnel.unit.Unit;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

/** Sets a unit's formasi for a position and publishes it, so that reports can count filled against slots. */
@ApplicationScoped
public class FormasiService {

    @Inject
    Outbox outbox;
    @Inject
    Clock clock;
    @Inject
    PersonnelConfig config;

    /** The formasi as set: {@code validFrom} defaults to today. */
    @Transactional
    public Formasi set(String instansi, UUID unitId, UUID positionId, int slots, int prepared, LocalDate validFrom, String recordedBy) {
        Unit unit = Unit.findInAgency(instansi, unitId)
                .orElseThrow(() -> InvalidInput.of("unitId", "no unit " + unitId + " in agency " + instansi));
        JobPosition position = JobPosition.findInAgency(instansi, positionId)
                .orElseThrow(() -> InvalidInput.of("positionId", "no position " + positionId + " in agency " + instansi));
        LocalDate from = validFrom == null ? config.today(clock) : validFrom;
        if (from.isBefore(unit.validFrom)) {
            throw InvalidInput.of("validFrom", "must not be before the unit's validFrom " + unit.validFrom);
        }
        Formasi formasi = Formasi.of(unit.id, position.id).orElseGet(() -> {
            Formasi f = new Formasi();
            f.id = UUID.randomUUID();
            f.unitId = unit.id;
            f.positionId = position.id;
            return f;
        });
        if (formasi.validFrom != null && from.isBefore(formasi.validFrom)) {
            throw InvalidInput.of("validFrom", "must not be before the current formasi's validFrom " + formasi.validFrom);
        }
        formasi.slots = slots;
        formasi.prepared = prepared;
        formasi.validFrom = from;
        formasi.recordedAt = clock.instant();
        formasi.recordedBy = recordedBy;
        if (!formasi.isPersistent()) {
            formasi.persist();
        }
        FormasiVersion version = new FormasiVersion();
        version.id = UUID.randomUUID();
        version.formasiId = formasi.id;
        version.validFrom = from;
        version.slots = slots;
        version.prepared = prepared;
        version.recordedAt = formasi.recordedAt;
        version.recordedBy = recordedBy;
        version.persist();
        outbox.publish(EventTypes.FORMASI_SET_V1, formasi.id.toString(), instansi,
                new FormasiSet(formasi.id, instansi, unit.id, position.id, position.jabatanId, position.name, position.jenisJabatan,
                        position.eselon, position.jenjang, slots, prepared, from));
        return formasi;
    }
}
