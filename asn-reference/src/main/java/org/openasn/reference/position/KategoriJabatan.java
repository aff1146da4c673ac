package org.openasn.reference.position;

/**
 * The managerial categories that replaced eselon in the ASN laws of 2014 (UU 5/2014) and 2023 (UU 20/2023). The
 * category decides, among other things, the retirement age (BUP): 60 for JPT, 58 for administrator and pengawas.
 */
public enum KategoriJabatan {
    /** Jabatan pimpinan tinggi (JPT), senior executive: eselon I (utama, madya) and II (pratama). */
    JPT,
    /** Jabatan administrator, middle manager: eselon III. */
    ADMINISTRATOR,
    /** Jabatan pengawas, supervisor: eselon IV. */
    PENGAWAS
}
