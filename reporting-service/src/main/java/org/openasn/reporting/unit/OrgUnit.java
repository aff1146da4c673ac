package org.openasn.reporting.unit;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** An organisation unit in the reporting read model, as last published by personnel-service. */
@Entity
@Table(name = "org_unit")
public class OrgUnit extends PanacheEntityBase {

    @Id
    public UUID id;
    public String instansi;
    public String code;
    public String name;
    @Column(name = "parent_id")
    public UUID parentId;
    @Column(name = "valid_from")
    public LocalDate validFrom;
    /** The kind of unit (asn-reference {@code JenisUnit} name), {@code null} when not published. */
    @Column(name = "unit_type")
    public String unitType;
    /** A school's level (asn-reference {@code JenjangSekolah} name), {@code null} for other units. */
    @Column(name = "school_level")
    public String schoolLevel;
    /** The unit's place in its agency's own listing of its units, 1 first; {@code null} when not published. */
    @Column(name = "list_order")
    public Integer listOrder;
    /** The event this row came from. */
    @Column(name = "event_id")
    public String eventId;

    public static List<OrgUnit> listAgency(String instansi) {
        return list("instansi = ?1 order by code", instansi);
    }
}
