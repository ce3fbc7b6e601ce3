package vn.ocop.examples;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import vn.ocop.format.OfficeCsv;
import vn.ocop.minutes.CouncilMinutes;
import vn.ocop.minutes.MinutesFormatter;
import vn.ocop.rubric.RubricCatalog;
import vn.ocop.scoring.Council;
import vn.ocop.scoring.CouncilResult;
import vn.ocop.scoring.CouncilRules;
import vn.ocop.scoring.Evaluator;
import vn.ocop.scoring.Quorum;

/**
 * Writes the minutes of the README's sample council (five members of six appointed, set 1 of Decision 26/2026,
 * under a quorum of 75 % with the chair) as HTML, text, JSON and CSV into a folder, for
 * {@code scripts/render-forms.sh} to print.
 *
 * <p>Run: {@code mvn -q -B -DskipTests package exec:java -pl examples -am -Ddemo.main=vn.ocop.examples.MinutesDemo
 * -Dexec.args="target/forms vi"}
 */
public final class MinutesDemo {
    private MinutesDemo() {
    }

    /**
     * @param args the output folder (default {@code examples/target/forms}) and the language ({@code vi} or
     *        {@code en}, default {@code vi})
     * @throws IOException on a read or write failure
     */
    public static void main(String[] args) throws IOException {
        Demos.quietValidatorLog();
        Path out = Path.of(args.length > 0 ? args[0] : "examples/target/forms");
        Locale locale = Locale.forLanguageTag(args.length > 1 ? args[1] : "vi");
        Council council;
        try (InputStream in = MinutesDemo.class.getResourceAsStream("/samples/council-qd26-set01.json")) {
            council = Council.read(in, "samples/council-qd26-set01.json");
        }
        // the province's rules of procedure: six members appointed, the first member chairs, and the council
        // decides with 75 % of its members present, the chair among them
        council = council.withChair(council.members().get(0).member()).withAppointed(6);
        CouncilRules rules = CouncilRules.defaults().withQuorum(Quorum.of(new BigDecimal("75"), true));
        CouncilResult r = Evaluator.of(RubricCatalog.bundled().edition("QD-26-2026"), council.members().get(0).set())
                .evaluate(council, rules);
        CouncilMinutes m = CouncilMinutes.of(r, new CouncilMinutes.Heading(
                "Hội đồng đánh giá, phân hạng sản phẩm OCOP tỉnh Trà Vinh", "Rau má tươi", null,
                "Hợp tác xã Rau sạch Càng Long", "Thành phố Trà Vinh", LocalDate.of(2026, 11, 23)));
        MinutesFormatter f = MinutesFormatter.of(locale);
        Files.createDirectories(out);
        String base = "bien-ban-" + locale.getLanguage();
        Files.writeString(out.resolve(base + ".html"), f.html(m), StandardCharsets.UTF_8);
        Files.writeString(out.resolve(base + ".txt"), f.text(m), StandardCharsets.UTF_8);
        Files.writeString(out.resolve(base + ".json"), f.json(m), StandardCharsets.UTF_8);
        Files.write(out.resolve(base + ".csv"), f.csv(m, OfficeCsv.of(locale)));
        System.out.println(out.resolve(base + ".html"));
    }
}
