package vn.ocop.scoring;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import vn.ocop.rubric.Star;

/**
 * Why a product got its star class: the points per criterion with citations, the part means, the band, the star
 * minimums it failed, and what it still lacks for the next star up.
 *
 * <p>Immutable and thread-safe. {@link #toText()} renders it for a terminal or a report.
 *
 * @param edition edition id, not null
 * @param editionCitation citation of the decision, not null
 * @param set set number
 * @param setName set name, not null
 * @param criteria one line per answerable criterion, not null
 * @param parts members' mean points per part (2 decimals, half up), not null
 * @param band the band the mean falls in, as text with its citation, not null
 * @param policy how star minimums were applied, not null
 * @param failedMinimums minimums failed at the star levels up to the band's, which lowered the class, not null
 * @param nextStar the next star class above the awarded one, or null at 5★ or when rejected
 * @param pointsToNextBand points the mean still lacks to reach the next star's band (0 if already there), or null
 * @param minimumsForNextStar minimums failed for the next star, not null
 * @param knockOutReasons knock-out rules applied, not null
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Explanation(String edition, String editionCitation, int set, String setName,
        List<CriterionLine> criteria, Map<String, BigDecimal> parts, String band, MinimumPolicy policy,
        List<FailedMinimum> failedMinimums, Star nextStar, BigDecimal pointsToNextBand,
        List<FailedMinimum> minimumsForNextStar, List<String> knockOutReasons) {

    /** Checks and copies the components. */
    public Explanation {
        Objects.requireNonNull(edition, "edition");
        Objects.requireNonNull(editionCitation, "editionCitation");
        Objects.requireNonNull(setName, "setName");
        Objects.requireNonNull(band, "band");
        Objects.requireNonNull(policy, "policy");
        criteria = List.copyOf(criteria);
        parts = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(parts));
        failedMinimums = List.copyOf(failedMinimums);
        minimumsForNextStar = List.copyOf(minimumsForNextStar);
        knockOutReasons = List.copyOf(knockOutReasons);
    }

    /**
     * Renders the explanation as plain text (criteria table, parts, band, failed minimums, next star).
     *
     * @return multi-line text
     */
    public String toText() {
        StringBuilder sb = new StringBuilder();
        sb.append(editionCitation).append(" — bộ ").append(set).append(": ").append(setName).append('\n');
        sb.append(String.format("%-8s %-52s %5s %7s  %s%n", "Tiêu chí", "Nội dung", "Tối đa", "TB điểm", "Lựa chọn"));
        for (CriterionLine l : criteria) {
            sb.append(String.format("%-8s %-52s %5s %7s  %s%n", l.criterion(), cut(l.name(), 52),
                    l.max().toPlainString(), l.meanPoints().toPlainString(), String.join(" ", l.options())));
        }
        sb.append("Phần (điểm trung bình):");
        parts.forEach((k, v) -> sb.append(' ').append(k).append('=').append(v.toPlainString()));
        sb.append('\n').append("Khung điểm: ").append(band).append('\n');
        sb.append("Yêu cầu tối thiểu áp dụng theo: ").append(policy).append('\n');
        for (String k : knockOutReasons) {
            sb.append("Bị loại: ").append(k).append('\n');
        }
        for (FailedMinimum f : failedMinimums) {
            sb.append("Không đạt yêu cầu tối thiểu ").append(f).append(" — ").append(f.citation()).append('\n');
        }
        if (nextStar != null) {
            sb.append("Để đạt ").append(nextStar).append(": còn thiếu ").append(pointsToNextBand.toPlainString())
                    .append(" điểm trung bình");
            if (minimumsForNextStar.isEmpty()) {
                sb.append("; không thiếu yêu cầu tối thiểu nào");
            }
            sb.append('\n');
            for (FailedMinimum f : minimumsForNextStar) {
                sb.append("  cần ").append(f).append(" — ").append(f.citation()).append('\n');
            }
        }
        return sb.toString();
    }

    private static String cut(String s, int n) {
        return s.length() <= n ? s : s.substring(0, n - 1) + "…";
    }
}
