package org.openasn.personnel.formasi;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** A position (jabatan) of an agency's position list, with the BUP category it implies. */
@Entity
@Table(name = "position")
public class JobPosition extends PanacheEntityBase {

    @Id
    public UUID id;
    public String instansi;
    /** SIASN JABATAN ID, or the agency's own code. */
    @Column(name = "jabatan_id")
    public String jabatanId;
    public String name;
    @Column(name = "jenis_jabatan")
    public String jenisJabatan;
    public String eselon;
    public String jenjang;
    @Column(name = "position_group")
    public String positionGroup;
    @Column(name = "bup_category")
    public String bupCategory;
    @Column(name = "recorded_at")
    public Instant recordedAt;
    @Column(name = "recorded_by")
    public String recordedBy;

    public static List<JobPosition> listAgency(String instansi) {
        return list("instansi = ?1 order by eselon nulls last, name", instansi);
    }

    public static Optional<JobPosition> findInAgency(String instansi, UUID id) {
        return find("instansi = ?1 and id = ?2", instansi, id).firstResultOptional();
    }
}
