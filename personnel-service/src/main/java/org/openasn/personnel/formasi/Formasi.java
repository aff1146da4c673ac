package org.openasn.personnel.formasi;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/** How many holders a position may have in a unit (slots), and how many are being prepared (disiapkan). */
@Entity
@Table(name = "formasi")
public class Formasi extends PanacheEntityBase {

    @Id
    public UUID id;
    @Column(name = "unit_id")
    public UUID unitId;
    @Column(name = "position_id")
    public UUID positionId;
    public int slots;
    public int prepared;
    @Column(name = "valid_from")
    public LocalDate validFrom;
    @Column(name = "recorded_at")
    public Instant recordedAt;
    @Column(name = "recorded_by")
    public String recordedBy;

    public static Optional<Formasi> of(UUID unitId, UUID positionId) {
        return find("unitId = ?1 and positionId = ?2", unitId, positionId).firstResultOptional();
    }
}
