package vn.ocop.rulecheck;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import vn.ocop.Problem;
import vn.ocop.internal.Binder;
import vn.ocop.internal.JsonTree;
import vn.ocop.process.HolidayCalendar;
import vn.ocop.process.LateFilingReading;
import vn.ocop.product.Certificate;
import vn.ocop.product.CertificateStatus;
import vn.ocop.product.LifecycleException;
import vn.ocop.product.LifecycleRule;
import vn.ocop.product.ProductHistory;
import vn.ocop.product.RegistrationKind;
import vn.ocop.product.RevocationGround;
import vn.ocop.rubric.Authority;
import vn.ocop.rubric.Star;

/**
 * A lifecycle rule-check case: a product's history as a list of events and what the law says its certificates'
 * statuses are on given dates, or the event the law refuses. The format is described on
 * {@link LifecycleCheckTests}. Read with {@link #read}, checked with {@link #check}. Immutable.
 */
final class LifecycleCase {
    private static final Set<String> ROOT = Set.of("title", "checks", "notes", "product", "events", "expected",
            "refused", "$schema");
    private static final Set<String> EVENT = Set.of("on", "recognise", "fileReEvaluation", "reEvaluationFailed",
            "revoke", "note");
    private static final Set<String> RECOGNISE = Set.of("id", "stars", "authority", "edition", "kind");
    private static final Set<String> FILE = Set.of("completeDossier", "reading");
    private static final Set<String> REVOKE = Set.of("ground", "by", "finding");
    private static final Set<String> EXPECT = Set.of("on", "holding", "certificate", "status", "overdueSince",
            "notOverdue", "lastValidDay");
    /** The value of {@code holding} for "the product holds no certificate". */
    private static final String NONE = "none";
    private static final Set<String> REFUSED = Set.of("event", "rule");

    private final String source;
    private final String title;
    private final String checks;
    private final String productId;
    private final List<Step> steps;
    private final List<Expectation> expected;
    private final Integer refusedEvent;
    private final LifecycleRule refusedRule;

    /** One event: what it does to the history. */
    private record Step(String path, UnaryOperator<ProductHistory> apply) {
    }

    /** One expectation on a date. */
    private record Expectation(String path, LocalDate on, boolean checksHolding, String holding, String certificate,
            CertificateStatus status, LocalDate overdueSince, boolean checksOverdue, LocalDate lastValidDay) {
    }

    private LifecycleCase(String source, String title, String checks, String productId, List<Step> steps,
            List<Expectation> expected, Integer refusedEvent, LifecycleRule refusedRule) {
        this.source = source;
        this.title = title;
        this.checks = checks;
        this.productId = productId;
        this.steps = List.copyOf(steps);
        this.expected = List.copyOf(expected);
        this.refusedEvent = refusedEvent;
        this.refusedRule = refusedRule;
    }

    /** @return the case's title */
    String title() {
        return title;
    }

    /** @return the articles it checks */
    String checks() {
        return checks;
    }

    /**
     * Reads and checks a case file, reporting every problem with its JSON path.
     *
     * @param content the JSON, not null
     * @param source the file's name, not null
     * @return the case
     * @throws RuleCheckException listing every problem of the file
     */
    static LifecycleCase read(byte[] content, String source) {
        List<Problem> problems = new ArrayList<>();
        JsonNode root = JsonTree.read(new ByteArrayInputStream(content), source, problems);
        LifecycleCase c = root == null ? null : bind(new Binder(source, problems), root, source);
        if (!problems.isEmpty() || c == null) {
            throw new RuleCheckException(source, problems);
        }
        return c;
    }

