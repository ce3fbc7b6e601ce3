package vn.ocop.examples;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.time.LocalDate;
import vn.ocop.OcopJson;
import vn.ocop.rubric.Edition;
import vn.ocop.rubric.RubricCatalog;
import vn.ocop.scoring.Classification;
import vn.ocop.scoring.Council;
import vn.ocop.scoring.CouncilResult;
import vn.ocop.scoring.Evaluator;
import vn.ocop.scoring.MemberTotal;

/**
 * The README's demo: a provincial council of five members scores a fresh-vegetable product against rubric set 1
 * of Decision 26/2026/QĐ-TTg; the program prints each member's total, the exact mean, the star class, the
 * recognising authority and the explanation (points per criterion with citations, failed minimums, what is missing
 * for the next star).
 *
 * <p>Run: {@code mvn -q -B -DskipTests package exec:java -pl examples -am}
 */
public final class CouncilDemo {
    private CouncilDemo() {
    }

    /**
     * @param args optional: path of a council JSON file (default: the bundled sample)
     * @throws Exception on a read failure
     */
    public static void main(String[] args) throws Exception {
        RubricCatalog catalog = RubricCatalog.bundled();
        LocalDate today = LocalDate.of(2026, 11, 23);
        Edition edition = catalog.editionInForce(today);
        ObjectMapper json = OcopJson.mapper();
        Council council;
        try (InputStream in = args.length > 0 ? java.nio.file.Files.newInputStream(java.nio.file.Path.of(args[0]))
                : CouncilDemo.class.getResourceAsStream("/samples/council-qd26-set01.json")) {
            council = json.readValue(in, Council.class);
        }
        int setNumber = council.members().get(0).set();
        Evaluator evaluator = Evaluator.of(edition, setNumber);
        CouncilResult r = evaluator.evaluate(council);

        System.out.println("OCOP — đánh giá, phân hạng sản phẩm (evaluation and star classification)");
        System.out.println("Edition in force on " + today + ": " + edition.citation());
        System.out.println("Rubric set " + setNumber + ": " + evaluator.set().name() + " (" + evaluator.set().nameEn() + ")");
        System.out.println();
        System.out.println("Council members' totals:");
        for (MemberTotal m : r.members()) {
            System.out.printf("  %-34s %6s   (others' mean %s)%s%n", m.member(), m.total().toPlainString(),
                    m.othersMean() == null ? "-" : m.othersMean().toPlainString(), m.outlier() ? "  ← outlier" : "");
        }
        System.out.println("Mean total (tổng điểm trung bình): " + r.mean().toPlainString() + "  (displayed: "
                + r.meanDisplay().toPlainString() + ", spread " + r.spread().toPlainString() + ")");
        System.out.println();
        System.out.println(r.explanation().toText());
        Classification c = r.classification();
        System.out.println("RESULT: " + (c.stars() == null ? "rejected" : c.stars()) + " (band " + c.bandStars()
                + "), certifiable: " + c.certifiable() + ", recognised by: " + c.authority());
    }
}
