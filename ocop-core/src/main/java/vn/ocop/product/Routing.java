package vn.ocop.product;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import vn.ocop.format.Localized;
import vn.ocop.internal.Messages;
import vn.ocop.rubric.Star;
import vn.ocop.scoring.Classification;
import vn.ocop.scoring.CouncilResult;
import vn.ocop.scoring.FailedMinimum;

/**
 * Where a council's result goes next, to the letter of Decision 26/2026/QĐ-TTg, each route citing its article:
 * <ul>
 * <li>a provincial result ({@link #provincial}): "Đối với các sản phẩm có tiềm năng đạt 5 sao (đạt từ 90 trở lên)"
 * the province approves the result and sends the dossier to the ministry (Điều 7.3.e), whatever the 5★ minimums
 * say: the law names the points, and the ministry's council judges the 5★ minimums; the minimums the provincial
 * result misses are listed with the route. Otherwise 3★ and 4★ are recognised by the province (Điều 7.3.đ–e) and
 * 1★ and 2★ get nothing (Điều 4.1). An upgrade follows the same steps (Điều 7.5.b), a re-evaluation too
 * (Điều 7.6.đ), and the re-evaluation of a 5★ product goes through the province to the ministry (Điều 7.6.e,
 * Điều 6.3.b);</li>
 * <li>the central result ({@link #central}): 5★ is recognised by the ministry (Điều 7.4.đ–e); otherwise the
 * province "có thể căn cứ vào kết quả đánh giá của Hội đồng cấp trung ương để xem xét, quyết định công nhận … 3 sao,
 * 4 sao hoặc tổ chức đánh giá và phân hạng sản phẩm theo thẩm quyền" (Điều 7.4, last paragraph): both routes are
 * open and the province chooses. The paragraph speaks of a product "không đạt 90 điểm"; a central mean of 90 or
 * more that misses a 5★ minimum is not 5★ either, and is given the same two routes.</li>
 * </ul>
 * A result that is not classified has no route but its own: rejected by a knock-out rule, or not decided yet (a
 * knock-out pending before the council, a second round required, below quorum: the council's rules, Điều 7.3.d and
 * 7.4.d).
 *
 * <p>Stateless and thread-safe.
 */
public final class Routing {
    private static final Messages TEXT = Messages.of("routing");

    private Routing() {
    }

    /** Where a result goes next. */
    public enum Route implements Localized {
        /** A knock-out rule ended the evaluation: the dossier is rejected, the product not evaluated further. */
        REJECTED,
        /** The council has not decided: a knock-out pending, a second round required, or below its quorum. */
        UNDECIDED,
        /** 1★ or 2★: no decision, no certificate (Điều 4.1). */
        NO_RECOGNITION,
        /** 3★ or 4★: the province recognises and certifies (Điều 7.3.đ–e). */
        PROVINCE_RECOGNITION,
        /** A mean of 90 or more: the province approves the result and sends the dossier to the ministry (Điều 7.3.e). */
        FORWARD_TO_MINISTRY,
        /** The central council found 5★: the ministry recognises and certifies (Điều 7.4.đ–e). */
        MINISTRY_RECOGNITION,
        /** Not 5★ at the central council: the province may recognise 3★ or 4★ on the central result (Điều 7.4). */
        PROVINCE_RECOGNITION_ON_CENTRAL_RESULT,
        /** Not 5★ at the central council: the province may evaluate and classify the product itself (Điều 7.4). */
        PROVINCE_EVALUATION;

        /**
         * @param locale the reader's locale, not null
         * @return the route, e.g. "chuyển Bộ Nông nghiệp và Môi trường" / "forwarded to the Ministry of Agriculture
         *         and Environment"
         */
        @Override
        public String text(Locale locale) {
            return TEXT.text(locale, "route." + name());
        }
    }

