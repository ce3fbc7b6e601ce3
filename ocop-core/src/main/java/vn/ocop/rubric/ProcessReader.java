package vn.ocop.rubric;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.ocop.internal.Binder;

/**
 * Reads the {@code process} object of an {@code edition.json} into {@link ProcessTerms}, recording every problem
 * with its JSON path: unknown keys, numbers out of range, a window whose bounds are given alone or in the wrong
 * order, rounds with an unknown level or a repeated number, periods of authorities that leave a gap, overlap or do
 * not cover the edition's dates, 1★/2★ or "NONE" in an authority table, dossier components with a repeated code,
 * an unknown registration kind, stage or product group. One reader per file; not thread-safe (used inside a load).
 */
final class ProcessReader {
    private static final Set<String> PROCESS_KEYS = Set.of("citation", "validityMonths", "reEvaluationWindowOpens",
            "reEvaluationWindowCloses", "reEvaluationDecisionDays", "revocationDays", "communeWorkingDays",
            "lateFilingExtensionDays", "rounds", "authorities", "transition", "dossier", "notes");
    private static final Set<String> TERM_KEYS = Set.of("value", "citation");
    private static final Set<String> ROUND_KEYS = Set.of("level", "number", "proposalsBefore", "heldBefore",
            "citation");
    private static final Set<String> AUTHORITY_KEYS = Set.of("from", "until", "recognises", "revokes", "citation");
    private static final Set<String> STAR_KEYS = Set.of("3", "4", "5");
    private static final Set<String> TRANSITION_KEYS = Set.of("previousEdition", "firstOrUpgrade", "reEvaluation");
    private static final Set<String> COMPONENT_KEYS = Set.of("code", "name", "nameEn", "stage", "kinds", "quantity",
            "exemptGroups", "optional", "citation");
    /** Longest term the loader accepts, in months or days: ten years of days. */
    private static final int MAX_TERM = 3650;

    private final Binder b;

    private ProcessReader(Binder b) {
        this.b = b;
    }

    /**
     * @param b the binder of the edition file, receives the problems
     * @param edition the edition object
     * @param inForce the edition's period, or null when it could not be read
     * @param lastDayExclusive the first day the edition no longer applies to any dossier (its transition end, else
     *        the end of its period), or null when open
     * @param groupCodes the product group codes of the edition's taxonomy
     * @return the terms, or null when the edition has none or they could not be read
     */
    static ProcessTerms read(Binder b, Binder.Obj edition, DateRange inForce, LocalDate lastDayExclusive,
            Set<String> groupCodes) {
        Binder.Obj p = edition.child("process", false, PROCESS_KEYS);
        return p == null ? null : new ProcessReader(b).terms(p, inForce, lastDayExclusive, groupCodes);
    }

    private ProcessTerms terms(Binder.Obj p, DateRange inForce, LocalDate lastDayExclusive, Set<String> groupCodes) {
        String citation = p.str("citation", true);
        ProcessTerms.Term validity = term(p, "validityMonths", true);
        ProcessTerms.Term opens = term(p, "reEvaluationWindowOpens", false);
        ProcessTerms.Term closes = term(p, "reEvaluationWindowCloses", false);
        if (p.has("reEvaluationWindowOpens") != p.has("reEvaluationWindowCloses")) {
            b.report(p.path(p.has("reEvaluationWindowOpens") ? "reEvaluationWindowCloses" : "reEvaluationWindowOpens"),
                    "process.windowBoth");
        }
        if (opens != null && closes != null && opens.value() <= closes.value()) {
            b.report(p.path("reEvaluationWindowCloses"), "process.windowOrder", closes.value(), opens.value());
        }
        ProcessTerms.Term decision = term(p, "reEvaluationDecisionDays", false);
        ProcessTerms.Term revocation = term(p, "revocationDays", false);
        ProcessTerms.Term commune = term(p, "communeWorkingDays", false);
        ProcessTerms.Term extension = term(p, "lateFilingExtensionDays", false);
        List<ProcessTerms.RoundRule> rounds = rounds(p);
        List<ProcessTerms.Authorities> authorities = authorities(p, inForce, lastDayExclusive);
        ProcessTerms.Transition transition = transition(p);
        List<ProcessTerms.Component> dossier = dossier(p, groupCodes);
        List<String> notes = p.strings("notes");
        boolean windowOk = (opens == null) == (closes == null);
        if (citation == null || validity == null || authorities.isEmpty() || !windowOk) {
            return null;
        }
        return new ProcessTerms(citation, validity, opens, closes, decision, revocation, commune, extension, rounds,
                authorities, transition, dossier, notes);
    }

