package org.openasn.personnel.imports;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.util.UUID;

/** What a NIP's row looked like when last imported: an unchanged row is skipped, a changed one is compared. */
@Entity
@Table(name = "import_fingerprint")
public class ImportFingerprint extends PanacheEntityBase {

    @Id
    public String nip;
    @Column(name = "content_hash")
    public String contentHash;
    /** The row's typed values as JSON. */
    @JdbcTypeCode(SqlTypes.JSON)
    public String snapshot;
    @Column(name = "job_id")
    public UUID jobId;
    @Column(name = "imported_at")
    public Instant importedAt;
}
