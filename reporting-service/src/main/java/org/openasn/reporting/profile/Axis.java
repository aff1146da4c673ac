package org.openasn.reporting.profile;

import java.util.List;
import java.util.function.Function;

/**
 * How a table splits its counts along one direction (rows, columns or sections): a classifier from a count to a bin
 * key, and the bins in print order. A count whose key is not among the bins (or is {@code null}: the value was not
 * recorded) goes to an extra bin {@value #UNRECORDED}, printed when not empty, so that nobody is ever left out.
 */
public final class Axis {

    /** Label of the bin of counts that fit no other bin. */
    public static final String UNRECORDED = "TIDAK TERCATAT";
    /** Key of that bin. */
    public static final String UNRECORDED_KEY = "(unrecorded)";

    private final String name;
    private final Function<Count, String> classifier;
    private final Function<String, List<Bin>> binsBySection;
    private final boolean dynamic;

    private Axis(String name, Function<Count, String> classifier, Function<String, List<Bin>> binsBySection, boolean dynamic) {
        this.name = name;
        this.classifier = classifier;
        this.binsBySection = binsBySection;
        this.dynamic = dynamic;
    }

    /** The same bins in every section. */
    public static Axis of(String name, List<Bin> bins, Function<Count, String> classifier) {
        return new Axis(name, classifier, section -> bins, false);
    }

    /** Bins that depend on the section (e.g. the ruang within each functional jenjang's range). */
    public static Axis perSection(String name, Function<String, List<Bin>> bins, Function<Count, String> classifier) {
        return new Axis(name, classifier, bins, false);
    }

    /** Bins known only when the table is built (e.g. the agency's units). */
    public static Axis dynamic(String name, Function<Count, String> classifier) {
        return new Axis(name, classifier, section -> List.of(), true);
    }

    public String name() {
        return name;
    }

    public boolean isDynamic() {
        return dynamic;
    }

    /** The bin key of a count, {@code null} when the value it depends on was not recorded. */
    public String keyOf(Count count) {
        return classifier.apply(count);
    }

    /** The fixed bins (of a section, for bins that depend on it; {@code ""} when the table has no sections). */
    public List<Bin> bins(String sectionKey) {
        return binsBySection.apply(sectionKey);
    }
}
