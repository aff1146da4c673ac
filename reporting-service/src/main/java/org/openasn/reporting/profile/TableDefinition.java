package org.openasn.reporting.profile;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * One table of the profile as data: its number and Indonesian title as the agency prints them, whom and what it
 * counts, the dimensions of the read model it needs, and how it lays the counts out (sections, rows, columns).
 * {@code {bulan}}, {@code {BULAN}} and {@code {tahun}} in the title stand for the month's name and year.
 */
public final class TableDefinition {

    private final String number;
    private final String title;
    private final String source;
    private final String description;
    private final Measure measure;
    private final Population population;
    private final List<String> dimensions;
    private final Predicate<Count> filter;
    private final Axis sections;
    private final String rowHeader;
    private final Axis rows;
    private final Axis columns;
    private final String totalLabel;
    private final boolean percentages;
    private final boolean partition;
    private final boolean formasi;
    private final List<String> notes;

    private TableDefinition(Builder b) {
        this.number = b.number;
        this.title = b.title;
        this.source = b.source;
        this.description = b.description;
        this.measure = b.measure;
        this.population = b.population;
        this.dimensions = List.copyOf(b.dimensions);
        this.filter = b.filter;
        this.sections = b.sections;
        this.rowHeader = b.rowHeader;
        this.rows = b.rows;
        this.columns = b.columns;
        this.totalLabel = b.totalLabel;
        this.percentages = b.percentages;
        this.partition = b.measure == Measure.HEADCOUNT && b.filter == null;
        this.formasi = b.formasi;
        this.notes = List.copyOf(b.notes);
    }

    public static Builder table(String number, String title) {
        return new Builder(number, title);
    }

    public String number() {
        return number;
    }

    /** The title with its placeholders. */
    public String title() {
        return title;
    }

    public String source() {
        return source;
    }

    /** What the table counts, in English. */
    public String description() {
        return description;
    }

    public Measure measure() {
        return measure;
    }

    public Population population() {
        return population;
    }

    /** The read model's dimensions the counts must be grouped by (besides {@code kind}). */
    public List<String> dimensions() {
        return dimensions;
    }

    /** Which counts the table takes, beyond its population; {@code null} for all. */
    public Predicate<Count> filter() {
        return filter;
    }

    /** {@code null} when the table has no sections. */
    public Axis sections() {
        return sections;
    }

    public String rowHeader() {
        return rowHeader;
    }

    public Axis rows() {
        return rows;
    }

    /** {@code null} when the table has one column of counts. */
    public Axis columns() {
        return columns;
    }

    public String totalLabel() {
        return totalLabel;
    }

    public boolean percentages() {
        return percentages;
    }

    /** Whether the table splits its whole population, so that its grand total must equal the population's headcount. */
    public boolean partition() {
        return partition;
    }

    /**
     * Whether the table also counts eselon posts from the formasi: counts keyed {@code eselon} and {@code status}
     * {@value ProfileCatalogue#VACANT} (slots not filled) or {@value ProfileCatalogue#PREPARED} (being prepared).
     */
    public boolean formasi() {
        return formasi;
    }

    public List<String> notes() {
        return notes;
    }

    /** Builds a definition; every table needs a source, a description, a measure, a population and rows. */
    public static final class Builder {
        private final String number;
        private final String title;
        private String source = ProfileCatalogue.SEED_000;
        private String description;
        private Measure measure = Measure.HEADCOUNT;
        private Population population = Population.PNS;
        private final List<String> dimensions = new ArrayList<>();
        private Predicate<Count> filter;
        private Axis sections;
        private String rowHeader = "URAIAN";
        private Axis rows;
        private Axis columns;
        private String totalLabel = "JUMLAH";
        private boolean percentages;
        private boolean formasi;
        private final List<String> notes = new ArrayList<>();

        private Builder(String number, String title) {
            this.number = number;
            this.title = title;
        }

        public Builder source(String source) {
            this.source = source;
            return this;
        }

        public Builder description(String description) {
            this.description = description;
            return this;
        }

        public Builder measure(Measure measure) {
            this.measure = measure;
            return this;
        }

        public Builder population(Population population) {
            this.population = population;
            return this;
        }

        public Builder dimensions(String... names) {
            dimensions.addAll(List.of(names));
            return this;
        }

        public Builder filter(Predicate<Count> filter) {
            this.filter = filter;
            return this;
        }

        public Builder sections(Axis sections) {
            this.sections = sections;
            return this;
        }

        public Builder rows(String header, Axis rows) {
            this.rowHeader = header;
            this.rows = rows;
            return this;
        }

        public Builder columns(Axis columns) {
            this.columns = columns;
            return this;
        }

        public Builder totalLabel(String totalLabel) {
            this.totalLabel = totalLabel;
            return this;
        }

        public Builder percentages() {
            this.percentages = true;
            return this;
        }

        public Builder withFormasi() {
            this.formasi = true;
            return this;
        }

        public Builder note(String note) {
            notes.add(note);
            return this;
        }

        public TableDefinition build() {
            if (description == null || rows == null) {
                throw new IllegalStateException("table " + number + " needs a description and rows");
            }
            return new TableDefinition(this);
        }
    }
}
