package org.openasn.personnel.agency;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Optional;

/** An agency (instansi) of the register: a ministry or national body, a province, a regency or a city. */
@Entity
@Table(name = "agency")
public class Agency extends PanacheEntityBase {

    /** The level of government of an agency. */
    public enum Level { PUSAT, PROVINSI, KABUPATEN, KOTA }

    /** The agency's short code, which every record of it carries. */
    @Id
    public String instansi;
    public String name;
    @Enumerated(EnumType.STRING)
    public Level level;
    /** Kode wilayah (Kemendagri region code) of a regional agency, e.g. 18.72 for Kota Metro. */
    @Column(name = "region_code")
    public String regionCode;
    /** The agency's id in SIASN (INSTANSI KERJA ID of its exports). */
    @Column(name = "siasn_instansi_id")
    public String siasnInstansiId;
    @Column(name = "recorded_at")
    public Instant recordedAt;
    @Column(name = "recorded_by")
    public String recordedBy;
    @Column(name = "updated_at")
    public Instant updatedAt;
    @Column(name = "updated_by")
    public String updatedBy;

    public static Optional<Agency> of(String instansi) {
        return findByIdOptional(instansi);
    }
}
