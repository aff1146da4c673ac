package org.openasn.personnel.imports;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** One uploaded SIASN CSV file and how far its import got. */
@Entity
@Table(name = "import_job")
public class ImportJob extends PanacheEntityBase {

    public enum Status { QUEUED, RUNNING, DONE, FAILED }

    @Id
    public UUID id;
    public String instansi;
    @Column(name = "file_name")
    public String fileName;
    @Column(name = "file_bytes")
    public long fileBytes;
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    public Status status;
    @Column(name = "rows_done")
    public long rowsDone;
    @Column(name = "rows_accepted")
    public long rowsAccepted;
    @Column(name = "rows_unchanged")
    public long rowsUnchanged;
    @Column(name = "rows_rejected")
    public long rowsRejected;
    public long warnings;
    @Column(name = "bytes_done")
    public long bytesDone;
    public String failure;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "created_by")
    public String createdBy;
    @Column(name = "started_at")
    public Instant startedAt;
    @Column(name = "finished_at")
    public Instant finishedAt;
}
