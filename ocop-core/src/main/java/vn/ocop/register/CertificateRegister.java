package vn.ocop.register;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import vn.ocop.format.Localized;
import vn.ocop.internal.Messages;
import vn.ocop.product.Certificate;
import vn.ocop.product.CertificateStatus;
import vn.ocop.product.ProcessRules;
import vn.ocop.product.Product;
import vn.ocop.registry.Registry;
import vn.ocop.rubric.Authority;
import vn.ocop.rubric.Star;

/**
 * The certificate register on a date: for every product of a {@link Registry} that has a certificate issued on or
 * before that date, its latest one, with code, producer, star class, authority, decision number and date, expiry,
 * status, days to expiry and whether the date is inside its re-evaluation window (Điều 7.6.a: 180 to 120 days before
 * expiry), and the group an office files it under ({@link Group}).
 *
 * <p>Immutable and thread-safe.
 */
public final class CertificateRegister {
    private final LocalDate on;
    private final int expiringWithinMonths;
    private final List<Entry> entries;

    private CertificateRegister(LocalDate on, int months, List<Entry> entries) {
        this.on = on;
        this.expiringWithinMonths = months;
        this.entries = List.copyOf(entries);
    }

    /**
     * @param registry the products, producers and certificates, not null
     * @param on the date of the register, not null
     * @param expiringWithinMonths what "expiring soon" means, in months (0 or more)
     * @return the register, its entries in product-code order
     * @throws IllegalArgumentException if the months are negative
     */
    public static CertificateRegister of(Registry registry, LocalDate on, int expiringWithinMonths) {
        Objects.requireNonNull(on, "on");
        if (expiringWithinMonths < 0) {
            throw new IllegalArgumentException("months must not be negative: " + expiringWithinMonths);
        }
        List<Entry> out = new ArrayList<>();
        for (Product p : registry.products()) {
            Certificate latest = registry.certificatesOf(p.id()).stream().filter(c -> !c.issued().isAfter(on))
                    .max(Comparator.comparing(Certificate::issued)).orElse(null);
            if (latest != null) {
                out.add(entry(registry, p, latest, on, expiringWithinMonths));
            }
        }
        out.sort(Comparator.comparing(Entry::code).thenComparing(Entry::productId));
        return new CertificateRegister(on, expiringWithinMonths, out);
    }

    private static Entry entry(Registry registry, Product p, Certificate c, LocalDate on, int months) {
        CertificateStatus status = c.statusOn(on);
        long days = ChronoUnit.DAYS.between(on, c.lastValidDay());
        // a filing on that day would be on time (Điều 7.6.a)
        boolean inWindow = ProcessRules.assessReEvaluationFiling(c, on) == ProcessRules.Filing.ON_TIME;
        Group group;
        if (status == CertificateStatus.REVOKED) {
            group = Group.REVOKED;
        } else if (status == CertificateStatus.EXPIRED || status == CertificateStatus.REPLACED) {
            group = Group.EXPIRED;
        } else if (inWindow) {
            group = Group.IN_WINDOW;
        } else if (!c.lastValidDay().isAfter(on.plusMonths(months))) {
            group = Group.EXPIRING;
        } else {
            group = Group.VALID;
        }
        String code = p.code() == null ? p.id() : p.code().toString();
        return new Entry(p.id(), code, p.name(), registry.producerOf(p).name(), c.stars(), c.authority(), c.id(),
                c.issued(), c.lastValidDay(), status, days, inWindow, group);
    }

    /** @return the date of the register */
    public LocalDate on() {
        return on;
    }

    /** @return what "expiring soon" means, in months */
    public int expiringWithinMonths() {
        return expiringWithinMonths;
    }

    /** @return every entry, in product-code order */
    public List<Entry> entries() {
        return entries;
    }

    /**
     * @param group a group, not null
     * @return the entries of that group, in product-code order
     */
    public List<Entry> entries(Group group) {
        return entries.stream().filter(e -> e.group() == group).toList();
    }

    /**
     * One product's line.
     *
     * @param productId the product's id, not null
     * @param code the product's code (its id when it has none), not null
     * @param product the product's name, not null
     * @param producer the producer's name, not null
     * @param stars the star class, not null
     * @param authority who recognised it, not null
     * @param decision the decision (certificate) number, not null
     * @param decided the decision date, not null
     * @param expires the last day it is in effect (its 36 months, or the extension), not null
     * @param status its status on the register's date, not null
     * @param daysToExpiry days from the register's date to {@code expires} (negative once past)
     * @param inReEvaluationWindow whether the register's date is inside its re-evaluation window
     * @param group where an office files it, not null
     */
    public record Entry(String productId, String code, String product, String producer, Star stars,
            Authority authority, String decision, LocalDate decided, LocalDate expires, CertificateStatus status,
            long daysToExpiry, boolean inReEvaluationWindow, Group group) {
    }

    /** Where an office files a certificate, checked in this order: revoked, expired, in the window, expiring, valid. */
    public enum Group implements Localized {
        /** In effect, and not expiring within the months asked for. */
        VALID,
        /** In effect, expiring within the months asked for. */
        EXPIRING,
        /** Inside its re-evaluation window (180 to 120 days before expiry): the producer should file now. */
        IN_WINDOW,
        /** Expired or replaced by a newer certificate. */
        EXPIRED,
        /** Revoked. */
        REVOKED;

        @Override
        public String text(Locale locale) {
            return Messages.of("register").text(locale, "group." + name());
        }
    }

    @Override
    public String toString() {
        return "CertificateRegister[" + on + ", " + entries.size() + " products]";
    }
}
