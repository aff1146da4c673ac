package org.openasn.personnel.employee.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/**
 * An employee's identity and contact data, plus the state in force today (denormalised from the timeline for
 * search and lists; the timeline itself is folded from {@link MutationRecord}s).
 */
@Entity
@Table(name = "employee")
public class Employee extends PanacheEntityBase {

    @Id
    public UUID id;
    public String instansi;
    public String nip;
    public String nik;
    public String name;
    @Column(name = "gelar_depan")
    public String gelarDepan;
    @Column(name = "gelar_belakang")
    public String gelarBelakang;
    @Column(name = "birth_date")
    public LocalDate birthDate;
    @Column(name = "birth_place")
    public String birthPlace;
    /** L or P. */
    public String gender;
    public String agama;
    @Column(name = "jenis_kawin")
    public String jenisKawin;
    public String phone;
    public String email;
    @Column(name = "email_gov")
    public String emailGov;
    public String address;
    /** Tax number (NPWP), as imported. */
    public String npwp;
    @Column(name = "education_major")
    public String educationMajor;
    @Column(name = "education_year")
    public Integer educationYear;
    @Column(name = "supervisor_id")
    public UUID supervisorId;

    // --- state in force on stateAsOf
    public String kind;
    @Column(name = "kedudukan_hukum")
    public String kedudukanHukum;
    @Column(name = "in_service")
    public boolean inService;
    public String separation;
    public String golongan;
    @Column(name = "golongan_rank")
    public Integer golonganRank;
    @Column(name = "tmt_golongan")
    public LocalDate tmtGolongan;
    @Column(name = "jenis_jabatan")
    public String jenisJabatan;
    public String eselon;
    @Column(name = "jabatan_id")
    public String jabatanId;
    @Column(name = "jabatan_name")
    public String jabatanName;
    public String jenjang;
    @Column(name = "position_group")
    public String positionGroup;
    /** The BupCategory name of the position in force ({@code null} without a position, or before its next refresh). */
    @Column(name = "bup_category")
    public String bupCategory;
    @Column(name = "unit_id")
    public UUID unitId;
    public String pendidikan;
    /** The TMT pensiun a BUP extension in force sets; {@code null} without one. */
    @Column(name = "bup_extended_until")
    public LocalDate bupExtendedUntil;
    @Column(name = "start_date")
    public LocalDate startDate;
    @Column(name = "state_as_of")
    public LocalDate stateAsOf;

    @Column(name = "recorded_at")
    public Instant recordedAt;
    @Column(name = "recorded_by")
    public String recordedBy;
    @Version
    public long version;

    public static Optional<Employee> findByNip(String nip) {
        return find("nip", nip).firstResultOptional();
    }
}
