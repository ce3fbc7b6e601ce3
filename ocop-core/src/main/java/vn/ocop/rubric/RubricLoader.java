package vn.ocop.rubric;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import vn.ocop.Problem;
import vn.ocop.internal.Binder;
import vn.ocop.internal.JsonErrors;
import vn.ocop.internal.JsonTree;

/**
 * Loads rubric editions from JSON: the editions bundled in {@code ocop-rubric-data} (from the class path, no
 * network and no file paths), or a user-supplied edition folder or set file (e.g. a province testing a draft
 * rubric).
 *
 * <p>Loading checks everything and reports <b>all</b> problems at once in a {@link RubricValidationException}:
 * malformed JSON, unknown or duplicate keys, options above their criterion's maximum, criteria that do not sum
 * to their group, groups to their part, parts to 100, duplicate codes, bands with gaps or overlaps, a star marker
 * of a higher class below one of a lower class, and editions whose dates overlap.
 *
 * <pre>{@code
 * List<Edition> editions = RubricLoader.loadBundled();
 * Edition draft = RubricLoader.loadEdition(Path.of("my-draft-edition"));
 * }</pre>
 *
 * <p>Stateless and thread-safe.
 */
public final class RubricLoader {
    /** Class-path folder of the bundled editions. */
    public static final String BUNDLED_ROOT = "ocop-rubric/";

    private static final Set<String> INDEX_KEYS = Set.of("editions");
    private static final String FILE_NOT_FOUND = "loading:file.notFound";

    private RubricLoader() {
    }

    /** Opens a named resource of one edition (its edition.json or a set file). */
    @FunctionalInterface
    public interface ResourceOpener {
        /**
         * @param name file name relative to the edition, e.g. "set-01.json"
         * @return the stream, or null if there is no such resource
         * @throws IOException on a read failure
         */
        InputStream open(String name) throws IOException;
    }

    /**
     * Loads every edition bundled in {@code ocop-rubric-data} from the class path.
     *
     * @return the editions, in the order of the bundled index
     * @throws RubricValidationException if the bundled data is missing or broken
     */
    public static List<Edition> loadBundled() {
        ClassLoader cl = RubricLoader.class.getClassLoader();
        List<Problem> problems = new ArrayList<>();
        String indexName = BUNDLED_ROOT + "index.json";
        JsonNode index = read(name -> cl.getResourceAsStream(name), indexName, indexName, problems);
        if (index == null && problems.size() == 1 && FILE_NOT_FOUND.equals(problems.get(0).key())) {
            throw new RubricValidationException(List.of(Problem.of(indexName, "$", "loading:catalog.noBundledIndex")));
        }
        List<Edition> editions = new ArrayList<>();
        if (index != null) {
            Binder b = new Binder(indexName, problems);
            Binder.Obj o = b.obj(index, "$", INDEX_KEYS);
            if (o != null) {
                for (String id : o.strings("editions")) {
                    String base = BUNDLED_ROOT + id + "/";
                    Edition e = loadEdition(base, name -> cl.getResourceAsStream(base + name), problems);
                    if (e != null) {
                        editions.add(e);
                    }
                }
            }
        }
        checkEditions(editions, indexName, problems);
        if (!problems.isEmpty()) {
            throw new RubricValidationException(problems);
        }
        return List.copyOf(editions);
    }

    /**
     * Loads one edition from a folder holding {@code edition.json} and its set files.
     *
     * @param folder the folder, not null
     * @return the edition
     * @throws RubricValidationException listing every problem
     */
    public static Edition loadEdition(Path folder) {
        List<Problem> problems = new ArrayList<>();
        Edition e = loadEdition(folder.toString() + "/", name -> {
            Path p = folder.resolve(name);
            return Files.isRegularFile(p) ? Files.newInputStream(p) : null;
        }, problems);
        if (!problems.isEmpty()) {
            throw new RubricValidationException(problems);
        }
        return e;
    }

    /**
     * Loads one edition through a resource opener (e.g. files in a zip, or a database).
     *
     * @param sourcePrefix prefix naming the edition's location in problems, e.g. "drafts/QD-X/"
     * @param opener opens edition.json and the set files
     * @return the edition
     * @throws RubricValidationException listing every problem
     */
    public static Edition loadEdition(String sourcePrefix, ResourceOpener opener) {
        List<Problem> problems = new ArrayList<>();
        Edition e = loadEdition(sourcePrefix, opener, problems);
        if (!problems.isEmpty()) {
            throw new RubricValidationException(problems);
        }
        return e;
    }

    /**
     * Loads a single set file against an existing edition (its parts, taxonomy and id), e.g. a province's draft
     * of one set.
     *
     * @param in the JSON, not null; not closed
     * @param sourceName name of the source for problems
     * @param edition the edition the set belongs to, not null
     * @return the set
     * @throws RubricValidationException listing every problem
     */
    public static RubricSet loadSet(InputStream in, String sourceName, Edition edition) {
        List<Problem> problems = new ArrayList<>();
        JsonNode root = JsonTree.read(in, sourceName, problems);
        RubricSet s = root == null ? null : SetReader.read(new Binder(sourceName, problems), root, edition.id(),
                edition.parts(), edition.taxonomy());
        if (!problems.isEmpty()) {
            throw new RubricValidationException(problems);
        }
        return s;
    }

