package org.openasn.personnel.siasn;

import java.util.List;
import org.openasn.reference.position.BupCategory;
import org.openasn.reference.position.JenisJabatan;
import org.openasn.reference.position.JenjangFungsional;
import org.openasn.reference.position.PositionGroup;

/**
 * What a position's name (JABATAN NAMA) says when the export has no column for it: the functional level, whether
 * it is a teacher's or a health worker's position, and the positions whose BUP no code tells (lecturers,
 * professors, main-level researchers and engineers). These are heuristics over the names SIASN uses; each rule is
 * listed here and tested, and an explicit column (JENJANG JABATAN, KELOMPOK JABATAN) always wins over them.
 *
 * <p>Names are compared as words: upper-cased, every character that is not a letter or digit is a space. "Guru
 * Ahli Muda", "GURU-AHLI MUDA" and "Guru Ahli Muda, SDN 3" all read as the words GURU AHLI MUDA.
 */
final class JabatanText {

    /**
     * Health functional positions (jabatan fungsional kesehatan, KemenPAN-RB), matched at the start of the name
     * so that structural posts ("Kepala Dinas Kesehatan") do not count. A longer entry needs no shorter one
     * (DOKTER covers DOKTER GIGI and DOKTER PENDIDIK KLINIS; PERAWAT covers PERAWAT GIGI).
     */
    static final List<String> HEALTH_PREFIXES = List.of(
            "DOKTER", "PERAWAT", "BIDAN", "APOTEKER", "ASISTEN APOTEKER", "NUTRISIONIS", "SANITARIAN",
            "TENAGA SANITASI LINGKUNGAN", "RADIOGRAFER", "FISIOTERAPIS", "OKUPASI TERAPIS", "TERAPIS WICARA",
            "TERAPIS GIGI DAN MULUT", "AKUPUNKTUR TERAPIS", "PEREKAM MEDIS", "PRANATA LABORATORIUM KESEHATAN",
            "ELEKTROMEDIS", "TEKNISI ELEKTROMEDIS", "TEKNISI GIGI", "TEKNISI TRANSFUSI DARAH", "FISIKAWAN MEDIK",
            "PENATA ANESTESI", "ASISTEN PENATA ANESTESI", "PSIKOLOG KLINIS", "REFRAKSIONIS OPTISIEN",
            "ORTOTIS PROSTETIS", "EPIDEMIOLOG KESEHATAN", "ENTOMOLOG KESEHATAN", "PENYULUH KESEHATAN MASYARAKAT",
            "ADMINISTRATOR KESEHATAN", "PEMBIMBING KESEHATAN KERJA", "TENAGA KESEHATAN");

    private JabatanText() {
    }

