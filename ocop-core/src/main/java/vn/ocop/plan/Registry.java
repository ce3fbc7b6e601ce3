package vn.ocop.plan;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.io.IOException;
import java.io.InputStream;
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
import vn.ocop.OcopException;
import vn.ocop.OcopJson;
import vn.ocop.Problem;
import vn.ocop.internal.Text;
import vn.ocop.product.Certificate;
import vn.ocop.product.Producer;
import vn.ocop.product.Product;
import vn.ocop.product.ProductHistory;

/**
 * The programme's records that plan indicators are computed from: products, their producers and every
 * certificate each product received (with its extension, revocation or replacement), indexed once so that a
 * progress report over tens of thousands of products needs no repeated scans.
 *
 * <pre>{@code
 * Registry registry = Registry.of(products, producers, certificates);
 * registry.holdingOn("TV-001", LocalDate.of(2024, 12, 31));  // the certificate in effect then, if any
 * }</pre>
 *
 * <p>JSON form: {@code {"products":[…],"producers":[…],"certificates":[…]}} (the records of {@code vn.ocop.product}).
 *
 * <p>What a product holds on a date: its latest-issued certificate in effect (valid or extended) on that date,
 * as in {@link ProductHistory#certificateOn}. The registry does not re-check the lifecycle rules (build the
 * certificates with {@link ProductHistory} for that); it checks that ids are unique and that every reference
 * resolves, reporting every problem at once.
 *
 * <p>Immutable and thread-safe.
 */
@JsonPropertyOrder({"products", "producers", "certificates"})
public final class Registry {
    private static final Certificate[] NONE = new Certificate[0];
    private final List<Product> products;
    private final List<Producer> producers;
    private final List<Certificate> certificates;
    private final Map<String, Integer> productIndex;
    private final Map<String, Integer> producerIndex;
    private final int[] producerOf;
    private final Certificate[][] certificatesOf;
    private final Certificate[] byIssue;
    private final int[] byIssueProduct;

    private Registry(List<Product> products, List<Producer> producers, List<Certificate> certificates) {
        this.products = List.copyOf(products);
        this.producers = List.copyOf(producers);
        this.certificates = List.copyOf(certificates);
        List<Problem> problems = new ArrayList<>();
        this.producerIndex = new HashMap<>();
        for (int i = 0; i < this.producers.size(); i++) {
            if (producerIndex.putIfAbsent(this.producers.get(i).id(), i) != null) {
                problems.add(new Problem("registry", "$.producers[" + i + "].id", "duplicate producer id '"
                        + this.producers.get(i).id() + "'"));
            }
        }
        this.productIndex = new HashMap<>();
        this.producerOf = new int[this.products.size()];
        for (int i = 0; i < this.products.size(); i++) {
            Product p = this.products.get(i);
            if (productIndex.putIfAbsent(p.id(), i) != null) {
                problems.add(new Problem("registry", "$.products[" + i + "].id", "duplicate product id '" + p.id() + "'"));
            }
            Integer pr = producerIndex.get(p.producerId());
            if (pr == null) {
                problems.add(new Problem("registry", "$.products[" + i + "].producerId", "product " + p.id()
                        + ": unknown producer '" + p.producerId() + "'"));
            }
            producerOf[i] = pr == null ? -1 : pr;
        }
        Map<String, Integer> certIds = new HashMap<>();
        List<List<Certificate>> per = new ArrayList<>();
        for (int i = 0; i < this.products.size(); i++) {
            per.add(new ArrayList<>(2));
        }
        List<Certificate> issued = new ArrayList<>();
        for (int i = 0; i < this.certificates.size(); i++) {
            Certificate c = this.certificates.get(i);
            if (certIds.putIfAbsent(c.id(), i) != null) {
                problems.add(new Problem("registry", "$.certificates[" + i + "].id", "duplicate certificate id '"
                        + c.id() + "'"));
            }
            Integer p = productIndex.get(c.productId());
            if (p == null) {
                problems.add(new Problem("registry", "$.certificates[" + i + "].productId", "certificate " + c.id()
                        + ": unknown product '" + c.productId() + "'"));
            } else {
                per.get(p).add(c);
                issued.add(c);
            }
        }
        if (!problems.isEmpty()) {
            throw new OcopException(Jsons.lines("registry: " + problems.size() + " problem(s)", problems));
        }
        Comparator<Certificate> order = Comparator.comparing(Certificate::issued).thenComparing(Certificate::id);
        this.certificatesOf = new Certificate[this.products.size()][];
        for (int i = 0; i < certificatesOf.length; i++) {
            List<Certificate> cs = per.get(i);
            cs.sort(order);
            certificatesOf[i] = cs.isEmpty() ? NONE : cs.toArray(NONE);
        }
        issued.sort(order);
        this.byIssue = issued.toArray(NONE);
        this.byIssueProduct = new int[byIssue.length];
        for (int i = 0; i < byIssue.length; i++) {
            byIssueProduct[i] = productIndex.get(byIssue[i].productId());
        }
    }

