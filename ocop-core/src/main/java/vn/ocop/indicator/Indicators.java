package vn.ocop.indicator;

import java.util.List;
import vn.ocop.product.ProducerType;
import vn.ocop.product.RegistrationKind;
import vn.ocop.rubric.Star;

/**
 * The built-in {@link Indicator}s and factories for them.
 *
 * <pre>{@code
 * Indicator newProducts = Indicators.newRecognitions(Star.THREE);                 // first recognitions ≥3★
 * Indicator allNew = Indicators.newRecognitions(Star.FOUR, RegistrationKind.FIRST, RegistrationKind.UPGRADE);
 * Indicator fiveStar = Indicators.validProducts(Star.FIVE, Star.FIVE);            // 5★ products on the date
 * Indicator cumulative = Indicators.cumulativeProducts(Star.THREE, Star.FIVE);    // every product recognised by then
 * Indicator coops = Indicators.producerShare(ProducerType.HOP_TAC_XA);            // % of OCOP producers
 * Indicator brands = Indicators.reported("brands", "nhãn hiệu sản phẩm OCOP được xây dựng", Indicator.Nature.FLOW);
 * }</pre>
 *
 * <p>Judgement calls, stated once: a product is an "OCOP product" on a date when it holds a certificate in effect
 * (valid or extended under Điều 12.3) that day; counts of products are attributed to the product's commune (or
 * former district) code, counts of producers to the producer's.
 */
public final class Indicators {

    private Indicators() {
    }

    /**
     * Products newly recognised at {@code minStars} or more in the period, counting first recognitions only
     * ("sản phẩm mới": upgrades and re-evaluations do not add products).
     *
     * @param minStars lowest star counted, 3★ to 5★, not null
     * @return the indicator
     */
    public static NewRecognitions newRecognitions(Star minStars) {
        return new NewRecognitions(minStars, List.of(RegistrationKind.FIRST));
    }

    /**
     * @param minStars lowest star counted, not null
     * @param kinds the kinds of recognition counted (at least one), not null
     * @return the indicator
     */
    public static NewRecognitions newRecognitions(Star minStars, RegistrationKind... kinds) {
        return new NewRecognitions(minStars, List.of(kinds));
    }

    /**
     * @param minStars lowest star, not null
     * @param maxStars highest star, not null
     * @return the number of products holding a certificate of those stars on the date
     */
    public static ValidProducts validProducts(Star minStars, Star maxStars) {
        return new ValidProducts(minStars, maxStars);
    }

    /** @return the number of OCOP products (3★ to 5★) on the date */
    public static ValidProducts validProducts() {
        return new ValidProducts(Star.THREE, Star.FIVE);
    }

    /**
     * @param minStars lowest star, not null
     * @param maxStars highest star, not null
     * @return the number of products recognised by the date, at the stars of their latest certificate, whatever
     *         happened since ("lũy kế"; compare {@link #validProducts(Star, Star)})
     */
    public static CumulativeProducts cumulativeProducts(Star minStars, Star maxStars) {
        return new CumulativeProducts(minStars, maxStars);
    }

    /**
     * OCOP products where the plan does not say whether it counts those in effect or new ones: read as products in
     * effect on the date, and said so beside the figures.
     *
     * @param minStars lowest star counted, not null
     * @return the indicator
     */
    public static UnstatedProducts products(Star minStars) {
        return new UnstatedProducts(minStars, Indicator.Nature.STOCK);
    }

    /** @return the number of producers with at least one OCOP product on the date */
    public static OcopProducers ocopProducers() {
        return new OcopProducers();
    }

    /**
     * @param types the producer types counted, at least one, not null
     * @return the share of OCOP producers of those types
     */
    public static ProducerShare producerShare(ProducerType... types) {
        return new ProducerShare(List.of(types));
    }

    /**
     * @param groups Annex I product groups "I" to "VI", at least one, not null
     * @return the share of OCOP products in those groups
     */
    public static ProductGroupShare productGroupShare(String... groups) {
        return new ProductGroupShare(List.of(groups));
    }

    /** @return the share of communes with at least one OCOP product */
    public static CommuneCoverage communeCoverage() {
        return new CommuneCoverage();
    }

    /**
     * @param code a stable code, not blank
     * @param label what is counted, not blank
     * @param nature flow (built during the period) or stock (level on a date), not null
     * @return a count taken from reported values
     */
    public static Reported reported(String code, String label, Indicator.Nature nature) {
        return new Reported(code, label, nature, false);
    }
}