    private ProcessTerms.Term term(Binder.Obj o, String key, boolean required) {
        Binder.Obj t = o.child(key, required, TERM_KEYS);
        if (t == null) {
            return null;
        }
        Integer value = t.integer("value", true);
        String citation = t.str("citation", true);
        if (value != null && (value < 1 || value > MAX_TERM)) {
            b.report(t.path("value"), "process.term", key, MAX_TERM, value);
            return null;
        }
        return value == null || citation == null ? null : new ProcessTerms.Term(value, citation);
    }

    // ---------------------------------------------------------------- rounds

    private List<ProcessTerms.RoundRule> rounds(Binder.Obj p) {
        List<ProcessTerms.RoundRule> out = new ArrayList<>();
        Set<String> numbers = new HashSet<>();
        for (Binder.Obj r : p.objects("rounds", false, ROUND_KEYS)) {
            Authority level = level(r);
            Integer number = r.integer("number", true);
            MonthDay cutOff = monthDay(r, "proposalsBefore");
            MonthDay held = monthDay(r, "heldBefore");
            String citation = r.str("citation", true);
            if (number != null && number < 1) {
                b.report(r.path("number"), "process.roundNumber", number);
                number = null;
            }
            if (level != null && number != null && !numbers.add(level + "/" + number)) {
                b.report(r.path("number"), "process.roundTwice", number, level.name());
            }
            if (cutOff != null && cutOff.equals(held)) {
                b.report(r.path("heldBefore"), "process.roundSameDay", cutOff.toString());
                held = null;
            }
            if (level != null && number != null && cutOff != null && held != null && citation != null) {
                out.add(new ProcessTerms.RoundRule(level, number, cutOff, held, citation));
            }
        }
        return out;
    }

    private Authority level(Binder.Obj r) {
        String s = r.str("level", true);
        if (s == null) {
            return null;
        }
        if (!s.equals("PROVINCE") && !s.equals("MINISTRY")) {
            b.report(r.path("level"), "process.roundLevel", s);
            return null;
        }
        return Authority.valueOf(s);
    }

    private MonthDay monthDay(Binder.Obj r, String key) {
        String s = r.str(key, true);
        if (s == null) {
            return null;
        }
        try {
            if (s.matches("\\d{2}-\\d{2}")) {
                return MonthDay.parse("--" + s);
            }
        } catch (DateTimeParseException e) {
            // reported below
        }
        b.report(r.path(key), "process.monthDay", s);
        return null;
    }

    // ---------------------------------------------------------------- authorities

    private List<ProcessTerms.Authorities> authorities(Binder.Obj p, DateRange inForce, LocalDate lastDayExclusive) {
        List<ProcessTerms.Authorities> out = new ArrayList<>();
        List<Binder.Obj> objs = p.objects("authorities", true, AUTHORITY_KEYS);
        if (objs.isEmpty() && p.has("authorities")) {
            b.report(p.path("authorities"), "process.noAuthorities");
        }
        LocalDate expectedFrom = inForce == null ? null : inForce.from();
        boolean complete = true;
        for (int i = 0; i < objs.size(); i++) {
            Binder.Obj a = objs.get(i);
            LocalDate from = a.date("from", true);
            LocalDate until = a.date("until", false);
            String citation = a.str("citation", true);
            Map<Star, Authority> recognises = table(a, "recognises");
            Map<Star, Authority> revokes = table(a, "revokes");
            if (from == null) {
                complete = false;
                continue;
            }
            if (expectedFrom != null && !from.equals(expectedFrom)) {
                b.report(a.path("from"), i == 0 ? "process.authoritiesFirst" : "process.authoritiesGap", from, expectedFrom);
            }
            if (until != null && !until.isAfter(from)) {
                b.report(a.path("until"), "process.untilAfterFrom", until, from);
                complete = false;
                continue;
            }
            if (until == null && i < objs.size() - 1) {
                b.report(a.path("until"), "process.openEnded");
            }
            expectedFrom = until;
            if (citation != null && recognises != null && revokes != null) {
                out.add(new ProcessTerms.Authorities(DateRange.of(from, until), recognises, revokes, citation));
            } else {
                complete = false;
            }
        }
        if (complete && !objs.isEmpty() && inForce != null && !java.util.Objects.equals(expectedFrom,
                lastDayExclusive)) {
            if (expectedFrom == null) {
                b.report(p.path("authorities"), "process.authoritiesEndOpen", lastDayExclusive);
            } else if (lastDayExclusive == null) {
                b.report(p.path("authorities"), "process.authoritiesEndNoEnd", expectedFrom);
            } else {
                b.report(p.path("authorities"), "process.authoritiesEnd", expectedFrom, lastDayExclusive);
            }
        }
        return out;
    }

