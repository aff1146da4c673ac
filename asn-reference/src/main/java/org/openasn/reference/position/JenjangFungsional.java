package org.openasn.reference.position;

import java.util.Locale;
import java.util.regex.Pattern;
import org.openasn.reference.InvalidReferenceException;
import org.openasn.reference.rank.Golongan;
import org.openasn.reference.rank.GolonganRange;

/**
 * Jenjang jabatan fungsional: the level of a functional position (JFT), in one of two categories. Keahlian
 * (expert) levels need a degree: ahli pertama, ahli muda, ahli madya, ahli utama. Keterampilan (skilled) levels
 * need a diploma or secondary school: pemula, terampil, mahir, penyelia. Each level has the range of PNS golongan
 * it is held at; the level also decides the retirement age (ahli madya 60, ahli utama 65, the others 58).
 */
public enum JenjangFungsional {

    /** Ahli pertama: first expert level, III/a–III/b. */
    AHLI_PERTAMA(Kategori.KEAHLIAN, "Ahli Pertama", Golongan.III_A, Golongan.III_B),
    /** Ahli muda: junior expert, III/c–III/d. */
    AHLI_MUDA(Kategori.KEAHLIAN, "Ahli Muda", Golongan.III_C, Golongan.III_D),
    /** Ahli madya: middle expert, IV/a–IV/c. */
    AHLI_MADYA(Kategori.KEAHLIAN, "Ahli Madya", Golongan.IV_A, Golongan.IV_C),
    /** Ahli utama: principal expert, IV/d–IV/e. */
    AHLI_UTAMA(Kategori.KEAHLIAN, "Ahli Utama", Golongan.IV_D, Golongan.IV_E),
    /** Pemula: entry skilled level, II/a only. */
    PEMULA(Kategori.KETERAMPILAN, "Pemula", Golongan.II_A, Golongan.II_A),
    /** Terampil: skilled, II/b–II/d. */
    TERAMPIL(Kategori.KETERAMPILAN, "Terampil", Golongan.II_B, Golongan.II_D),
    /** Mahir: proficient, III/a–III/b. */
    MAHIR(Kategori.KETERAMPILAN, "Mahir", Golongan.III_A, Golongan.III_B),
    /** Penyelia: supervising skilled level, III/c–III/d. */
    PENYELIA(Kategori.KETERAMPILAN, "Penyelia", Golongan.III_C, Golongan.III_D);

    /** The two categories of functional levels. */
    public enum Kategori {
        /** Keahlian: expert levels, held with a degree. */
        KEAHLIAN,
        /** Keterampilan: skilled levels, held with a diploma or secondary school. */
        KETERAMPILAN
    }

    private static final Pattern WORD_SEPARATORS = Pattern.compile("[\\s\\-_]+");
    /** {@link #values()}, which copies its array at each call. */
    private static final JenjangFungsional[] ALL = values();

    private final Kategori kategori;
    private final String label;
    private final GolonganRange rankRange;

    JenjangFungsional(Kategori kategori, String label, Golongan lowest, Golongan highest) {
        this.kategori = kategori;
        this.label = label;
        this.rankRange = new GolonganRange(lowest, highest);
    }

    /** @return keahlian or keterampilan */
    public Kategori kategori() {
        return kategori;
    }

    /** @return the name as SIASN writes it, e.g. "Ahli Pertama" */
    public String label() {
        return label;
    }

    /** @return the PNS golongan range of the level */
    public GolonganRange rankRange() {
        return rankRange;
    }

    /**
     * @param golongan the holder's PNS golongan
     * @return whether it lies in the level's range
     * @throws IllegalArgumentException for a PPPK golongan (see {@link GolonganRange#contains})
     */
    public boolean isWithinRange(Golongan golongan) {
        return rankRange.contains(golongan);
    }

    /**
     * Reads a level by name, ignoring case and the spacing or hyphens between words: "Ahli Pertama", "AHLI MUDA",
     * "ahli-madya", "Terampil", "PENYELIA". The expert levels may also be written without "Ahli", as seed 002's
     * tables do ("Pertama", "Muda", "Madya", "Utama"): no skilled level has those names.
     *
     * @throws InvalidReferenceException for any other name
     */
    public static JenjangFungsional parse(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidReferenceException(text, "jenjang fungsional is empty");
        }
        String words = WORD_SEPARATORS.matcher(text.strip().toUpperCase(Locale.ROOT)).replaceAll(" ");
        for (JenjangFungsional jenjang : ALL) {
            String label = jenjang.label.toUpperCase(Locale.ROOT);
            if (words.equals(label) || (jenjang.kategori == Kategori.KEAHLIAN && ("AHLI " + words).equals(label))) {
                return jenjang;
            }
        }
        throw new InvalidReferenceException(text, "'" + text.strip() + "' is not a jenjang fungsional: expected Ahli"
                + " Pertama, Ahli Muda, Ahli Madya, Ahli Utama, Pemula, Terampil, Mahir or Penyelia");
    }
}
