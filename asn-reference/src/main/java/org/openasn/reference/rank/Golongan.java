package org.openasn.reference.rank;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openasn.reference.InvalidReferenceException;
import org.openasn.reference.SiasnId;

/**
 * Golongan: the pay grade of an ASN, which fixes the salary table row and bounds the positions one may hold.
 *
 * <p><b>PNS</b> (and CPNS) have a golongan/ruang: the golongan I–IV and the ruang letter a–e (e only in IV), e.g.
 * III/a. Each has a pangkat (rank title), e.g. Penata Muda, and a SIASN id of group digit and ruang digit, e.g.
 * 31. <b>PPPK</b> have golongan I–XVII in roman numerals, without ruang or pangkat. SIASN's ids for PPPK golongan
 * are not known to this module; the id of a PPPK golongan here is the number of its numeral (IX → 9), which
 * overlaps the PNS ids 11–17, so an id is always read together with its {@link Kind}.
 *
 * <p>Declaration order is rank order within each kind: {@link #rank()} is 1 for I/a and for PPPK I. Ranks of the
 * two kinds are not comparable.
 */
public enum Golongan {

    /** 11 I/a Juru Muda. */
    I_A(11, "Juru Muda"),
    /** 12 I/b Juru Muda Tingkat I. */
    I_B(12, "Juru Muda Tingkat I"),
    /** 13 I/c Juru. */
    I_C(13, "Juru"),
    /** 14 I/d Juru Tingkat I. */
    I_D(14, "Juru Tingkat I"),
    /** 21 II/a Pengatur Muda. */
    II_A(21, "Pengatur Muda"),
    /** 22 II/b Pengatur Muda Tingkat I. */
    II_B(22, "Pengatur Muda Tingkat I"),
    /** 23 II/c Pengatur. */
    II_C(23, "Pengatur"),
    /** 24 II/d Pengatur Tingkat I. */
    II_D(24, "Pengatur Tingkat I"),
    /** 31 III/a Penata Muda. */
    III_A(31, "Penata Muda"),
    /** 32 III/b Penata Muda Tingkat I. */
    III_B(32, "Penata Muda Tingkat I"),
    /** 33 III/c Penata. */
    III_C(33, "Penata"),
    /** 34 III/d Penata Tingkat I. */
    III_D(34, "Penata Tingkat I"),
    /** 41 IV/a Pembina. */
    IV_A(41, "Pembina"),
    /** 42 IV/b Pembina Tingkat I. */
    IV_B(42, "Pembina Tingkat I"),
    /** 43 IV/c Pembina Utama Muda. */
    IV_C(43, "Pembina Utama Muda"),
    /** 44 IV/d Pembina Utama Madya. */
    IV_D(44, "Pembina Utama Madya"),
    /** 45 IV/e Pembina Utama. */
    IV_E(45, "Pembina Utama"),

    /** PPPK golongan I. */
    PPPK_I(1),
    /** PPPK golongan II. */
    PPPK_II(2),
    /** PPPK golongan III. */
    PPPK_III(3),
    /** PPPK golongan IV. */
    PPPK_IV(4),
    /** PPPK golongan V. */
    PPPK_V(5),
    /** PPPK golongan VI. */
    PPPK_VI(6),
    /** PPPK golongan VII. */
    PPPK_VII(7),
    /** PPPK golongan VIII. */
    PPPK_VIII(8),
    /** PPPK golongan IX. */
    PPPK_IX(9),
    /** PPPK golongan X. */
    PPPK_X(10),
    /** PPPK golongan XI. */
    PPPK_XI(11),
    /** PPPK golongan XII. */
    PPPK_XII(12),
    /** PPPK golongan XIII. */
    PPPK_XIII(13),
    /** PPPK golongan XIV. */
    PPPK_XIV(14),
    /** PPPK golongan XV. */
    PPPK_XV(15),
    /** PPPK golongan XVI. */
    PPPK_XVI(16),
    /** PPPK golongan XVII. */
    PPPK_XVII(17);

    /** Whose golongan scale a value belongs to. */
    public enum Kind {
        /** PNS and CPNS: golongan/ruang I/a–IV/e. */
        PNS,
        /** PPPK: golongan I–XVII. */
        PPPK
    }

    /** What names a PPPK golongan apart from the PNS group of the same numeral in a {@linkplain #breakdownKey breakdown}. */
    public static final String PPPK_KEY_PREFIX = "PPPK ";

