package org.openasn.reporting.headcount;

import org.openasn.reference.rank.Golongan;
import org.openasn.reporting.bup.BupRules;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** What a headcount can be grouped and filtered by: each maps to a column (or expression) of the read model. */
public enum Dimension {

    /** The agency (instansi) code: a national headcount grouped or filtered by agency. */
    AGENCY("agency", "p.instansi"),
    /** PNS, CPNS, PPPK, PPPK_PARUH_WAKTU. */
    KIND("kind", "p.kind"),
    /**
     * Golongan I–IV for PNS and CPNS (the roman part of the ruang), {@code PPPK I}–{@code PPPK XVII} for PPPK: named apart,
     * since PPPK III is not PNS group III ({@link Golongan#breakdownKey}).
     */
    GOLONGAN("golongan", Golongan.breakdownKeySql("p.golongan")),
    /** Golongan/ruang as printed, e.g. III/a. */
    RUANG("ruang", "p.golongan"),
    /** Jenis jabatan: 1 struktural, 2 fungsional tertentu, 3 rangkap, 4 fungsional umum. */
    JENIS_JABATAN("jenisJabatan", "p.jenis_jabatan"),
    ESELON("eselon", "p.eselon"),
    JENJANG("jenjang", "p.jenjang"),
    /** GURU, KESEHATAN or LAINNYA. */
    GROUP("group", "p.position_group"),
    /** The employee's own unit (its id); with roll-up, the unit of the level asked for that contains it. */
    UNIT("unit", "CAST(p.unit_id AS varchar)"),
    /** Education level code (05 SD ... 50 S3). */
    PENDIDIKAN("pendidikan", "p.pendidikan"),
    GENDER("gender", "p.gender"),
    AGAMA("agama", "p.agama"),
    /** Age on the as-of date in bands ({@link AgeBands}: seed 000's unless the question gives others); the SQL comes from the bands. */
    AGE_GROUP("ageGroup", null),
    /**
     * The year of the TMT pensiun that the period's birth date and BUP category give under the BUP rules retirement-service
     * published ({@link BupRules}); unknown without a BUP category or before any rules were published.
     */
    BUP_YEAR("bupYear", BupRules.BUP_YEAR);

    private final String parameter;
    private final String expression;

    Dimension(String parameter, String expression) {
        this.parameter = parameter;
        this.expression = expression;
    }

    /** The name in the API, such as {@code jenisJabatan}. */
    public String parameter() {
        return parameter;
    }

    /** The SQL over period {@code p}; the age group's depends on the question's bands ({@link AgeBands#sql}). */
    String expression() {
        if (expression == null) {
            throw new IllegalStateException(parameter + " has no fixed expression");
        }
        return expression;
    }

    /** Whether the expression reads the period's BUP rule range {@code r} ({@link BupRules#join}). */
    boolean readsBupRules() {
        return this == BUP_YEAR;
    }

    /**
     * Whether a month's flows can be counted by it: every move between its values is an event. Not so for the age group
     * (people age without an event) and the BUP year (a BUP rule change moves people without an employee event).
     */
    public boolean hasFlows() {
        return this != AGE_GROUP && this != BUP_YEAR;
    }

    public static Optional<Dimension> byParameter(String name) {
        return Arrays.stream(values()).filter(d -> d.parameter.equals(name)).findFirst();
    }

    public static List<String> parameters() {
        return Arrays.stream(values()).map(Dimension::parameter).toList();
    }
}
