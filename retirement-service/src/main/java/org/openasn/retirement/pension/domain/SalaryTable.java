package org.openasn.retirement.pension.domain;

import org.openasn.reference.rank.Golongan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;

/**
 * One version of the gaji pokok (basic salary) table of PNS, such as the annex of PP 5/2024: the gaji pokok of each
 * golongan/ruang at each listed masa kerja golongan (MKG, whole years). Between two listed steps the lower one
 * applies (PP 5/2024 lists I/a at even MKG: MKG 5 is paid the MKG 4 step); past the last step the last one applies.
 * A new salary regulation is a new version with its effective date and legal basis. Cannot exist empty, with a PPPK
 * golongan, a duplicate step, an MKG outside {@value #MIN_MKG}–{@value #MAX_MKG} or an amount that is not positive.
 */
public final class SalaryTable {

    /** The lowest MKG a step may have. */
    public static final int MIN_MKG = 0;
    /** The highest MKG a step may have. */
    public static final int MAX_MKG = 40;

    /** One listed step. */
    public record Entry(Golongan golongan, int mkg, long gajiPokok) {
    }

    /**
     * The gaji pokok found for a golongan and MKG.
     *
     * @param mkgAsked        the MKG asked about
     * @param mkgUsed         the MKG of the step that applies
     * @param belowFirstStep  {@code true} when the MKG asked is below the golongan's first listed step (II/b starts at
     *                        MKG 3): the table has no value for it, and the first step is only an approximation
     */
    public record Lookup(Golongan golongan, int mkgAsked, int mkgUsed, long gajiPokok, boolean belowFirstStep) {
    }

    private final UUID id;
    private final LocalDate effectiveFrom;
    private final String legalBasis;
    private final String source;
    private final Map<Golongan, NavigableMap<Integer, Long>> steps;
    private final long lowest;

    private SalaryTable(UUID id, LocalDate effectiveFrom, String legalBasis, String source, Map<Golongan, NavigableMap<Integer, Long>> steps) {
        this.id = id;
        this.effectiveFrom = effectiveFrom;
        this.legalBasis = legalBasis;
        this.source = source;
        this.steps = steps;
        this.lowest = steps.values().stream().flatMap(s -> s.values().stream()).mapToLong(Long::longValue).min().orElseThrow();
    }

    /**
     * A table version from its steps.
     *
     * @throws IllegalArgumentException listing every problem of the steps (see {@link #problems(List)})
     */
    public static SalaryTable of(UUID id, LocalDate effectiveFrom, String legalBasis, String source, List<Entry> entries) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(effectiveFrom, "effectiveFrom");
        if (legalBasis == null || legalBasis.isBlank() || source == null || source.isBlank()) {
            throw new IllegalArgumentException("a salary table needs its legal basis and source");
        }
        List<String> problems = problems(entries);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("invalid salary table effective " + effectiveFrom + ": " + String.join("; ", problems));
        }
        Map<Golongan, NavigableMap<Integer, Long>> steps = new EnumMap<>(Golongan.class);
        for (Entry e : entries) {
            steps.computeIfAbsent(e.golongan(), g -> new TreeMap<>()).put(e.mkg(), e.gajiPokok());
        }
        steps.replaceAll((g, s) -> Collections.unmodifiableNavigableMap(s));
        return new SalaryTable(id, effectiveFrom, legalBasis, source, Collections.unmodifiableMap(steps));
    }

    /** What is wrong with a list of steps; empty when it can be a table. */
    public static List<String> problems(List<Entry> entries) {
        List<String> problems = new ArrayList<>();
        if (entries == null || entries.isEmpty()) {
            problems.add("a salary table needs at least one step");
            return problems;
        }
        Map<Golongan, java.util.Set<Integer>> seen = new EnumMap<>(Golongan.class);
        for (Entry e : entries) {
            if (e.golongan() == null || e.golongan().kind() != Golongan.Kind.PNS) {
                problems.add("step " + e + ": the table is for PNS golongan I/a–IV/e");
                continue;
            }
            if (e.mkg() < MIN_MKG || e.mkg() > MAX_MKG) {
                problems.add(e.golongan().code() + " MKG " + e.mkg() + " is outside " + MIN_MKG + "–" + MAX_MKG);
            }
            if (e.gajiPokok() <= 0) {
                problems.add(e.golongan().code() + " MKG " + e.mkg() + ": gaji pokok must be positive");
            }
            if (!seen.computeIfAbsent(e.golongan(), g -> new java.util.HashSet<>()).add(e.mkg())) {
                problems.add(e.golongan().code() + " MKG " + e.mkg() + " is listed twice");
            }
        }
        return problems;
    }

    /**
     * The gaji pokok of a golongan at an MKG: the step at the highest listed MKG not above it; when the MKG is below
     * the first listed step, that first step flagged {@link Lookup#belowFirstStep()}. Empty when the table has no
     * step at all for the golongan (or it is a PPPK golongan).
     */
    public Optional<Lookup> gajiPokok(Golongan golongan, int mkg) {
        NavigableMap<Integer, Long> ofGolongan = steps.get(Objects.requireNonNull(golongan, "golongan"));
        if (ofGolongan == null) {
            return Optional.empty();
        }
        Map.Entry<Integer, Long> step = ofGolongan.floorEntry(mkg);
        if (step == null) {
            Map.Entry<Integer, Long> first = ofGolongan.firstEntry();
            return Optional.of(new Lookup(golongan, mkg, first.getKey(), first.getValue(), true));
        }
        return Optional.of(new Lookup(golongan, mkg, step.getKey(), step.getValue(), false));
    }

    /** The lowest gaji pokok of the whole table (I/a at MKG 0 in PP 5/2024: Rp 1,685,700). */
    public long lowestGajiPokok() {
        return lowest;
    }

    /** Every step, by golongan then MKG. */
    public List<Entry> entries() {
        List<Entry> entries = new ArrayList<>();
        steps.forEach((g, s) -> s.forEach((mkg, amount) -> entries.add(new Entry(g, mkg, amount))));
        return entries;
    }

    public UUID id() {
        return id;
    }

    public LocalDate effectiveFrom() {
        return effectiveFrom;
    }

    public String legalBasis() {
        return legalBasis;
    }

    public String source() {
        return source;
    }
}
