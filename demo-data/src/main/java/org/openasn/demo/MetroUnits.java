package org.openasn.demo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.openasn.reference.position.Eselon;
import org.openasn.reference.unit.JenisUnit;
import org.openasn.reference.unit.JenjangSekolah;

/**
 * The units and structural posts of the synthetic Kota Metro, read from {@code metro-units.tsv} and
 * {@code metro-structural-posts.tsv} beside this class (data, not code: see their header comments).
 */
public final class MetroUnits {

    /** The kind of unit, as Tables 3.12–3.14 group them, plus the three school levels. */
    public enum Group {
        SEKRETARIAT_DAERAH, SEKRETARIAT_DPRD, DINAS, INSPEKTORAT, BADAN, LEMBAGA, KECAMATAN, KELURAHAN,
        SEKOLAH_TK, SEKOLAH_SD, SEKOLAH_SMP;

        public boolean isSchool() {
            return this == SEKOLAH_TK || this == SEKOLAH_SD || this == SEKOLAH_SMP;
        }
    }

    /**
     * A unit: a row of Table 3.14 (PNS) and 3.23 (PPPK).
     *
     * @param index          position in the tables, from 0
     * @param name           the unit's name as the seed prints it (UNOR NAMA)
     * @param group          the table section it is listed under
     * @param induk          the Table 3.12 unit (or dinas) it belongs to (SATUAN KERJA INDUK NAMA)
     * @param pns            PNS and CPNS in the unit (Table 3.14)
     * @param pppk           PPPK in the unit (Table 3.23, or 1 assumed where the table leaves the unit out)
     * @param family         the functional positions its non-guru functional staff hold
     * @param nonGuruWeight  how strongly its non-structural staff lean to functional rather than pelaksana posts
     * @param kecamatan      the kecamatan code (01–05) of its area, used for addresses and NIK districts
     */
    public record Unit(int index, String name, Group group, String induk, int pns, int pppk, Catalog.Family family,
                       double nonGuruWeight, String kecamatan) {

        /**
         * The unit's type as Table 3.12 counts it: its group's, except that a unit of a dinas that is not the dinas itself
         * (the two RSUD of Dinas Kesehatan) is a UPTD, and schools are SEKOLAH.
         */
        public JenisUnit jenisUnit() {
            return switch (group) {
                case SEKRETARIAT_DAERAH -> JenisUnit.SEKRETARIAT_DAERAH;
                case SEKRETARIAT_DPRD -> JenisUnit.SEKRETARIAT_DPRD;
                case DINAS -> name.equals(induk) ? JenisUnit.DINAS : JenisUnit.UPTD;
                case INSPEKTORAT -> JenisUnit.INSPEKTORAT;
                case BADAN -> JenisUnit.BADAN;
                case LEMBAGA -> JenisUnit.LEMBAGA_LAIN;
                case KECAMATAN -> JenisUnit.KECAMATAN;
                case KELURAHAN -> JenisUnit.KELURAHAN;
                case SEKOLAH_TK, SEKOLAH_SD, SEKOLAH_SMP -> JenisUnit.SEKOLAH;
            };
        }

        /** A school's level; empty for other units. */
        public Optional<JenjangSekolah> jenjangSekolah() {
            return switch (group) {
                case SEKOLAH_TK -> Optional.of(JenjangSekolah.TK);
                case SEKOLAH_SD -> Optional.of(JenjangSekolah.SD);
                case SEKOLAH_SMP -> Optional.of(JenjangSekolah.SMP);
                default -> Optional.empty();
            };
        }
    }

    /** A filled structural post. */
    public record Post(Unit unit, String title, Eselon eselon) {
    }

    private static final List<Unit> UNITS = loadUnits();
    private static final List<Post> POSTS = loadPosts();

    private MetroUnits() {
    }

    /** @return the 143 units in the order of the seed's tables */
    public static List<Unit> units() {
        return UNITS;
    }

    /** @return the 391 filled structural posts */
    public static List<Post> posts() {
        return POSTS;
    }

    static Unit unit(String name) {
        for (Unit u : UNITS) {
            if (u.name().equals(name)) {
                return u;
            }
        }
        throw new IllegalArgumentException("no unit " + name);
    }

    private static List<Unit> loadUnits() {
        List<Unit> units = new ArrayList<>();
        for (String[] f : rows("metro-units.tsv")) {
            units.add(new Unit(units.size(), f[0], Group.valueOf(f[1]), f[2], Integer.parseInt(f[3]),
                    Integer.parseInt(f[4]), Catalog.Family.valueOf(f[5]), Double.parseDouble(f[6]), f[7]));
        }
        return Collections.unmodifiableList(units);
    }

    private static List<Post> loadPosts() {
        List<Post> posts = new ArrayList<>();
        for (String[] f : rows("metro-structural-posts.tsv")) {
            posts.add(new Post(unit(f[0]), f[1], Eselon.parse(f[2])));
        }
        return Collections.unmodifiableList(posts);
    }

    private static List<String[]> rows(String resource) {
        List<String[]> rows = new ArrayList<>();
        try (InputStream in = MetroUnits.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    rows.add(line.split("\t", -1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }
}
