package org.openasn.events.personnel;

import java.time.LocalDate;

/**
 * The employee's identity as consumers need it. Personal data that no consumer needs (NIK, address, phone)
 * is not published.
 *
 * @param nip        Nomor Induk Pegawai, 18 digits
 * @param gender     {@code L} (laki-laki, male) or {@code P} (perempuan, female)
 * @param agama      religion, SIASN code 1–7
 * @param jenisKawin marital status, SIASN code
 */
public record Person(String nip, String name, String gelarDepan, String gelarBelakang, LocalDate birthDate, String gender,
                     String agama, String jenisKawin) {
}
