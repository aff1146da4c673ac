package org.openasn.personnel.formasi;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** One setting of a formasi: its slots and prepared from {@code validFrom}, as recorded. */
@Entity
@Table(name = "formasi_version")
public class FormasiVersion extends PanacheEntityBase {

    @Id
    public UUID id;
    @Column(name = "formasi_id")
    public UUID formasiId;
    @Column(name = "valid_from")
    public LocalDate validFrom;
    public int slots;
    public int prepared;
    @Column(name = "recorded_at")
    public Instant recordedAt;
    @Column(name = "recorded_by")
    public String recordedBy;

    /** The formasi's versions, oldest first. */
    public static List<FormasiVersion> of(UUID formasiId) {
        return list("formasiId = ?1 order by validFrom, recordedAt", formasiId);
    }
}
