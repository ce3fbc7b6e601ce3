package vn.ocop.examples;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import vn.ocop.OcopJson;
import vn.ocop.format.ExplanationFormatter;
import vn.ocop.format.Formats;
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
 * for the next star), in Vietnamese, or in English with {@code -Ddemo.lang=en}.
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
        Demos.quietValidatorLog();
        Locale locale = Locale.forLanguageTag(System.getProperty("demo.lang", "vi"));
        boolean en = Formats.isEnglish(locale);
        Formats f = Formats.of(locale);
        RubricCatalog catalog = RubricCatalog.bundled();
        LocalDate today = LocalDate.of(2026, 11, 23);
        Edition edition = catalog.editionInForce(today);
        ObjectMapper json = OcopJson.mapper();
        Council council;
        try (InputStream in = args.length > 0 ? Files.newInputStream(Path.of(args[0]))
                : CouncilDemo.class.getResourceAsStream("/samples/council-qd26-set01.json")) {
            council = json.readValue(in, Council.class);
        }
        int setNumber = council.members().get(0).set();
        Evaluator evaluator = Evaluator.of(edition, setNumber);
        CouncilResult r = evaluator.evaluate(council);

        System.out.println(en ? "OCOP — evaluation and star classification" : "OCOP — đánh giá, phân hạng sản phẩm");
        System.out.println((en ? "Edition in force on " : "Bộ tiêu chí có hiệu lực ngày ") + f.date(today) + ": "
                + edition.citation());
        System.out.println((en ? "Rubric set " : "Bộ ") + setNumber + ": "
                + (en ? evaluator.set().nameEn() : evaluator.set().name()));
        System.out.println();
        System.out.println(en ? "Council members' totals:" : "Tổng điểm của từng thành viên Hội đồng:");
        for (MemberTotal m : r.members()) {
            System.out.printf("  %-34s %6s   (%s %s)%s%n", m.member(), f.decimal(m.total()),
                    en ? "others' mean" : "TB các thành viên khác",
                    m.othersMean() == null ? "-" : f.decimal(m.othersMean()),
                    m.outlier() ? (en ? "  ← outlier" : "  ← lệch nhiều") : "");
        }
        System.out.println((en ? "Mean total: " : "Tổng điểm trung bình: ") + f.decimal(r.mean()) + "  ("
                + (en ? "displayed " : "hiển thị ") + f.decimal(r.meanDisplay()) + (en ? ", spread " : ", chênh lệch ")
                + f.decimal(r.spread()) + ")");
        System.out.println();
        System.out.println(ExplanationFormatter.of(locale).format(r.explanation()));
        Classification c = r.classification();
        System.out.println((en ? "RESULT: " : "KẾT QUẢ: ") + (c.stars() == null ? c.status().text(locale) : c.stars())
                + (en ? " (band " : " (khung ") + c.bandStars() + ")" + (en ? ", certificate: " : ", cấp giấy chứng nhận: ")
                + (c.certifiable() ? (en ? "yes" : "có") : (en ? "no" : "không"))
                + (en ? ", recognised by: " : ", cơ quan công nhận: ") + c.authority().text(locale));
    }
}