    private static final Pattern PNS_CODE = Pattern.compile("(IV|III|II|I)([A-Z])");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s/.\\-]");
    /** {@link #values()}, which copies its array at each call. */
    private static final Golongan[] ALL = values();

    private final Kind kind;
    private final int siasnId;
    private final String code;
    private final String pangkat;
    private final GolonganGroup group;
    private final int rank;

    Golongan(int siasnId, String pangkat) {
        this.kind = Kind.PNS;
        this.siasnId = siasnId;
        this.group = GolonganGroup.values()[siasnId / 10 - 1];
        this.code = group.name() + "/" + (char) ('a' + siasnId % 10 - 1);
        this.pangkat = pangkat;
        this.rank = ordinal() + 1;
    }

    Golongan(int number) {
        this.kind = Kind.PPPK;
        this.siasnId = number;
        this.code = name().substring("PPPK_".length());
        this.pangkat = null;
        this.group = number <= 4 ? GolonganGroup.I
                : number <= 8 ? GolonganGroup.II
                : number <= 12 ? GolonganGroup.III
                : GolonganGroup.IV;
        this.rank = number;
    }

    /** @return PNS (golongan/ruang) or PPPK (roman numeral) */
    public Kind kind() {
        return kind;
    }

    /** @return the code as printed: "III/a" for PNS, "IX" for PPPK */
    public String code() {
        return code;
    }

    /** @return the SIASN id for PNS (e.g. 31); for PPPK the number of the numeral (e.g. 9), see the class note */
    public int siasnId() {
        return siasnId;
    }

    /** @return the pangkat (rank title) of a PNS golongan, e.g. "Penata Muda"; empty for PPPK */
    public Optional<String> pangkat() {
        return Optional.ofNullable(pangkat);
    }

    /** @return the golongan without ruang, I–IV, for reports; PPPK golongan in their seed bands */
    public GolonganGroup group() {
        return group;
    }

    /** @return the ruang letter a–e of a PNS golongan; empty for PPPK */
    public Optional<Character> ruang() {
        return kind == Kind.PNS ? Optional.of(code.charAt(code.length() - 1)) : Optional.empty();
    }

    /**
     * The key reports and forecasts break golongan down by: the PNS group without ruang ({@code III} for III/a–III/d, CPNS
     * included), or {@code PPPK} and the numeral ({@code PPPK III}). PPPK golongan I–IV share their numerals with the PNS
     * groups but not their rank or salary table, so one key for both would add up different people.
     */
    public String breakdownKey() {
        return breakdownKeyOf(code);
    }

    /** Every {@linkplain #breakdownKey breakdown key}: I–IV, then PPPK I–XVII. */
    public static List<String> breakdownKeys() {
        return Stream.concat(Arrays.stream(GolonganGroup.values()).map(Enum::name),
                Arrays.stream(ALL).filter(g -> g.kind == Kind.PPPK).map(Golongan::breakdownKey)).toList();
    }

    /** The {@linkplain #breakdownKey breakdown key} of a golongan's {@linkplain #code code}, as stored; {@code null} for {@code null}. */
    public static String breakdownKeyOf(String code) {
        if (code == null) {
            return null;
        }
        int slash = code.indexOf('/');
        return slash >= 0 ? code.substring(0, slash) : PPPK_KEY_PREFIX + code;
    }

    /** {@link #breakdownKeyOf} in PostgreSQL, over an expression holding a stored code; {@code NULL} for {@code NULL}. */
    public static String breakdownKeySql(String code) {
        return "CASE WHEN " + code + " LIKE '%/%' THEN split_part(" + code + ", '/', 1) ELSE '" + PPPK_KEY_PREFIX + "' || " + code + " END";
    }

    /** @return the position on its own kind's scale, 1 (I/a or PPPK I) to 17 (IV/e or PPPK XVII) */
    public int rank() {
        return rank;
    }

    /**
     * Reads a golongan from its SIASN id.
     *
     * @param kind whose scale the id is on
     * @param id   the id as exported, e.g. "31" (PNS III/a) or "9" (PPPK IX)
     * @throws InvalidReferenceException if the kind has no golongan with that id
     */
    public static Golongan fromSiasnId(Kind kind, String id) {
        return SiasnId.lookup(ALL, g -> g.kind == kind ? g.siasnId : -1, id,
                kind == Kind.PNS ? "PNS golongan" : "PPPK golongan");
    }

    /**
     * Reads a golongan from its code, tolerant of case and of the separator between golongan and ruang: "III/a",
     * "III/A", "IIIa", "III-a", "III a", "III.a" are all III/a. A bare numeral I–XVII is a PPPK golongan ("IX",
     * "ix"; note that "IV" is PPPK IV, not the PNS group).
     *
     * @throws InvalidReferenceException for anything else, e.g. "golongan III has no ruang e (III/a–III/d)"
     */
    public static Golongan parse(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidReferenceException(text, "golongan is empty");
        }
        String compact = SEPARATORS.matcher(text.strip().toUpperCase(Locale.ROOT)).replaceAll("");
        for (Golongan golongan : ALL) {
            if (golongan.kind == Kind.PPPK && golongan.code.equals(compact)) {
                return golongan;
            }
        }
        Matcher pns = PNS_CODE.matcher(compact);
        if (pns.matches()) {
            String code = pns.group(1) + "/" + pns.group(2).toLowerCase(Locale.ROOT);
            for (Golongan golongan : ALL) {
                if (golongan.code.equals(code)) {
                    return golongan;
                }
            }
            String group = pns.group(1);
            String lastRuang = group.equals("IV") ? "e" : "d";
            throw new InvalidReferenceException(text, "golongan " + group + " has no ruang "
                    + pns.group(2).toLowerCase(Locale.ROOT) + " (" + group + "/a–" + group + "/" + lastRuang + ")");
        }
        throw new InvalidReferenceException(text, "'" + text.strip()
                + "' is not a golongan: expected a PNS golongan/ruang such as III/a or a PPPK golongan I–XVII");
    }
}
