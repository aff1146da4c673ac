package org.openasn.personnel.unit;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** An organisation unit of an agency: an SKPD (top level) or one of its sub-units. */
@Entity
@Table(name = "unit")
public class Unit extends PanacheEntityBase {

    @Id
    public UUID id;
    /** The agency (instansi) code. */
    public String instansi;
    /** The agency's own short code for the unit, unique within the agency. */
    public String code;
    public String name;
    @Column(name = "parent_id")
    public UUID parentId;
    /** The unit's id in SIASN (unit organisasi, "unor"). */
    @Column(name = "siasn_unor_id")
    public String siasnUnorId;
    @Column(name = "valid_from")
    public LocalDate validFrom;
    /** The kind of unit (asn-reference {@code JenisUnit} name), {@code null} when not known. */
    @Column(name = "unit_type")
    public String unitType;
    /** For a school, its level (asn-reference {@code JenjangSekolah} name), else {@code null}. */
    @Column(name = "school_level")
    public String schoolLevel;
    /**
     * The unit's place in the agency's own listing of its units (its regulation's order), 1 first; {@code null} when not
     * given.
     */
    @Column(name = "list_order")
    public Integer listOrder;
    @Column(name = "valid_to")
    public LocalDate validTo;
    @Column(name = "recorded_at")
    public Instant recordedAt;
    @Column(name = "recorded_by")
    public String recordedBy;
    @Version
    public long version;

    public static Optional<Unit> findInAgency(String instansi, UUID id) {
        return find("instansi = ?1 and id = ?2", instansi, id).firstResultOptional();
    }

    public static boolean codeTaken(String instansi, String code) {
        return count("instansi = ?1 and code = ?2", instansi, code) > 0;
    }

    public static List<Unit> listAgency(String instansi) {
        return list("instansi = ?1 order by code", instansi);
    }

    /** {@code root} and every unit below it, among {@code all}. */
    public static List<UUID> subtree(Iterable<Unit> all, UUID root) {
        List<UUID> result = new java.util.ArrayList<>(List.of(root));
        for (int i = 0; i < result.size(); i++) {
            UUID parent = result.get(i);
            all.forEach(u -> {
                if (parent.equals(u.parentId)) {
                    result.add(u.id);
                }
            });
        }
        return result;
    }
}