    /**
     * Builds and checks a registry.
     *
     * @param products the products, not null
     * @param producers their producers, not null
     * @param certificates every certificate of those products, not null
     * @return the registry
     * @throws OcopException listing every duplicate id and unresolved reference
     */
    @JsonCreator
    public static Registry of(@JsonProperty("products") Collection<Product> products,
            @JsonProperty("producers") Collection<Producer> producers,
            @JsonProperty("certificates") Collection<Certificate> certificates) {
        return new Registry(nonNull(products, "products"), nonNull(producers, "producers"),
                nonNull(certificates, "certificates"));
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
     * Reads a registry from JSON with {@link OcopJson}.
     *
     * @param in UTF-8 JSON, not null; not closed
     * @param source name of the file for messages, not null
     * @return the registry
     * @throws OcopException naming the source and what is wrong
     */
    public static Registry read(InputStream in, String source) {
        try {
            return OcopJson.mapper().readValue(in, Registry.class);
        } catch (IOException e) {
            throw new OcopException("registry " + source + ": " + Jsons.message(e), e);
        }
    }

    /** @return the products, in the order given */
    @JsonProperty("products")
    public List<Product> products() {
        return products;
    }

    /** @return the producers, in the order given */
    @JsonProperty("producers")
    public List<Producer> producers() {
        return producers;
    }

    /** @return the certificates, in the order given */
    @JsonProperty("certificates")
    public List<Certificate> certificates() {
        return certificates;
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
        Integer i = producerIndex.get(Text.nfc(id));
        return i == null ? Optional.empty() : Optional.of(producers.get(i));
    }

    /**
     * @param product a product of this registry, not null
     * @return its producer
     * @throws OcopException if the product is not in this registry
     */
    public Producer producerOf(Product product) {
        return producers.get(producerOf[index(product.id())]);
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
        return i == null ? Optional.empty() : Optional.ofNullable(holding(i, date));
    }

    @Override
    public String toString() {
        return "Registry[" + products.size() + " products, " + producers.size() + " producers, " + certificates.size()
                + " certificates]";
    }

    // ------------------------------------------------------------------ indexes for the computation

    private int index(String productId) {
        Integer i = productIndex.get(productId);
        if (i == null) {
            throw new OcopException("product " + productId + " is not in this registry");
        }
        return i;
    }

    int productCount() {
        return products.size();
    }

    int producerCount() {
        return producers.size();
    }

    Product productAt(int i) {
        return products.get(i);
    }

    Producer producerAt(int i) {
        return producers.get(i);
    }

    int producerIndexOf(int productIndex) {
        return producerOf[productIndex];
    }

    Certificate holding(int product, LocalDate date) {
        Certificate[] cs = certificatesOf[product];
        for (int k = cs.length - 1; k >= 0; k--) {
            if (!cs[k].issued().isAfter(date) && cs[k].inEffectOn(date)) {
                return cs[k];
            }
        }
        return null;
    }

    /**
     * @param date a date
     * @return per product index, the certificate it holds on that date or null
     */
    Certificate[] holdings(LocalDate date) {
        Certificate[] out = new Certificate[products.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = holding(i, date);
        }
        return out;
    }

    /** @return certificates sorted by issue date (then id); do not modify */
    Certificate[] byIssue() {
        return byIssue;
    }

    /** @return per entry of {@link #byIssue()}, the product index; do not modify */
    int[] byIssueProduct() {
        return byIssueProduct;
    }

    /**
     * @param date a date
     * @return index of the first certificate in {@link #byIssue()} issued on or after the date
     */
    int firstIssuedOnOrAfter(LocalDate date) {
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
