package vn.ocop.registry;

import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Predicate;
import vn.ocop.OcopException;
import vn.ocop.OcopJson;
import vn.ocop.Problem;
import vn.ocop.internal.Text;
import vn.ocop.internal.json.RecordReader;
import vn.ocop.internal.json.RegistryDocument;
import vn.ocop.product.Certificate;
import vn.ocop.product.LegalRepresentative;
import vn.ocop.product.Producer;
import vn.ocop.product.Product;
import vn.ocop.product.ProductHistory;

/**
 * The programme's records that plan indicators and statistics are computed from: products, their producers and every
 * certificate each product received (with its extension, revocation or replacement), indexed once so that a
 * progress report over tens of thousands of products needs no repeated scans.
 *
 * <pre>{@code
 * Registry registry = Registry.of(products, producers, certificates);
 * registry.holdingOn("TV-001", LocalDate.of(2024, 12, 31));   // the certificate in effect then, if any
 * Holdings h = registry.holdingsOn(LocalDate.of(2024, 12, 31)); // every product in effect on that day
 * }</pre>
 *
 * <p>JSON form: {@code {"products":[…],"producers":[…],"certificates":[…],"revenues":[…]}} (the records of
 * {@code vn.ocop.product}, and each product's {@link AnnualRevenue}s; {@code revenues} may be left out). The format
 * and its JSON Schema: {@code ocop-rubric/schema/registry.schema.json} in {@code ocop-rubric-data}.
 *
 * <p>What a product holds on a date: its latest-issued certificate in effect (valid or extended) on that date,
 * as in {@link ProductHistory#certificateOn}. The registry does not re-check the lifecycle rules (build the
 * histories with {@link ProductHistory} for that); it checks that ids are unique, references resolve and a product
 * has at most one revenue per year, and reports every problem at once ({@link RegistryValidationException}).
 *
 * <p>Immutable and thread-safe.
 */
public final class Registry {
    /** The product groups of Phụ lục I of Decision 26/2026 a product belongs to, in their order. */
    public static final List<String> PRODUCT_GROUPS = List.of("I", "II", "III", "IV", "V", "VI");
    private static final Certificate[] NONE = new Certificate[0];
    private static final Comparator<Certificate> ISSUE_ORDER = Comparator.comparing(Certificate::issued)
            .thenComparing(Certificate::id);
    private final List<Product> products;
    private final List<Producer> producers;
    private final List<Certificate> certificates;
    private final List<AnnualRevenue> revenues;
    /** Each revenue by product index and year ({@link #revenueKey}). */
    private final Map<Long, BigDecimal> revenueIndex = new HashMap<>();
    private final Map<String, Integer> productIndex = new HashMap<>();
    private final Map<String, Integer> producerIndex = new HashMap<>();
    /** Per product, the index of its producer. */
    private final int[] producerOf;
    /** Per product, its certificates in issue order. */
    private final Certificate[][] certificatesOf;
    /** Every certificate in issue order (then id), and the index of its product. */
    private final Certificate[] byIssue;
    private final int[] byIssueProduct;

    private Registry(List<Product> products, List<Producer> producers, List<Certificate> certificates,
            List<AnnualRevenue> revenues) {
        this.products = List.copyOf(products);
        this.producers = List.copyOf(producers);
        this.certificates = List.copyOf(certificates);
        this.revenues = List.copyOf(revenues);
        List<Problem> problems = new ArrayList<>();
        indexProducers(problems);
        this.producerOf = indexProducts(problems);
        List<List<Certificate>> per = certificatesPerProduct(problems);
        indexRevenues(problems);
        if (!problems.isEmpty()) {
            throw new RegistryValidationException(problems);
        }
        this.certificatesOf = new Certificate[this.products.size()][];
        List<Certificate> issued = new ArrayList<>();
        for (int i = 0; i < certificatesOf.length; i++) {
            List<Certificate> cs = per.get(i);
            cs.sort(ISSUE_ORDER);
            certificatesOf[i] = cs.isEmpty() ? NONE : cs.toArray(NONE);
            issued.addAll(cs);
        }
        issued.sort(ISSUE_ORDER);
        this.byIssue = issued.toArray(NONE);
        this.byIssueProduct = new int[byIssue.length];
        for (int k = 0; k < byIssue.length; k++) {
            byIssueProduct[k] = productIndex.get(byIssue[k].productId());
        }
    }

