package vn.ocop.indicator;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import vn.ocop.OcopException;
import vn.ocop.area.Area;
import vn.ocop.area.AreaLevel;
import vn.ocop.area.Areas;
import vn.ocop.internal.Messages;
import vn.ocop.internal.Text;
import vn.ocop.product.Producer;
import vn.ocop.product.ProducerType;
import vn.ocop.product.Product;
import vn.ocop.product.RegistrationKind;
import vn.ocop.registry.Registry;
import vn.ocop.rubric.Star;

/**
 * The built-in {@link Indicator}s and factories for them.
 *
 * <pre>{@code
 * Indicator newProducts = Indicators.newRecognitions(Star.THREE);                 // first recognitions ≥3★
 * Indicator allNew = Indicators.newRecognitions(Star.FOUR, RegistrationKind.FIRST, RegistrationKind.UPGRADE);
 * Indicator fiveStar = Indicators.validProducts(Star.FIVE, Star.FIVE);            // 5★ products on the date
 * Indicator coops = Indicators.producerShare(ProducerType.HOP_TAC_XA);            // % of OCOP producers
 * Indicator brands = Indicators.reported("brands", "nhãn hiệu sản phẩm OCOP được xây dựng", Indicator.Nature.FLOW);
 * }</pre>
 *
 * <p>Judgement calls, stated once: a product is an "OCOP product" on a date when it holds a certificate in effect
 * (valid or extended under Điều 12.3) that day; counts of products are attributed to the product's commune (or
 * former district) code, counts of producers to the producer's.
 */
public final class Indicators {
    private static final Messages TEXT = Messages.of("indicator");

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

    /** @return "3★", the way stars are written in every language */
    private static String stars(Star s) {
        return s.level() + "★";
    }

    /** @return "a or b" in the reader's language */
    private static String either(Locale locale, List<String> words) {
        return String.join(" " + TEXT.text(locale, "or") + " ", words);
    }

    // ------------------------------------------------------------------ new recognitions

    /**
     * Products recognised at {@code minStars} or more by a certificate issued in the period (from the period start
     * to the as-of date inclusive), counting only the kinds of recognition listed: {@code FIRST} ("mới"),
     * {@code UPGRADE} ("nâng hạng"), {@code REEVALUATION} ("đánh giá lại"). A flow.
     *
     * <p>Each product counts once in a period, at its first qualifying certificate (a product recognised 3★ and
     * upgraded to 4★ in the same year is one product), attributed to its unit as recorded on that certificate's
     * issue date. A certificate revoked later still counts: the recognition happened in the period.
     *
     * <p>Immutable and thread-safe. JSON: {@code {"type":"newRecognitions","minStars":3,"kinds":["FIRST"]}}.
     *
     * @param minStars lowest star counted, 3★ to 5★, not null
     * @param kinds the kinds counted, at least one; stored sorted without duplicates, not null
     */
    public record NewRecognitions(Star minStars, List<RegistrationKind> kinds) implements Indicator {
        /**
         * Checks and normalises the components.
         *
         * @param minStars lowest star counted, 3★ to 5★, not null
         * @param kinds the kinds counted, at least one; stored sorted without duplicates, not null
         * @throws OcopException if the stars are not 3★ to 5★ or no kind is given
         */
        public NewRecognitions {
            Objects.requireNonNull(minStars, "minStars");
            Objects.requireNonNull(kinds, "kinds");
            if (!minStars.isCertifiable()) {
                throw new OcopException("new recognitions: only 3★ to 5★ are recognised (Điều 4.1), not "
                        + stars(minStars));
            }
            kinds = List.copyOf(new TreeSet<>(kinds));
            if (kinds.isEmpty()) {
                throw new OcopException("new recognitions ≥" + stars(minStars) + ": name at least one kind of "
                        + "recognition (FIRST, UPGRADE, REEVALUATION)");
            }
        }

        @Override
        public String code() {
            return "new≥" + stars(minStars) + kinds;
        }

        @Override
        public String text(Locale locale) {
            List<String> words = new ArrayList<>();
            for (RegistrationKind k : kinds) {
                words.add(TEXT.text(locale, "kind." + k.name()));
            }
            return TEXT.text(locale, "newRecognitions", stars(minStars), String.join(", ", words));
        }

        @Override
        public Nature nature() {
            return Nature.FLOW;
        }