    /** @return the name as space-separated upper-case words, with a space before and after: " GURU AHLI MUDA " */
    static String words(String text) {
        if (text == null) {
            return " ";
        }
        StringBuilder out = new StringBuilder(text.length() + 2).append(' ');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                out.append(Character.toUpperCase(c));
            } else if (out.charAt(out.length() - 1) != ' ') {
                out.append(' ');
            }
        }
        if (out.charAt(out.length() - 1) != ' ') {
            out.append(' ');
        }
        return out.toString();
    }

    /** Whether the words start with the phrase as whole words; {@code words} comes from {@link #words}. */
    private static boolean startsWith(String words, String phrase) {
        return isPhraseAt(words, phrase, 1);
    }

    /** Whether the words hold the phrase as whole words, without allocating; {@code words} from {@link #words}. */
    private static boolean has(String words, String phrase) {
        for (int at = words.indexOf(phrase, 1); at >= 0; at = words.indexOf(phrase, at + 1)) {
            if (isPhraseAt(words, phrase, at)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isPhraseAt(String words, String phrase, int at) {
        int end = at + phrase.length();
        return end < words.length() && words.charAt(at - 1) == ' ' && words.charAt(end) == ' '
                && words.startsWith(phrase, at);
    }

    /**
     * Reads the functional level from a position name, in this order:
     * <ol>
     *   <li>"Ahli Pertama", "Ahli Muda", "Ahli Madya", "Ahli Utama" anywhere ("Guru Ahli Muda");</li>
     *   <li>lecturer titles: "Asisten Ahli" → ahli pertama, "Lektor Kepala" → ahli madya, "Lektor" → ahli muda,
     *       "Profesor" or a name starting "Guru Besar" → ahli utama;</li>
     *   <li>the pre-2019 skilled titles "Pelaksana Pemula" → pemula, "Pelaksana Lanjutan" → mahir;</li>
     *   <li>"Pemula", "Terampil", "Mahir", "Penyelia" anywhere ("Pranata Komputer Terampil");</li>
     *   <li>the pre-2019 titles by their last word: "Pertama", "Muda", "Madya", "Utama" → the expert level
     *       ("Guru Madya", "Dokter Muda"), "Pelaksana" → terampil ("Perawat Pelaksana").</li>
     * </ol>
     *
     * @return the level, or {@code null} when the name names none
     */
    static JenjangFungsional jenjangFromName(String name) {
        String words = words(name);
        if (has(words, "AHLI PERTAMA")) {
            return JenjangFungsional.AHLI_PERTAMA;
        }
        if (has(words, "AHLI MUDA")) {
            return JenjangFungsional.AHLI_MUDA;
        }
        if (has(words, "AHLI MADYA")) {
            return JenjangFungsional.AHLI_MADYA;
        }
        if (has(words, "AHLI UTAMA")) {
            return JenjangFungsional.AHLI_UTAMA;
        }
        if (has(words, "ASISTEN AHLI")) {
            return JenjangFungsional.AHLI_PERTAMA;
        }
        if (has(words, "LEKTOR KEPALA")) {
            return JenjangFungsional.AHLI_MADYA;
        }
        if (has(words, "LEKTOR")) {
            return JenjangFungsional.AHLI_MUDA;
        }
        if (has(words, "PROFESOR") || startsWith(words, "GURU BESAR")) {
            return JenjangFungsional.AHLI_UTAMA;
        }
        if (has(words, "PELAKSANA PEMULA") || has(words, "PEMULA")) {
            return JenjangFungsional.PEMULA;
        }
        if (has(words, "PELAKSANA LANJUTAN") || has(words, "MAHIR")) {
            return JenjangFungsional.MAHIR;
        }
        if (has(words, "TERAMPIL")) {
            return JenjangFungsional.TERAMPIL;
        }
        if (has(words, "PENYELIA")) {
            return JenjangFungsional.PENYELIA;
        }
        String last = lastWord(words);
        return switch (last) {
            case "PERTAMA" -> JenjangFungsional.AHLI_PERTAMA;
            case "MUDA" -> JenjangFungsional.AHLI_MUDA;
            case "MADYA" -> JenjangFungsional.AHLI_MADYA;
            case "UTAMA" -> JenjangFungsional.AHLI_UTAMA;
            case "PELAKSANA" -> JenjangFungsional.TERAMPIL;
            default -> null;
        };
    }

    private static String lastWord(String words) {
        int end = words.length() - 1; // the trailing space
        int start = words.lastIndexOf(' ', end - 1);
        return end <= start ? "" : words.substring(start + 1, end);
    }

    /**
     * The position group, in this order:
     * <ol>
     *   <li>KELOMPOK JABATAN, when the file has it: "Lainnya" → lainnya; a value with the word GURU (but not
     *       "Guru Besar", nor with the word NON, as in "Non Guru") → guru; with the word KESEHATAN → kesehatan;
     *       anything else falls through to the name;</li>
     *   <li>a name starting with the word "Guru", except "Guru Besar" (a professor) → guru;</li>
     *   <li>a name starting with a {@linkplain #HEALTH_PREFIXES health position}, or holding "Tenaga Kesehatan" →
     *       kesehatan; for a fungsional tertentu also any name with the word "Kesehatan" ("Penyuluh Kesehatan
     *       Masyarakat");</li>
     *   <li>otherwise lainnya.</li>
     * </ol>
     */
    static PositionGroup group(String name, String kelompok, JenisJabatan jenis) {
        if (kelompok != null) {
            String group = words(kelompok);
            if (group.equals(" LAINNYA ")) {
                return PositionGroup.LAINNYA;
            }
            if (has(group, "GURU") && !has(group, "GURU BESAR") && !has(group, "NON")) {
                return PositionGroup.GURU;
            }
            if (has(group, "KESEHATAN")) {
                return PositionGroup.KESEHATAN;
            }
        }
        String words = words(name);
        if (startsWith(words, "GURU") && !startsWith(words, "GURU BESAR")) {
            return PositionGroup.GURU;
        }
        for (String prefix : HEALTH_PREFIXES) {
            if (startsWith(words, prefix)) {
                return PositionGroup.KESEHATAN;
            }
        }
        if (has(words, "TENAGA KESEHATAN")
                || (jenis == JenisJabatan.FUNGSIONAL_TERTENTU && has(words, "KESEHATAN"))) {
            return PositionGroup.KESEHATAN;
        }
        return PositionGroup.LAINNYA;
    }

    /**
     * The BUP categories that codes cannot tell ({@link BupCategory#derive} leaves them to the position record):
     * a name starting "Dosen", "Asisten Ahli" or "Lektor" → lecturer (65); "Guru Besar" or "Profesor" → professor
     * (70); "Peneliti" or "Perekayasa" at ahli utama → researcher/engineer main (70).
     *
     * @return the category, or {@code null} when the name is none of these
     */
    static BupCategory specialBup(String name, JenjangFungsional jenjang) {
        String words = words(name);
        if (startsWith(words, "GURU BESAR") || startsWith(words, "PROFESOR")) {
            return BupCategory.PROFESSOR;
        }
        if (startsWith(words, "DOSEN") || startsWith(words, "ASISTEN AHLI") || startsWith(words, "LEKTOR")) {
            return BupCategory.LECTURER;
        }
        if ((startsWith(words, "PENELITI") || startsWith(words, "PEREKAYASA"))
                && jenjang == JenjangFungsional.AHLI_UTAMA) {
            return BupCategory.RESEARCHER_ENGINEER_MAIN;
        }
        return null;
    }
}
