package org.openasn.personnel.employee.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/** One period of an employee's timeline as now known (table {@code employee_period}), read by search as of a date. */
@Entity
@Table(name = "employee_period")
@IdClass(EmployeePeriodRow.Key.class)
public class EmployeePeriodRow extends PanacheEntityBase {

    public record Key(UUID employeeId, LocalDate validFrom) implements Serializable {
        public Key() {
            this(null, null);
        }
    }

    @Id
    @Column(name = "employee_id")
    public UUID employeeId;
    @Id
    @Column(name = "valid_from")
    public LocalDate validFrom;
    @Column(name = "valid_to")
    public LocalDate validTo;
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
    @Column(name = "bup_category")
    public String bupCategory;
    @Column(name = "unit_id")
    public UUID unitId;
    public String pendidikan;
    @Column(name = "contract_end")
    public LocalDate contractEnd;
    @Column(name = "masa_kerja_years")
    public Integer masaKerjaYears;
    @Column(name = "masa_kerja_months")
    public Integer masaKerjaMonths;
    /** The mutation that started the period; {@code null} in rows written before it was kept. */
    @Column(name = "cause_mutation_id")
    public UUID causeMutationId;
    /** That mutation's kind, such as {@code promoted}. */
    public String cause;
    /** The TMT pensiun a BUP extension sets; {@code null} without one. */
    @Column(name = "bup_extended_until")
    public LocalDate bupExtendedUntil;
    /** The agency of the period ({@link org.openasn.personnel.employee.Period#instansi()}). */
    public String instansi;

    /** The employee's periods, oldest first. */
    public static List<EmployeePeriodRow> ofEmployee(UUID employeeId) {
        return list("employeeId = ?1 order by validFrom", employeeId);
    }

    /** Whether the employee has spent any period with the agency. */
    public static boolean anyWith(UUID employeeId, String instansi) {
        return count("employeeId = ?1 and instansi = ?2", employeeId, instansi) > 0;
    }

    public boolean covers(LocalDate date) {
        return !date.isBefore(validFrom) && (validTo == null || date.isBefore(validTo));
    }

    /**
     * The agency of the employee's period in force on {@code date}: the record's, unless a move to it is recorded ahead
     * of its TMT (then the old agency's until the TMT), or the record's when no period is in force then.
     */
    public static String agencyOn(Employee employee, LocalDate date) {
        return inForce(List.of(employee.id), date).stream().findFirst().map(p -> p.instansi).orElse(employee.instansi);
    }

    /** The periods in force on {@code date} of the given employees. */
    public static List<EmployeePeriodRow> inForce(Collection<UUID> employeeIds, LocalDate date) {
        return employeeIds.isEmpty() ? List.of()
                : list("employeeId in ?1 and validFrom <= ?2 and (validTo is null or validTo > ?2)", employeeIds, date);
    }
}