        @Override
        public void tally(Scope scope, Tally tally) {
            Set<Product> counted = Collections.newSetFromMap(new IdentityHashMap<>());
            int min = minStars.level();
            scope.forEachRecognition((p, c) -> {
                if (c.stars().level() >= min && kinds.contains(c.kind()) && counted.add(p)) {
                    tally.addProduct(p, c.issued(), 1, 0);
                }
            });
        }
    }

    // ------------------------------------------------------------------ stocks

    /**
     * Products holding a certificate in effect (valid or extended) on the date, of {@code minStars} to
     * {@code maxStars}. A stock: with 3★–5★, the number of OCOP products in effect; with 5★–5★, the number of 5★
     * products.
     *
     * <p>Immutable and thread-safe. JSON: {@code {"type":"validProducts","minStars":3,"maxStars":5}}.
     *
     * @param minStars lowest star counted, 3★ to 5★, not null
     * @param maxStars highest star counted, not below {@code minStars}, not null
     */
    public record ValidProducts(Star minStars, Star maxStars) implements Indicator {
        /**
         * Checks the components.
         *
         * @param minStars lowest star counted, 3★ to 5★, not null
         * @param maxStars highest star counted, not below {@code minStars}, not null
         * @throws OcopException if the stars do not run from 3★ up to 5★
         */
        public ValidProducts {
            Objects.requireNonNull(minStars, "minStars");
            Objects.requireNonNull(maxStars, "maxStars");
            if (!minStars.isCertifiable() || maxStars.level() < minStars.level()) {
                throw new OcopException("valid products: stars must run from 3★ up to 5★, not " + stars(minStars)
                        + " to " + stars(maxStars));
            }
        }

        @Override
        public String code() {
            return minStars == maxStars ? "valid" + stars(minStars) : "valid" + minStars.level() + "-" + stars(maxStars);
        }

        @Override
        public String text(Locale locale) {
            return TEXT.text(locale, "validProducts", minStars == maxStars ? stars(minStars)
                    : minStars.level() + "–" + stars(maxStars));
        }

        @Override
        public Nature nature() {
            return Nature.STOCK;
        }

        @Override
        public void tally(Scope scope, Tally tally) {
            int lo = minStars.level();
            int hi = maxStars.level();
            scope.forEachHolding((p, c) -> {
                if (c.stars().level() >= lo && c.stars().level() <= hi) {
                    tally.addProduct(p, scope.asOf(), 1, 0);
                }
            });
        }
    }

    /**
     * Producers ("chủ thể OCOP") with at least one product holding a certificate in effect on the date, each
     * counted once, under its own commune. A stock.
     *
     * <p>Immutable and thread-safe. JSON: {@code {"type":"ocopProducers"}}.
     */
    public record OcopProducers() implements Indicator {
        @Override
        public String code() {
            return "producers";
        }

        @Override
        public String text(Locale locale) {
            return TEXT.text(locale, "ocopProducers");
        }

        @Override
        public Nature nature() {
            return Nature.STOCK;
        }

        @Override
        public void tally(Scope scope, Tally tally) {
            for (Producer p : scope.holdings().producers()) {
                tally.addProducer(p, scope.asOf(), 1, 0);
            }
        }
    }

    /**
     * Share of OCOP producers (as in {@link OcopProducers}) whose type is one of {@code types}: numerator those
     * producers, denominator all OCOP producers. A stock, in percent.
     *
     * <p>Immutable and thread-safe. JSON: {@code {"type":"producerShare","types":["HOP_TAC_XA"]}}.
     *
     * @param types the types counted, at least one; stored sorted without duplicates, not null
     */
    public record ProducerShare(List<ProducerType> types) implements Indicator {
        /**
         * Checks and normalises the components.
         *
         * @param types the types counted, at least one; stored sorted without duplicates, not null
         * @throws OcopException if no type is given
         */
        public ProducerShare {
            Objects.requireNonNull(types, "types");
            types = List.copyOf(new TreeSet<>(types));
            if (types.isEmpty()) {
                throw new OcopException("producer share: name at least one producer type");
            }
        }

        @Override
        public String code() {
            StringBuilder sb = new StringBuilder("producers%");
            for (ProducerType t : types) {
                sb.append(sb.length() > "producers%".length() ? "+" : "").append(t.name());
            }
            return sb.toString();
        }

        @Override
        public String text(Locale locale) {
            List<String> names = new ArrayList<>();
            for (ProducerType t : types) {
                names.add(Messages.of("registry").text(locale, "producerType." + t.name()));
            }
            return TEXT.text(locale, "producerShare", either(locale, names));
        }