    private static LifecycleCase bind(Binder b, JsonNode root, String source) {
        Binder.Obj o = b.obj(root, "$", ROOT);
        if (o == null) {
            return null;
        }
        String title = o.str("title", true);
        String checks = o.str("checks", true);
        o.strings("notes");
        String product = o.str("product", true);
        List<Step> steps = new ArrayList<>();
        for (Binder.Obj e : o.objects("events", true, EVENT)) {
            Step s = step(b, e);
            if (s != null) {
                steps.add(s);
            }
        }
        List<Expectation> expected = new ArrayList<>();
        for (Binder.Obj x : o.objects("expected", false, EXPECT)) {
            expected.add(expectation(b, x));
        }
        Integer refusedEvent = null;
        LifecycleRule refusedRule = null;
        Binder.Obj r = o.child("refused", false, REFUSED);
        if (r != null) {
            refusedEvent = r.integer("event", true);
            refusedRule = constant(b, r, "rule", LifecycleRule.class);
            if (refusedEvent != null && (refusedEvent < 0 || refusedEvent >= steps.size())) {
                b.report(r.path("event"), "lifecycle.refusedEvent", refusedEvent, steps.size());
            }
        }
        if (expected.isEmpty() && r == null) {
            b.report(o.path(), "lifecycle.nothingExpected");
        }
        return new LifecycleCase(source, title, checks, product, steps, expected, refusedEvent, refusedRule);
    }

    private static Step step(Binder b, Binder.Obj e) {
        LocalDate on = e.date("on", true);
        e.str("note", false);
        List<String> actions = new ArrayList<>();
        for (String k : List.of("recognise", "fileReEvaluation", "reEvaluationFailed", "revoke")) {
            if (e.has(k)) {
                actions.add(k);
            }
        }
        if (actions.size() != 1) {
            if (actions.isEmpty()) {
                b.report(e.path(), "lifecycle.noAction");
            } else {
                b.report(e.path(), "lifecycle.actions", String.join(", ", actions));
            }
            return null;
        }
        switch (actions.get(0)) {
            case "recognise":
                return recognise(b, e, on);
            case "fileReEvaluation":
                return fileReEvaluation(b, e, on);
            case "reEvaluationFailed":
                e.child("reEvaluationFailed", true, Set.of());
                return on == null ? null : new Step(e.path(), h -> h.reEvaluationFailed(on));
            case "revoke":
            default:
                return revoke(b, e, on);
        }
    }

    private static Step recognise(Binder b, Binder.Obj e, LocalDate on) {
        Binder.Obj c = e.child("recognise", true, RECOGNISE);
        if (c == null) {
            return null;
        }
        String id = c.str("id", true);
        Integer stars = c.integer("stars", true);
        Authority a = constant(b, c, "authority", Authority.class);
        String edition = c.str("edition", true);
        RegistrationKind kind = constant(b, c, "kind", RegistrationKind.class);
        if (stars != null && (stars < 1 || stars > 5)) {
            b.report(c.path("stars"), "lifecycle.stars", stars);
            return null;
        }
        if (on == null || id == null || stars == null || a == null || edition == null || kind == null) {
            return null;
        }
        return new Step(e.path(), h -> h.recognise(Certificate.issue(id, h.productId(), Star.of(stars), a, edition,
                kind, on)));
    }

    private static Step fileReEvaluation(Binder b, Binder.Obj e, LocalDate on) {
        Binder.Obj f = e.child("fileReEvaluation", true, FILE);
        if (f == null) {
            return null;
        }
        LocalDate complete = f.date("completeDossier", false);
        LateFilingReading reading = f.has("reading") ? constant(b, f, "reading", LateFilingReading.class)
                : LateFilingReading.TRANSITIONAL;
        if (on == null || reading == null) {
            return null;
        }
        return new Step(e.path(), h -> h.reEvaluationFiled(on, complete != null ? complete : on, reading,
                HolidayCalendar.bundled()));
    }

    private static Step revoke(Binder b, Binder.Obj e, LocalDate on) {
        Binder.Obj r = e.child("revoke", true, REVOKE);
        if (r == null) {
            return null;
        }
        RevocationGround g = constant(b, r, "ground", RevocationGround.class);
        Authority by = constant(b, r, "by", Authority.class);
        LocalDate finding = r.date("finding", true);
        if (on == null || g == null || by == null || finding == null) {
            return null;
        }
        return new Step(e.path(), h -> h.revoke(on, g, by, finding));
    }

