package vn.ocop.examples;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import vn.ocop.format.EvaluationSheetForm;
import vn.ocop.format.Formats;
import vn.ocop.format.SheetFormRenderer;
import vn.ocop.rubric.Edition;
import vn.ocop.rubric.RubricCatalog;
import vn.ocop.rubric.RubricSet;
import vn.ocop.sheetio.SheetTemplates;

/**
 * Writes the blank evaluation sheet ("phiếu đánh giá") of one rubric set to print (HTML for A4 paper and plain
 * text) and the fill-in templates of a council (CSV for a spreadsheet, JSON), into a folder.
 *
 * <p>Run: {@code mvn -q -B -DskipTests package exec:java -pl examples -am -Ddemo.main=vn.ocop.examples.SheetForms
 * -Dexec.args="target/forms QD-26-2026 13"}; {@code examples/scripts/render-forms.sh} also prints the HTML to PDF
 * and PNG with headless Chromium.
 */
public final class SheetForms {
    private SheetForms() {
    }

    /**
     * @param args the output folder (default {@code target/forms}), the edition id (default {@code QD-26-2026}),
     *        the set number (default 13) and the language ({@code vi} or {@code en}, default {@code vi})
     * @throws IOException if a file cannot be written
     */
    public static void main(String[] args) throws IOException {
        Demos.quietValidatorLog();
        Path out = Path.of(args.length > 0 ? args[0] : "target/forms");
        Edition edition = RubricCatalog.bundled().edition(args.length > 1 ? args[1] : "QD-26-2026");
        RubricSet set = edition.set(args.length > 2 ? Integer.parseInt(args[2]) : 13);
        Locale locale = args.length > 3 ? Locale.forLanguageTag(args[3]) : Formats.VIETNAMESE_LOCALE;
        Files.createDirectories(out);
        EvaluationSheetForm form = EvaluationSheetForm.of(edition, set);
        SheetFormRenderer renderer = SheetFormRenderer.of(locale);
        String base = String.format("phieu-%s-bo-%02d", edition.id(), set.number());
        Files.writeString(out.resolve(base + ".html"), renderer.html(form));
        Files.writeString(out.resolve(base + ".txt"), renderer.text(form));
        List<String> members = List.of("Thành viên 1", "Thành viên 2", "Thành viên 3");
        Files.writeString(out.resolve(base + ".csv"), SheetTemplates.csv(set, members, locale, ';'));
        Files.writeString(out.resolve(base + ".json"), SheetTemplates.json(set, members));
        System.out.println(out.resolve(base + ".html").toAbsolutePath());
    }
}