    private void indexProducers(List<Problem> problems) {
        for (int k = 0; k < producers.size(); k++) {
            if (producerIndex.putIfAbsent(producers.get(k).id(), k) != null) {
                problems.add(new Problem("registry", "$.producers[" + k + "].id", "duplicate producer id '"
                        + producers.get(k).id() + "'"));
            }
        }
    }

    private int[] indexProducts(List<Problem> problems) {
        int[] producer = new int[products.size()];
        for (int i = 0; i < products.size(); i++) {
            Product p = products.get(i);
            if (productIndex.putIfAbsent(p.id(), i) != null) {
                problems.add(new Problem("registry", "$.products[" + i + "].id", "duplicate product id '" + p.id()
                        + "'"));
            }
            Integer k = producerIndex.get(p.producerId());
            if (k == null) {
                problems.add(new Problem("registry", "$.products[" + i + "].producerId", "product " + p.id()
                        + ": unknown producer '" + p.producerId() + "'"));
            }
            producer[i] = k == null ? -1 : k;
        }
        return producer;
    }

    private List<List<Certificate>> certificatesPerProduct(List<Problem> problems) {
        List<List<Certificate>> per = new ArrayList<>();
        for (int i = 0; i < products.size(); i++) {
            per.add(new ArrayList<>(2));
        }
        Map<String, Integer> ids = new HashMap<>();
        for (int k = 0; k < certificates.size(); k++) {
            Certificate c = certificates.get(k);
            if (ids.putIfAbsent(c.id(), k) != null) {
                problems.add(new Problem("registry", "$.certificates[" + k + "].id", "duplicate certificate id '"
                        + c.id() + "'"));
            }
            Integer i = productIndex.get(c.productId());
            if (i == null) {
                problems.add(new Problem("registry", "$.certificates[" + k + "].productId", "certificate " + c.id()
                        + ": unknown product '" + c.productId() + "'"));
            } else {
                per.get(i).add(c);
            }
        }
        return per;
    }

    private void indexRevenues(List<Problem> problems) {
        for (int k = 0; k < revenues.size(); k++) {
            AnnualRevenue r = revenues.get(k);
            Integer i = productIndex.get(r.productId());
            if (i == null) {
                problems.add(new Problem("registry", "$.revenues[" + k + "].productId", "revenue of " + r.year()
                        + ": unknown product '" + r.productId() + "'"));
            } else if (revenueIndex.putIfAbsent(revenueKey(i, r.year()), r.millionVnd()) != null) {
                problems.add(new Problem("registry", "$.revenues[" + k + "].year", "product " + r.productId()
                        + ": a second revenue for " + r.year()));
            }
        }
    }

    private static long revenueKey(int product, int year) {
        return (long) product << 16 | (year & 0xFFFF);
    }

    /**
     * Builds and checks a registry without revenues.
     *
     * @param products the products, not null, no null element
     * @param producers their producers, not null, no null element
     * @param certificates every certificate of those products, not null, no null element
     * @return the registry
     * @throws RegistryValidationException listing every duplicate id and unresolved reference
     */
    public static Registry of(Collection<Product> products, Collection<Producer> producers,
            Collection<Certificate> certificates) {
        return of(products, producers, certificates, List.of());
    }

    /**
     * Builds and checks a registry.
     *
     * @param products the products, not null, no null element
     * @param producers their producers, not null, no null element
     * @param certificates every certificate of those products, not null, no null element
     * @param revenues the products' annual revenues, at most one per product and year, no null element; null means
     *        none
     * @return the registry
     * @throws RegistryValidationException listing every duplicate id, unresolved reference and second revenue of a
     *         product in a year
     */
    public static Registry of(Collection<Product> products, Collection<Producer> producers,
            Collection<Certificate> certificates, Collection<AnnualRevenue> revenues) {
        return new Registry(nonNull(products, "products"), nonNull(producers, "producers"),
                nonNull(certificates, "certificates"), nonNull(revenues == null ? List.of() : revenues, "revenues"));
    }

    private static <T> List<T> nonNull(Collection<T> c, String what) {
        Objects.requireNonNull(c, what);
        List<T> out = new ArrayList<>(c.size());
        for (T t : c) {
            out.add(Objects.requireNonNull(t, what + " element"));
        }
        return out;
    }

