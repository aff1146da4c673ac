package org.openasn.personnel.imports;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.openasn.commons.jdbc.CopyIn;

import java.util.List;
import java.util.UUID;

/** One line of an import's report: a rejected row's reason, or a warning about an accepted one. */
@Entity
@Table(name = "import_issue")
public class ImportIssue extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "job_id")
    public UUID jobId;
    /** 1-based data row (the header is row 0); {@code null} for a problem with the whole file. */
    @Column(name = "row_number")
    public Long rowNumber;
    public String nip;
    @Column(name = "column_name")
    public String column;
    public String value;
    public String reason;
    /** ERROR (the row was not imported) or WARNING. */
    public String severity;

    /** Stores issues with COPY. */
    static void insert(List<ImportIssue> issues) {
        CopyIn copy = CopyIn.into("import_issue", "job_id", "row_number", "nip", "column_name", "value", "reason", "severity");
        issues.forEach(i -> copy.row(i.jobId, i.rowNumber, i.nip, i.column, i.value, i.reason, i.severity));
        copy.execute(getEntityManager());
    }
}