    private static Expectation expectation(Binder b, Binder.Obj x) {
        LocalDate on = x.date("on", true);
        boolean checksHolding = x.has("holding");
        String holding = checksHolding ? x.str("holding", false) : null;
        if (NONE.equals(holding)) {
            holding = null;
        }
        String certificate = x.str("certificate", false);
        CertificateStatus status = x.has("status") ? constant(b, x, "status", CertificateStatus.class) : null;
        LocalDate overdue = x.date("overdueSince", false);
        boolean notOverdue = x.bool("notOverdue");
        boolean checksOverdue = overdue != null || notOverdue;
        if (overdue != null && notOverdue) {
            b.report(x.path("notOverdue"), "lifecycle.overdueBoth");
        }
        LocalDate last = x.date("lastValidDay", false);
        if ((status != null || checksOverdue || last != null) && certificate == null) {
            b.report(x.path(), "lifecycle.certificate");
        }
        if (!checksHolding && status == null && !checksOverdue && last == null) {
            b.report(x.path(), "lifecycle.nothingChecked");
        }
        return new Expectation(x.path(), on, checksHolding, holding, certificate, status, overdue, checksOverdue,
                last);
    }

    private static <E extends Enum<E>> E constant(Binder b, Binder.Obj o, String key, Class<E> type) {
        String v = o.str(key, true);
        if (v == null) {
            return null;
        }
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(v)) {
                return e;
            }
        }
        List<String> names = new ArrayList<>();
        for (E e : type.getEnumConstants()) {
            names.add(e.name());
        }
        b.report(o.path(key), "lifecycle.unknownValue", v, names.toString());
        return null;
    }

    /**
     * Runs the events and compares every expectation.
     *
     * @return the differences, each with its JSON path; empty when the engine agrees with the case
     */
    List<String> check() {
        List<String> diffs = new ArrayList<>();
        ProductHistory h = ProductHistory.of(productId);
        for (int i = 0; i < steps.size(); i++) {
            Step s = steps.get(i);
            boolean shouldFail = refusedEvent != null && refusedEvent == i;
            try {
                ProductHistory next = s.apply().apply(h);
                if (shouldFail) {
                    diffs.add(s.path() + ": expected the event to be refused (" + refusedRule + ", "
                            + refusedRule.citation() + "), but it was accepted");
                    return diffs;
                }
                h = next;
            } catch (LifecycleException e) {
                if (!shouldFail) {
                    diffs.add(s.path() + ": refused: " + e.text(Locale.ENGLISH));
                    return diffs;
                }
                if (e.rule() != refusedRule) {
                    diffs.add(s.path() + ": refused under " + e.rule() + " (" + e.rule().citation() + "), expected "
                            + refusedRule + ": " + e.text(Locale.ENGLISH));
                }
                break;
            }
        }
        for (Expectation x : expected) {
            compare(h, x, diffs);
        }
        return diffs;
    }

    private void compare(ProductHistory h, Expectation x, List<String> diffs) {
        if (x.checksHolding()) {
            String held = h.holdingOn(x.on()).map(y -> y.certificate().id()).orElse(null);
            if (!Objects.equals(held, x.holding())) {
                diffs.add(x.path() + ": on " + x.on() + " the product holds " + (held == null ? "nothing" : held)
                        + ", expected " + (x.holding() == null ? "nothing" : x.holding()));
            }
        }
        if (x.certificate() == null) {
            return;
        }
        Optional<Certificate> c = h.certificates().stream().filter(y -> y.id().equals(x.certificate())).findFirst();
        if (c.isEmpty()) {
            diffs.add(x.path() + ": no certificate " + x.certificate() + " in the history");
            return;
        }
        if (x.status() != null && c.get().statusOn(x.on()) != x.status()) {
            diffs.add(x.path() + ": " + x.certificate() + " is " + c.get().statusOn(x.on()) + " on " + x.on()
                    + ", expected " + x.status());
        }
        if (x.checksOverdue()) {
            LocalDate got = c.get().decisionOverdueSince(x.on()).orElse(null);
            if (!Objects.equals(got, x.overdueSince())) {
                diffs.add(x.path() + ": decision overdue since " + got + " on " + x.on() + ", expected "
                        + x.overdueSince());
            }
        }
        if (x.lastValidDay() != null && !c.get().lastValidDay().equals(x.lastValidDay())) {
            diffs.add(x.path() + ": " + x.certificate() + " last valid day " + c.get().lastValidDay()
                    + ", expected " + x.lastValidDay());
        }
    }

    /** @return the source file, for messages */
    String source() {
        return source;
    }
}
