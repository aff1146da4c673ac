package org.openasn.reporting.profile;

import java.util.Set;

/** Who a table counts, by employee kind (as in the read model's {@code kind}). */
public enum Population {

    /** PNS including CPNS, as seed 000 counts them (Table 3.10 splits the two). */
    PNS("PNS", "PNS (termasuk CPNS)", Set.of("PNS", "CPNS")),
    /** PPPK (not PPPK paruh waktu, which are counted apart). */
    PPPK("PPPK", "PPPK", Set.of("PPPK")),
    /** PNS, CPNS and PPPK (not PPPK paruh waktu): seed 002's "guru ASN". */
    ASN("ASN", "ASN (PNS, CPNS dan PPPK)", Set.of("PNS", "CPNS", "PPPK"));

    private final String shortLabel;
    private final String label;
    private final Set<String> kinds;

    Population(String shortLabel, String label, Set<String> kinds) {
        this.shortLabel = shortLabel;
        this.label = label;
        this.kinds = kinds;
    }

    /** As printed in row labels: "JUMLAH PNS NOVEMBER 2025". */
    public String shortLabel() {
        return shortLabel;
    }

    public String label() {
        return label;
    }

    /** The employee kinds counted. */
    public Set<String> kinds() {
        return kinds;
    }
}
