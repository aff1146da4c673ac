package org.openasn.personnel.imports;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.Session;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.openasn.commons.jdbc.CopyIn;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

    /**
     * What is known of a NIP: the agency of the employee recorded with it ({@code null}: none) and its last
     * imported row's hash and job ({@code null}: never imported).
     */
    public record Known(String instansi, String contentHash, UUID jobId) {
    }

    /** The NIPs among {@code nips} that are recorded or were imported, in one query. */
    static Map<String, Known> known(Collection<String> nips) {
        Map<String, Known> known = new HashMap<>();
        if (nips.isEmpty()) {
            return known;
        }
        return getEntityManager().unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement query = connection.prepareStatement("""
                    SELECT n.nip, e.instansi, f.content_hash, f.job_id
                    FROM unnest(?::varchar[]) AS n (nip)
                    LEFT JOIN employee e ON e.nip = n.nip
                    LEFT JOIN import_fingerprint f ON f.nip = n.nip
                    WHERE e.id IS NOT NULL OR f.nip IS NOT NULL""")) {
                query.setArray(1, connection.createArrayOf("varchar", nips.toArray()));
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        known.put(rows.getString(1), new Known(rows.getString(2), rows.getString(3), rows.getObject(4, UUID.class)));
                    }
                }
            }
            return known;
        });
    }

    /** Stores new fingerprints with COPY. */
    static void insert(List<ImportFingerprint> fingerprints) {
        CopyIn copy = CopyIn.into("import_fingerprint", "nip", "content_hash", "snapshot", "job_id", "imported_at");
        fingerprints.forEach(f -> copy.row(f.nip, f.contentHash, f.snapshot, f.jobId, f.importedAt));
        copy.execute(getEntityManager());
    }

    /** Marks unchanged rows as seen by {@code jobId} (a second occurrence in the same file is then a duplicate). */
    static void markImported(List<String> nips, UUID jobId) {
        if (nips.isEmpty()) {
            return;
        }
        getEntityManager().unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement update = connection.prepareStatement("UPDATE import_fingerprint SET job_id = ? WHERE nip = ANY (?::varchar[])")) {
                update.setObject(1, jobId);
                update.setArray(2, connection.createArrayOf("varchar", nips.toArray()));
                update.executeUpdate();
            }
        });
    }
}