        @Override
        public Nature nature() {
            return Nature.STOCK;
        }

        @Override
        public boolean share() {
            return true;
        }

        @Override
        public void tally(Scope scope, Tally tally) {
            for (Producer p : scope.holdings().producers()) {
                tally.addProducer(p, scope.asOf(), types.contains(p.type()) ? 1 : 0, 1);
            }
        }
    }

    /**
     * Share of OCOP products (3★–5★ in effect on the date) that belong to one of the Annex I product groups
     * {@code groups}. A stock, in percent.
     *
     * <p>Immutable and thread-safe. JSON: {@code {"type":"productGroupShare","groups":["I"]}}.
     *
     * @param groups product groups "I" to "VI", at least one; stored in the order of Phụ lục I without duplicates,
     *        not null
     */
    public record ProductGroupShare(List<String> groups) implements Indicator {
        /**
         * Checks and normalises the components.
         *
         * @param groups product groups "I" to "VI", at least one; stored in the order of Phụ lục I without duplicates,
         *        not null
         * @throws OcopException if a group is not I to VI, or none is given
         */
        public ProductGroupShare {
            Objects.requireNonNull(groups, "groups");
            Set<String> s = new TreeSet<>((a, b) -> Integer.compare(Registry.PRODUCT_GROUPS.indexOf(a),
                    Registry.PRODUCT_GROUPS.indexOf(b)));
            for (String g : groups) {
                String n = Text.nfc(Objects.requireNonNull(g, "group"));
                if (!Registry.PRODUCT_GROUPS.contains(n)) {
                    throw new OcopException("product group share: group must be I to VI (Phụ lục I), was '" + g + "'");
                }
                s.add(n);
            }
            if (s.isEmpty()) {
                throw new OcopException("product group share: name at least one product group");
            }
            groups = List.copyOf(s);
        }

        @Override
        public String code() {
            return "group%" + String.join("+", groups);
        }

        @Override
        public String text(Locale locale) {
            return TEXT.text(locale, "productGroupShare", String.join(", ", groups));
        }

        @Override
        public Nature nature() {
            return Nature.STOCK;
        }

        @Override
        public boolean share() {
            return true;
        }

        @Override
        public void tally(Scope scope, Tally tally) {
            scope.forEachHolding((p, c) -> tally.addProduct(p, scope.asOf(), groups.contains(p.productGroup()) ? 1 : 0,
                    1));
        }
    }

    /**
     * Share of the communes existing on the date (level {@link AreaLevel#COMMUNE} in the register) that have at
     * least one OCOP product. A product's unit is mapped to the date's units with {@link Areas#correspondingOn}, so
     * a product still recorded under a commune merged in 2025 covers the new commune; a product recorded only under
     * a district or province covers no commune. A stock, in percent.
     *
     * <p>Immutable and thread-safe. JSON: {@code {"type":"communeCoverage"}}.
     */
    public record CommuneCoverage() implements Indicator {
        @Override
        public String code() {
            return "communes%covered";
        }

        @Override
        public String text(Locale locale) {
            return TEXT.text(locale, "communeCoverage");
        }

        @Override
        public Nature nature() {
            return Nature.STOCK;
        }

        @Override
        public boolean share() {
            return true;
        }

        @Override
        public void tally(Scope scope, Tally tally) {
            Areas areas = scope.areas();
            LocalDate d = scope.asOf();
            Set<String> covered = new HashSet<>();
            Map<String, Set<String>> memo = new HashMap<>();
            scope.forEachHolding((p, c) -> covered.addAll(
                    memo.computeIfAbsent(p.communeCode(), code -> areas.correspondingOn(code, d, d))));
            for (Area commune : areas.unitsOn(d, AreaLevel.COMMUNE)) {
                tally.add(commune.code(), d, covered.contains(commune.code()) ? 1 : 0, 1);
            }
        }
    }