    /**
     * The routes open after a result, with the article that opens them.
     *
     * <p>Immutable and thread-safe.
     *
     * @param routes the routes open, in the article's order: one, except after a central result that is not 5★,
     *        where the province chooses between two; not empty
     * @param citation the article, e.g. "Điều 7.3.e", not null
     * @param minimumsMissed for a provincial result forwarded to the ministry, the star minimums (up to 5★) it misses
     *        under the council's minimum policy; empty otherwise; not null
     */
    public record Decision(List<Route> routes, String citation, List<FailedMinimum> minimumsMissed) {
        /**
         * Checks and copies the components.
         *
         * @param routes the routes open, not empty
         * @param citation the article, not null
         * @param minimumsMissed the star minimums missed by a result forwarded to the ministry, not null
         * @throws NullPointerException if a component is null
         * @throws IllegalArgumentException if there is no route, or minimums are listed with another route than
         *         {@link Route#FORWARD_TO_MINISTRY}
         */
        public Decision {
            routes = List.copyOf(routes);
            Objects.requireNonNull(citation, "citation");
            minimumsMissed = List.copyOf(minimumsMissed);
            if (routes.isEmpty()) {
                throw new IllegalArgumentException("no route");
            }
            if (!minimumsMissed.isEmpty() && !routes.equals(List.of(Route.FORWARD_TO_MINISTRY))) {
                throw new IllegalArgumentException("minimums missed go with a dossier forwarded to the ministry");
            }
        }

        /** @return the first route (the only one, except after a central result that is not 5★) */
        public Route route() {
            return routes.get(0);
        }
    }

    /**
     * Routes a provincial council's result (Điều 7.3.e; an upgrade by Điều 7.5.b; a re-evaluation by Điều 7.6.đ–e).
     *
     * @param result the provincial council's result, not null
     * @param kind what the product was registered for, not null
     * @return the routes
     */
    public static Decision provincial(CouncilResult result, RegistrationKind kind) {
        Objects.requireNonNull(kind, "kind");
        Classification c = result.classification();
        Decision notClassified = notClassified(c, "Điều 7.3.d");
        if (notClassified != null) {
            return notClassified;
        }
        String via = switch (kind) {
            case FIRST -> "";
            case UPGRADE -> "Điều 7.5.b; ";
            case REEVALUATION -> "Điều 7.6.đ; ";
        };
        if (c.bandStars() == Star.FIVE) {
            String cite = kind == RegistrationKind.REEVALUATION ? "Điều 7.6.đ–e; Điều 6.3.b; Điều 7.3.e"
                    : via + "Điều 7.3.e";
            return new Decision(List.of(Route.FORWARD_TO_MINISTRY), cite, result.explanation().failedMinimums());
        }
        return c.certifiable() ? new Decision(List.of(Route.PROVINCE_RECOGNITION), via + "Điều 7.3.đ–e", List.of())
                : new Decision(List.of(Route.NO_RECOGNITION), via + "Điều 4.1", List.of());
    }

    /**
     * Routes the central council's result (Điều 7.4; a 5★ re-evaluation by Điều 7.6.e).
     *
     * @param result the central council's result, not null
     * @return the routes: the ministry's recognition, or the province's two routes
     */
    public static Decision central(CouncilResult result) {
        Classification c = result.classification();
        Decision notClassified = notClassified(c, "Điều 7.4.d");
        if (notClassified != null) {
            return notClassified;
        }
        if (c.stars() == Star.FIVE) {
            return new Decision(List.of(Route.MINISTRY_RECOGNITION), "Điều 7.4.đ–e", List.of());
        }
        return new Decision(c.certifiable()
                ? List.of(Route.PROVINCE_RECOGNITION_ON_CENTRAL_RESULT, Route.PROVINCE_EVALUATION)
                : List.of(Route.NO_RECOGNITION, Route.PROVINCE_EVALUATION), "Điều 7.4, đoạn cuối", List.of());
    }

    /** The route of a result that is not classified, or null when it is. */
    private static Decision notClassified(Classification c, String councilArticle) {
        return switch (c.status()) {
            case CLASSIFIED -> null;
            case REJECTED -> new Decision(List.of(Route.REJECTED), c.knockOutRules().get(0).citation(), List.of());
            default -> new Decision(List.of(Route.UNDECIDED), councilArticle, List.of());
        };
    }
}
