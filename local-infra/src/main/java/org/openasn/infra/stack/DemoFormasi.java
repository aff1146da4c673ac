package org.openasn.infra.stack;

import org.openasn.demo.CityDataset;
import org.openasn.demo.CityEmployee;
import org.openasn.demo.CityTargets;
import org.openasn.reference.position.Eselon;
import org.openasn.reference.position.JenisJabatan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The demo city's formasi of structural (eselon) posts, so that its Table 3.2 shows filled and vacant posts as
 * seed 000 does: one slot for each post an official holds, and the vacant posts of {@link CityTargets#ESELON_VACANT},
 * placed in the units that have posts of the same eselon (the first unit with structural posts when none has).
 */
final class DemoFormasi {

    /** A post to set up: the position (by its SIASN jabatan id), where, and how many may hold it. */
    record Post(String unorId, String jabatanId, String name, Eselon eselon, int slots) {
    }

    private DemoFormasi() {
    }

    static List<Post> of(CityDataset city) {
        Map<String, Post> filled = new LinkedHashMap<>();
        Map<Eselon, List<String>> unitsByEselon = new LinkedHashMap<>();
        for (CityEmployee e : city.employees()) {
            if (e.row().jenisJabatan != JenisJabatan.STRUKTURAL || e.row().eselon == null) {
                continue;
            }
            String unor = e.row().unorId.toString();
            String jabatanId = e.row().jabatanId.toString();
            filled.merge(unor + "|" + jabatanId, new Post(unor, jabatanId, e.row().jabatanNama.toString(), e.row().eselon, 1),
                    (a, b) -> new Post(a.unorId(), a.jabatanId(), a.name(), a.eselon(), a.slots() + 1));
            List<String> units = unitsByEselon.computeIfAbsent(e.row().eselon, k -> new ArrayList<>());
            if (!units.contains(unor)) {
                units.add(unor);
            }
        }
        List<Post> posts = new ArrayList<>(filled.values());
        String anyUnit = posts.isEmpty() ? null : posts.get(0).unorId();
        CityTargets.ESELON_VACANT.forEach((eselon, count) -> {
            List<String> units = unitsByEselon.getOrDefault(eselon, anyUnit == null ? List.of() : List.of(anyUnit));
            for (int i = 0; i < count && !units.isEmpty(); i++) {
                posts.add(new Post(units.get(i % units.size()), "DEMO-LOWONG-" + eselon.id() + "-" + (i + 1),
                        "Jabatan eselon " + eselon.code() + " lowong " + (i + 1), eselon, 1));
            }
        });
        return posts;
    }
}
