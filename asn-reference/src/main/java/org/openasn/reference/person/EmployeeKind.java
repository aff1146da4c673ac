package org.openasn.reference.person;

/**
 * The kind of ASN (aparatur sipil negara, the state civil apparatus) an employee is. The staffing reports count
 * CPNS inside the PNS headcount (seed 000 Table 3.10 splits them) and PPPK paruh waktu apart from PPPK.
 *
 * <p>Not mapped to SIASN's JENIS PEGAWAI column on purpose: those ids do not say PNS or PPPK but where the
 * employee belongs and works (for example 15 "PNS Daerah Kab./Kota yang bekerja pada Kab./Kota", 16–19 seconded
 * (DPB) or assigned (DPK) elsewhere). The kind follows instead from STATUS CPNS PNS (CPNS or PNS), from the NIP
 * layout and from kedudukan hukum 71 (PPPK aktif); how SIASN marks PPPK paruh waktu is not known yet.
 */
public enum EmployeeKind {

    /** Pegawai negeri sipil: permanent civil servant, golongan I/a–IV/e. */
    PNS,
    /** Calon PNS: candidate civil servant on probation (usually one year), with a PNS NIP and golongan. */
    CPNS,
    /** Pegawai pemerintah dengan perjanjian kerja: fixed-term contract employee, golongan I–XVII. */
    PPPK,
    /** PPPK paruh waktu: part-time PPPK, appointed from 2025 (seed 003: 1,913 in Kota Metro on 24 Dec 2025). */
    PPPK_PARUH_WAKTU
}