    /**
     * Checks that editions can live in one catalog: unique ids and no overlap of the periods in which they govern
     * new dossiers.
     *
     * @param editions the editions
     * @param source name for problems
     * @param problems receives problems
     */
    static void checkEditions(List<Edition> editions, String source, List<Problem> problems) {
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < editions.size(); i++) {
            Edition a = editions.get(i);
            if (!ids.add(a.id())) {
                problems.add(Problem.of(source, "$.editions[" + i + "]", "loading:catalog.duplicateEdition", a.id()));
            }
            for (int j = 0; j < i; j++) {
                Edition b = editions.get(j);
                if (a.inForce().overlaps(b.inForce())) {
                    problems.add(Problem.of(source, "$.editions[" + i + "]", "loading:catalog.overlap", a.id(),
                            a.inForce().toString(), b.id(), b.inForce().toString()));
                }
            }
        }
        for (int i = 0; i < editions.size(); i++) {
            checkTransition(editions.get(i), editions, source, "$.editions[" + i + "]", problems);
        }
    }

    /**
     * A transition names an edition of the catalog that ends the day this one starts, and its periods for pending
     * dossiers end while that edition still applies (its {@code transitionUntil}).
     */
    private static void checkTransition(Edition e, List<Edition> editions, String source, String path,
            List<Problem> problems) {
        ProcessTerms.Transition t = e.process().flatMap(ProcessTerms::transition).orElse(null);
        if (t == null) {
            return;
        }
        String at = e.id() + ": process.transition";
        Edition previous = editions.stream().filter(x -> x.id().equals(t.previousEdition())).findFirst().orElse(null);
        if (previous == null) {
            problems.add(new Problem(source, path, at + ".previousEdition names " + t.previousEdition()
                    + ", which is not in the catalog"));
            return;
        }
        if (!e.inForce().from().equals(previous.inForce().until())) {
            problems.add(new Problem(source, path, at + ": " + previous.id() + " is in force " + previous.inForce()
                    + ", so it does not end on " + e.id() + "'s first day " + e.inForce().from()));
            return;
        }
        LocalDate applies = previous.appliesUntil();
        for (ProcessTerms.Term days : List.of(t.firstOrUpgrade(), t.reEvaluation())) {
            LocalDate last = e.inForce().from().plusDays(days.value());
            if (applies == null || !last.isBefore(applies)) {
                problems.add(new Problem(source, path, at + ": pending dossiers may finish until " + last + " ("
                        + days.value() + " days, " + days.citation() + ") but " + previous.id() + " applies only "
                        + (applies == null ? "until " + previous.inForce().until() + " (no transitionUntil)"
                                : "until before " + applies)));
            }
        }
    }

    private static Edition loadEdition(String prefix, ResourceOpener opener, List<Problem> problems) {
        String source = prefix + "edition.json";
        JsonNode root = read(opener, "edition.json", source, problems);
        EditionReader edition = root == null ? null : EditionReader.open(new Binder(source, problems), root);
        if (edition == null) {
            return null;
        }
        int before = problems.size();
        edition.read();
        // sets are checked against the edition's parts and taxonomy: only when the edition itself is sound
        boolean editionOk = problems.size() == before && edition.id() != null;
        List<RubricSet> sets = loadSets(prefix, opener, edition, editionOk, problems);
        if (problems.size() != before || !edition.complete()) {
            return null;
        }
        return edition.build(sets);
    }

    private static List<RubricSet> loadSets(String prefix, ResourceOpener opener, EditionReader edition,
            boolean editionOk, List<Problem> problems) {
        List<RubricSet> sets = new ArrayList<>();
        Set<Integer> numbers = new HashSet<>();
        List<String> setFiles = edition.setFiles();
        for (int i = 0; i < setFiles.size(); i++) {
            String file = setFiles.get(i);
            String setSource = prefix + file;
            JsonNode setRoot = read(opener, file, setSource, problems);
            if (setRoot == null || !editionOk) {
                continue;
            }
            RubricSet s = SetReader.read(new Binder(setSource, problems), setRoot, edition.id(), edition.parts(),
                    edition.taxonomy());
            if (s != null) {
                if (!numbers.add(s.number())) {
                    edition.setProblem(i, "catalog.secondSetFile", s.number());
                }
                sets.add(s);
            }
        }
        return sets;
    }

    private static JsonNode read(ResourceOpener opener, String name, String source, List<Problem> problems) {
        try (InputStream in = opener.open(name)) {
            if (in == null) {
                problems.add(Problem.of(source, "$", FILE_NOT_FOUND));
                return null;
            }
            return JsonTree.read(in, source, problems);
        } catch (IOException e) {
            problems.add(JsonErrors.problem(e, source));
            return null;
        }
    }
}