    /**
     * Builds a registry from product histories (their certificates, with their current state).
     *
     * @param products the products, not null
     * @param producers their producers, not null
     * @param histories one history per product that has any, not null
     * @return the registry
     * @throws RegistryValidationException listing every duplicate id and unresolved reference
     */
    public static Registry fromHistories(Collection<Product> products, Collection<Producer> producers,
            Collection<ProductHistory> histories) {
        List<Certificate> cs = new ArrayList<>();
        for (ProductHistory h : histories) {
            cs.addAll(h.certificates());
        }
        return of(products, producers, cs);
    }

    /**
     * Reads a registry from JSON ({@link OcopJson}'s mapping): every product, producer, certificate and revenue is
     * read, each product code checked against the bundled national register of units in its year
     * ({@code ProductCode.parse}), and then the registry's own rules.
     *
     * @param in UTF-8 JSON, not null; not closed
     * @param source name of the file for problems, not null
     * @return the registry
     * @throws RegistryValidationException with every problem found (of every record, and of the registry), each with
     *         the file, line, column and JSON path
     */
    public static Registry read(InputStream in, String source) {
        return RecordReader.read(in, source, OcopJson.mapper().constructType(RegistryDocument.class),
                Set.of(RegistryDocument.class, Product.class, Producer.class, LegalRepresentative.class,
                        AnnualRevenue.class),
                RegistryValidationException::new,
                (RegistryDocument d) -> of(orNone(d.products()), orNone(d.producers()), orNone(d.certificates()),
                        d.revenues()));
    }

    private static <T> List<T> orNone(List<T> list) {
        return list == null ? List.of() : list;
    }

    /** @return the products, in the order given */
    public List<Product> products() {
        return products;
    }

    /** @return the producers, in the order given */
    public List<Producer> producers() {
        return producers;
    }

    /** @return the certificates, in the order given */
    public List<Certificate> certificates() {
        return certificates;
    }

    /** @return the annual revenues, in the order given */
    public List<AnnualRevenue> revenues() {
        return revenues;
    }

    /**
     * @param productId a product id, not null
     * @param year a year
     * @return the product's revenue that year in million VND, empty when not recorded (or the product is unknown)
     */
    public Optional<BigDecimal> revenue(String productId, int year) {
        Integer i = productIndex.get(Text.nfc(Objects.requireNonNull(productId, "productId")));
        return i == null ? Optional.empty() : Optional.ofNullable(revenueIndex.get(revenueKey(i, year)));
    }

    /**
     * @param id a product id, not null
     * @return the product, if registered
     */
    public Optional<Product> product(String id) {
        Integer i = productIndex.get(Text.nfc(id));
        return i == null ? Optional.empty() : Optional.of(products.get(i));
    }

    /**
     * @param id a producer id, not null
     * @return the producer, if registered
     */
    public Optional<Producer> producer(String id) {
        Integer k = producerIndex.get(Text.nfc(id));
        return k == null ? Optional.empty() : Optional.of(producers.get(k));
    }

    /**
     * @param product a product of this registry, not null
     * @return its producer
     * @throws OcopException if the product is not in this registry
     */
    public Producer producerOf(Product product) {
        return producers.get(producerOf[index(product.id())]);
    }

    /** @return the issue date of the earliest certificate, empty for a registry without certificates */
    public Optional<LocalDate> firstIssued() {
        return byIssue.length == 0 ? Optional.empty() : Optional.of(byIssue[0].issued());
    }

    /**
     * @param productId a product id, not null
     * @return its certificates in issue order; empty for an unknown product
     */
    public List<Certificate> certificatesOf(String productId) {
        Integer i = productIndex.get(Text.nfc(productId));
        return i == null ? List.of() : Arrays.asList(certificatesOf[i].clone());
    }

    /**
     * @param productId a product id, not null
     * @param date a date, not null
     * @return the certificate the product holds on that date (latest-issued in effect), if any
     */
    public Optional<Certificate> holdingOn(String productId, LocalDate date) {
        Integer i = productIndex.get(Text.nfc(productId));
        return i == null ? Optional.empty() : Optional.ofNullable(holding(i, Objects.requireNonNull(date, "date")));
    }