    /**
     * Share of a population the caller supplies (e.g. traditional craft villages, "làng nghề truyền thống") whose
     * members have at least one of their listed products holding a certificate in effect on the date: numerator
     * the members with such a product, denominator all members. A stock, in percent.
     *
     * <p>Immutable and thread-safe. JSON: {@code {"type":"coverage","population":"craft-villages","label":"…",
     * "members":[{"id":"LN01","name":"Làng nghề …","unit":"845","productIds":["TV-001"]}]}}.
     *
     * @param population a short code for the population, not blank
     * @param label what the population is, in the plan's words (used in every language), not blank
     * @param members the members, with distinct ids, not null
     */
    public record Coverage(String population, String label, List<Member> members) implements Indicator {
        /**
         * One member of the population.
         *
         * @param id identifier, not blank
         * @param name name, not blank
         * @param unit code of the administrative unit it lies in, not blank
         * @param productIds products that belong to it (possibly none); null means none
         */
        public record Member(String id, String name, String unit, List<String> productIds) {
            /**
             * Checks and normalises the components.
             *
             * @param id identifier, not blank
             * @param name name, not blank
             * @param unit code of the administrative unit it lies in, not blank
             * @param productIds products that belong to it (possibly none); null means none
             * @throws OcopException if the id, name or unit is blank
             */
            public Member {
                id = Text.nfc(Objects.requireNonNull(id, "id"));
                name = Text.nfc(Objects.requireNonNull(name, "name"));
                unit = Text.nfc(Objects.requireNonNull(unit, "unit"));
                List<String> ps = new ArrayList<>();
                for (String p : productIds == null ? List.<String>of() : productIds) {
                    ps.add(Text.nfc(Objects.requireNonNull(p, "productId")));
                }
                productIds = List.copyOf(ps);
                if (id.isEmpty() || name.isEmpty() || unit.isEmpty()) {
                    throw new OcopException("coverage member '" + id + "': id, name and unit must not be blank");
                }
            }
        }

        /**
         * Checks and normalises the components.
         *
         * @param population a short code for the population, not blank
         * @param label what the population is, in the plan's words (used in every language), not blank
         * @param members the members, with distinct ids, not null
         * @throws OcopException if the code or label is blank, or a member id appears twice
         */
        public Coverage {
            population = Text.nfc(Objects.requireNonNull(population, "population"));
            label = Text.nfc(Objects.requireNonNull(label, "label"));
            members = List.copyOf(Objects.requireNonNull(members, "members"));
            if (population.isEmpty() || label.isEmpty()) {
                throw new OcopException("coverage: population code and label must not be blank");
            }
            Set<String> ids = new HashSet<>();
            for (Member m : members) {
                if (!ids.add(m.id())) {
                    throw new OcopException("coverage " + population + ": member id '" + m.id() + "' appears twice");
                }
            }
        }

        @Override
        public String code() {
            return population + "%covered";
        }

        @Override
        public String text(Locale locale) {
            return label;
        }

        @Override
        public Nature nature() {
            return Nature.STOCK;
        }

        @Override
        public boolean share() {
            return true;
        }

        @Override
        public void tally(Scope scope, Tally tally) {
            for (Member m : members) {
                boolean has = false;
                for (String id : m.productIds()) {
                    if (scope.holdings().of(id).isPresent()) {
                        has = true;
                        break;
                    }
                }
                tally.add(m.unit(), scope.asOf(), has ? 1 : 0, 1);
            }
        }
    }

    /**
     * A value the library cannot derive from the registry (brands built, points of sale, community-tourism models),
     * taken from reported values with the same {@code code}. A reported count is the value the report gives as of
     * its date: for a flow, the amount built in the period so far; for a stock, the level.
     *
     * <p>Immutable and thread-safe. JSON: {@code {"type":"reported","code":"brands","label":"…","nature":"FLOW",
     * "share":false}}.
     *
     * @param code the code reported values use, not blank
     * @param label what is counted, in the plan's words (used in every language), not blank
     * @param nature flow or stock, not null
     * @param share whether the reported values are percentages
     */
    public record Reported(String code, String label, Nature nature, boolean share) implements Indicator {
        /**
         * Checks and normalises the components.
         *
         * @param code the code reported values use, not blank
         * @param label what is counted, in the plan's words (used in every language), not blank
         * @param nature flow or stock, not null
         * @param share whether the reported values are percentages
         * @throws OcopException if the code or label is blank
         */
        public Reported {
            code = Text.nfc(Objects.requireNonNull(code, "code"));
            label = Text.nfc(Objects.requireNonNull(label, "label"));
            Objects.requireNonNull(nature, "nature");
            if (code.isEmpty() || label.isEmpty()) {
                throw new OcopException("reported indicator: code and label must not be blank");
            }
        }

        @Override
        public String text(Locale locale) {
            return label;
        }

        @Override
        public boolean reported() {
            return true;
        }

        @Override
        public void tally(Scope scope, Tally tally) {
            // taken from reported values, not from the registry
        }
    }
}
