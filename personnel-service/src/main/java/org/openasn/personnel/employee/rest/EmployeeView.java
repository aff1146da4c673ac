package org.openasn.personnel.employee.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.openasn.personnel.employee.persistence.Employee;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * An employee as of a date ({@code asOf}) and as recorded at a moment ({@code knownAt}). Personal data (NIK,
 * phone, address, birth date, e-mail) is {@code null} for roles that may not see it, and the supervisor for an agency the
 * employee has moved away from (the supervisor is the new agency's).
 */
@Schema(name = "Employee")
public record EmployeeView(UUID id, String instansi, String nip, String nik, String name, String gelarDepan, String gelarBelakang,
                           LocalDate birthDate, String birthPlace, String gender, String agama, String jenisKawin, String phone,
                           String email, String emailGov, String address, String educationMajor, Integer educationYear,
                           UUID supervisorId, LocalDate asOf, Instant knownAt,
                           @Schema(description = "The state in force on asOf; null before the employment started") StateView state,
                           long version) {

    static EmployeeView of(Employee e, LocalDate asOf, Instant knownAt, StateView state, boolean personalData, boolean supervisor) {
        return new EmployeeView(e.id, e.instansi, e.nip, personalData ? e.nik : null, e.name, e.gelarDepan, e.gelarBelakang,
                personalData ? e.birthDate : null, e.birthPlace, e.gender, e.agama, e.jenisKawin, personalData ? e.phone : null,
                personalData ? e.email : null, e.emailGov, personalData ? e.address : null, e.educationMajor, e.educationYear,
                supervisor ? e.supervisorId : null, asOf, knownAt, state, e.version);
    }
}