    /**
     * The register on a date: every product holding a certificate in effect that day, with that certificate. One
     * pass over the products; keep the result to ask it several questions.
     *
     * @param date a date, not null
     * @return the holdings on that date
     */
    public Holdings holdingsOn(LocalDate date) {
        Objects.requireNonNull(date, "date");
        Certificate[] held = new Certificate[products.size()];
        for (int i = 0; i < held.length; i++) {
            held[i] = holding(i, date);
        }
        return new Holdings(this, date, held, false);
    }

    /**
     * The cumulative register on a date ("lũy kế"): every product recognised on or before that day, with its latest
     * certificate issued by then, whatever happened to it since (expired, revoked, replaced). One pass over the
     * products.
     *
     * @param date a date, not null
     * @return the products recognised by that date, {@link Holdings#cumulative()}
     */
    public Holdings recognisedBy(LocalDate date) {
        Objects.requireNonNull(date, "date");
        Certificate[] latest = new Certificate[products.size()];
        for (int i = 0; i < latest.length; i++) {
            Certificate[] cs = certificatesOf[i];
            for (int k = cs.length - 1; k >= 0 && latest[i] == null; k--) {
                if (!cs[k].issued().isAfter(date)) {
                    latest[i] = cs[k];
                }
            }
        }
        return new Holdings(this, date, latest, true);
    }

    /**
     * Calls the action for every certificate issued from {@code from} to {@code to} inclusive, in issue order (then
     * certificate id), whatever happened to it since, with its product. The first one is found by binary search.
     *
     * @param from the first issue date, not null
     * @param to the last issue date, not null
     * @param action receives the product and the certificate, not null
     */
    public void forEachIssued(LocalDate from, LocalDate to, BiConsumer<Product, Certificate> action) {
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(action, "action");
        for (int k = firstIssuedOnOrAfter(Objects.requireNonNull(from, "from")); k < byIssue.length
                && !byIssue[k].issued().isAfter(to); k++) {
            action.accept(products.get(byIssueProduct[k]), byIssue[k]);
        }
    }

    /**
     * Calls the action once per product, with its first certificate issued from {@code from} to {@code to} inclusive
     * (in issue order, then certificate id) that the condition accepts, whatever happened to it since: "products
     * recognised in a period", each counted once.
     *
     * @param from the first issue date, not null
     * @param to the last issue date, not null
     * @param counts which certificates count (stars, kind of recognition), not null
     * @param action receives the product and its first certificate that counts, not null
     */
    public void forEachFirstIssued(LocalDate from, LocalDate to, Predicate<Certificate> counts,
            BiConsumer<Product, Certificate> action) {
        Objects.requireNonNull(counts, "counts");
        Objects.requireNonNull(action, "action");
        boolean[] seen = new boolean[products.size()];
        for (int k = firstIssuedOnOrAfter(Objects.requireNonNull(from, "from")); k < byIssue.length
                && !byIssue[k].issued().isAfter(Objects.requireNonNull(to, "to")); k++) {
            int p = byIssueProduct[k];
            if (!seen[p] && counts.test(byIssue[k])) {
                seen[p] = true;
                action.accept(products.get(p), byIssue[k]);
            }
        }
    }

    @Override
    public String toString() {
        return "Registry[" + products.size() + " products, " + producers.size() + " producers, " + certificates.size()
                + " certificates, " + revenues.size() + " revenues]";
    }

    // ------------------------------------------------------------------ indexes, for Holdings

    private int index(String productId) {
        Integer i = productIndex.get(productId);
        if (i == null) {
            throw new OcopException("product " + productId + " is not in this registry");
        }
        return i;
    }

    /** @return the index of a product id, or -1 */
    int indexOf(String productId) {
        Integer i = productIndex.get(Text.nfc(productId));
        return i == null ? -1 : i;
    }

    /** @return the index of product {@code i}'s producer */
    int producerIndexOf(int i) {
        return producerOf[i];
    }

    private Certificate holding(int product, LocalDate date) {
        Certificate[] cs = certificatesOf[product];
        for (int k = cs.length - 1; k >= 0; k--) {
            if (!cs[k].issued().isAfter(date) && cs[k].inEffectOn(date)) {
                return cs[k];
            }
        }
        return null;
    }

    private int firstIssuedOnOrAfter(LocalDate date) {
        int lo = 0;
        int hi = byIssue.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (byIssue[mid].issued().isBefore(date)) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