    private Map<Star, Authority> table(Binder.Obj a, String key) {
        Binder.Obj t = a.child(key, true, STAR_KEYS);
        if (t == null) {
            return null;
        }
        Map<Star, Authority> out = new EnumMap<>(Star.class);
        boolean ok = true;
        for (String star : List.of("3", "4", "5")) {
            String v = t.str(star, false);
            if (v == null) {
                continue;
            }
            if (!v.equals("DISTRICT") && !v.equals("PROVINCE") && !v.equals("MINISTRY")) {
                b.report(t.path(star), "process.authority", v);
                ok = false;
            } else {
                out.put(Star.of(Integer.parseInt(star)), Authority.valueOf(v));
            }
        }
        return ok ? out : null;
    }

    // ---------------------------------------------------------------- transition

    private ProcessTerms.Transition transition(Binder.Obj p) {
        Binder.Obj t = p.child("transition", false, TRANSITION_KEYS);
        if (t == null) {
            return null;
        }
        String previous = t.str("previousEdition", true);
        ProcessTerms.Term first = term(t, "firstOrUpgrade", true);
        ProcessTerms.Term re = term(t, "reEvaluation", true);
        return previous == null || first == null || re == null ? null
                : new ProcessTerms.Transition(previous, first, re);
    }

    // ---------------------------------------------------------------- dossier

    private List<ProcessTerms.Component> dossier(Binder.Obj p, Set<String> groupCodes) {
        List<ProcessTerms.Component> out = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        for (Binder.Obj c : p.objects("dossier", false, COMPONENT_KEYS)) {
            String code = c.str("code", true);
            String name = c.str("name", true);
            String nameEn = c.str("nameEn", true);
            ProcessTerms.Stage stage = stage(c);
            Set<String> kinds = kinds(c);
            Integer quantity = c.has("quantity") ? c.integer("quantity", false) : Integer.valueOf(1);
            Set<String> exempt = new LinkedHashSet<>(c.strings("exemptGroups"));
            boolean optional = c.bool("optional");
            String citation = c.str("citation", true);
            if (code != null && !code.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
                b.report(c.path("code"), "process.componentCode", code);
                code = null;
            } else if (code != null && !codes.add(code)) {
                b.report(c.path("code"), "process.componentTwice", code);
            }
            if (quantity != null && (quantity < 1 || quantity > 100)) {
                b.report(c.path("quantity"), "process.quantity", quantity);
                quantity = null;
            }
            List<String> unknownGroups = new ArrayList<>(exempt);
            unknownGroups.removeAll(groupCodes);
            if (!unknownGroups.isEmpty()) {
                b.report(c.path("exemptGroups"), "process.groups", unknownGroups.toString(),
                        new java.util.TreeSet<>(groupCodes).toString());
                exempt = null;
            }
            if (code != null && name != null && nameEn != null && stage != null && kinds != null && quantity != null
                    && exempt != null && citation != null) {
                out.add(new ProcessTerms.Component(code, name, nameEn, stage, kinds, quantity, exempt, optional,
                        citation));
            }
        }
        return out;
    }

    private ProcessTerms.Stage stage(Binder.Obj c) {
        String s = c.str("stage", true);
        if (s == null) {
            return null;
        }
        for (ProcessTerms.Stage st : ProcessTerms.Stage.values()) {
            if (st.name().equals(s)) {
                return st;
            }
        }
        b.report(c.path("stage"), "process.stage", s);
        return null;
    }

    private Set<String> kinds(Binder.Obj c) {
        if (!c.has("kinds")) {
            b.report(c.path("kinds"), "bind.missing", "kinds");
            return null;
        }
        List<String> kinds = c.strings("kinds");
        Set<String> out = new LinkedHashSet<>();
        boolean ok = !kinds.isEmpty();
        if (kinds.isEmpty()) {
            b.report(c.path("kinds"), "process.kindsEmpty", ProcessTerms.REGISTRATION_KINDS.toString());
        }
        for (String k : kinds) {
            if (!ProcessTerms.REGISTRATION_KINDS.contains(k)) {
                b.report(c.path("kinds"), "process.kindUnknown", k);
                ok = false;
            } else if (!out.add(k)) {
                b.report(c.path("kinds"), "process.kindTwice", k);
            }
        }
        return ok ? out : null;
    }
}
