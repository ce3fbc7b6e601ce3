package vn.ocop.area;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Where the units of a registry come from: the source tables, when and by what the data file was generated, what
 * the generating tool normalised or corrected, and where the sources disagree.
 *
 * <pre>{@code
 * UnitsProvenance p = AdministrativeUnitRegistry.bundled().provenance();
 * p.sources().get(0).asOf();    // 2025-01-04, the National Statistics Office's list of units
 * p.doubts().forEach(System.out::println);
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param title what the data is, not null
 * @param generated the day the data file was generated, not null
 * @param generator the program that generated it, not null
 * @param sources the source tables, not null, not empty
 * @param fixes what the generator normalised or corrected, with counts, not null
 * @param doubts where the sources disagree or are silent, and what the data does about it, not null
 */
public record UnitsProvenance(String title, LocalDate generated, String generator, List<Source> sources,
        List<String> fixes, List<String> doubts) {
    /**
     * Checks and copies the components.
     *
     * @param title what the data is, not null
     * @param generated the day the data file was generated, not null
     * @param generator the program that generated it, not null
     * @param sources the source tables, not null
     * @param fixes what the generator normalised or corrected, not null
     * @param doubts where the sources disagree or are silent, not null
     */
    public UnitsProvenance {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(generated, "generated");
        Objects.requireNonNull(generator, "generator");
        sources = List.copyOf(sources);
        fixes = List.copyOf(fixes);
        doubts = List.copyOf(doubts);
    }

    /**
     * One source table.
     *
     * @param id short id the units refer to ({@link AdministrativeUnit#listedIn()}), not null
     * @param title title and publisher, not null
     * @param asOf the date the table describes, not null
     * @param file the file name the generator read, not null
     * @param sha256 the SHA-256 of that file, hexadecimal, not null
     * @param rows its number of data rows, at least 0
     */
    public record Source(String id, String title, LocalDate asOf, String file, String sha256, int rows) {
        /**
         * Checks the components.
         *
         * @param id short id the units refer to, not null
         * @param title title and publisher, not null
         * @param asOf the date the table describes, not null
         * @param file the file name the generator read, not null
         * @param sha256 the SHA-256 of that file, not null
         * @param rows its number of data rows, at least 0
         * @throws IllegalArgumentException if {@code rows} is negative
         */
        public Source {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(asOf, "asOf");
            Objects.requireNonNull(file, "file");
            Objects.requireNonNull(sha256, "sha256");
            if (rows < 0) {
                throw new IllegalArgumentException("rows must be at least 0: " + rows);
            }
        }
    }
}
