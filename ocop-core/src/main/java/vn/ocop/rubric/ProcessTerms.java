package vn.ocop.rubric;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import vn.ocop.format.Localized;
import vn.ocop.internal.Messages;

/**
 * The process terms a decision fixes, read from the {@code process} object of its {@code edition.json}: how long a
 * certificate is valid, the re-evaluation window and decision period, the revocation period, the commune's working
 * days, the late filer's extension, the evaluation rounds, who recognises and revokes which star class in which
 * period, how dossiers pending when the decision took effect finish, and the components of a dossier. Each term
 * carries the article that states it.
 *
 * <p>A term the decision does not state, or that no source available to the project gives, is absent
 * ({@link Optional#empty()} or an empty list) and the edition's {@link #notes()} say why; the library then applies
 * no check for it. Only the validity of a certificate and at least one period of authorities are required.
 *
 * <p>Registration kinds are named as in Mẫu số 01 ("Lần đầu", "Nâng hạng", "Đánh giá lại"):
 * {@code "FIRST"}, {@code "UPGRADE"}, {@code "REEVALUATION"} ({@link #REGISTRATION_KINDS}), the names of
 * {@code vn.ocop.product.RegistrationKind}.
 *
 * <pre>{@code
 * ProcessTerms t = RubricCatalog.bundled().edition("QD-26-2026").process().orElseThrow();
 * t.validityMonths().value();                            // 36 (Điều 4.3)
 * t.authoritiesOn(LocalDate.of(2026, 6, 1)).orElseThrow().recognises(Star.FIVE);   // MINISTRY
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class ProcessTerms {
    /** The registration kinds a dossier component or a pending-dossier term may name. */
    public static final Set<String> REGISTRATION_KINDS = Set.of("FIRST", "UPGRADE", "REEVALUATION");

    private final String citation;
    private final Term validityMonths;
    private final Term windowOpens;
    private final Term windowCloses;
    private final Term decisionDays;
    private final Term revocationDays;
    private final Term communeWorkingDays;
    private final Term lateFilingExtensionDays;
    private final List<RoundRule> rounds;
    private final List<Authorities> authorities;
    private final Transition transition;
    private final List<Component> dossier;
    private final List<String> notes;

    /**
     * Creates the terms; {@code RubricLoader} checks their consistency with the edition when it reads them.
     *
     * @param citation the articles the terms come from, not null
     * @param validityMonths months a certificate is valid, not null
     * @param windowOpens days before expiry the re-evaluation window opens, or null
     * @param windowCloses days before expiry it closes, or null (null exactly when {@code windowOpens} is)
     * @param decisionDays days the re-evaluation may take from the complete dossier, or null
     * @param revocationDays days the revocation decision may take from the finding, or null
     * @param communeWorkingDays working days of the commune's check, or null
     * @param lateFilingExtensionDays longest extension past expiry for a late re-evaluation filer, or null
     * @param rounds the evaluation rounds, not null (may be empty)
     * @param authorities who recognises and revokes, by period, in date order, not null, not empty
     * @param transition how dossiers pending under the previous decision finish, or null
     * @param dossier the components of a dossier, not null (may be empty)
     * @param notes remarks and doubts, not null
     * @throws IllegalArgumentException if there is no period of authorities, or one window bound is given without
     *         the other
     */
    public ProcessTerms(String citation, Term validityMonths, Term windowOpens, Term windowCloses, Term decisionDays,
            Term revocationDays, Term communeWorkingDays, Term lateFilingExtensionDays, List<RoundRule> rounds,
            List<Authorities> authorities, Transition transition, List<Component> dossier, List<String> notes) {
        this.citation = Objects.requireNonNull(citation, "citation");
        this.validityMonths = Objects.requireNonNull(validityMonths, "validityMonths");
        if ((windowOpens == null) != (windowCloses == null)) {
            throw new IllegalArgumentException("a re-evaluation window needs both its bounds");
        }
        this.windowOpens = windowOpens;
        this.windowCloses = windowCloses;
        this.decisionDays = decisionDays;
        this.revocationDays = revocationDays;
        this.communeWorkingDays = communeWorkingDays;
        this.lateFilingExtensionDays = lateFilingExtensionDays;
        this.rounds = List.copyOf(rounds);
        this.authorities = List.copyOf(authorities);
        if (this.authorities.isEmpty()) {
            throw new IllegalArgumentException("process terms need at least one period of authorities");
        }
        this.transition = transition;
        this.dossier = List.copyOf(dossier);
        this.notes = List.copyOf(notes);
    }

    /** @return the articles the terms come from */
    public String citation() {
        return citation;
    }

    /** @return months a certificate is valid from its issue date (26/2026: 36, Điều 4.3) */
    public Term validityMonths() {
        return validityMonths;
    }

    /** @return days before expiry the re-evaluation window opens (26/2026: 180, Điều 7.6.a), if the decision sets one */
    public Optional<Term> reEvaluationWindowOpens() {
        return Optional.ofNullable(windowOpens);
    }

    /** @return days before expiry the re-evaluation window closes (26/2026: 120, Điều 7.6.a), if the decision sets one */
    public Optional<Term> reEvaluationWindowCloses() {
        return Optional.ofNullable(windowCloses);
    }

    /** @return days the re-evaluation may take from the complete dossier (26/2026: 45, Điều 7.6.g), if stated */
    public Optional<Term> reEvaluationDecisionDays() {
        return Optional.ofNullable(decisionDays);
    }

    /** @return days the revocation decision may take from the finding (26/2026: 15, Điều 8.4), if stated */
    public Optional<Term> revocationDays() {
        return Optional.ofNullable(revocationDays);
    }

    /** @return working days of the commune's check (26/2026: 15, Điều 7.2), if stated */
    public Optional<Term> communeWorkingDays() {
        return Optional.ofNullable(communeWorkingDays);
    }

    /** @return the longest extension past expiry for a late re-evaluation filer (26/2026: 180, Điều 12.3), if any */
    public Optional<Term> lateFilingExtensionDays() {
        return Optional.ofNullable(lateFilingExtensionDays);
    }

    /** @return the evaluation rounds the decision sets (Điều 5), possibly none */
    public List<RoundRule> rounds() {
        return rounds;
    }

    /**
     * @param level {@link Authority#PROVINCE} or {@link Authority#MINISTRY}, not null
     * @return the rounds held at that level, in the order of the file
     */
    public List<RoundRule> rounds(Authority level) {
        Objects.requireNonNull(level, "level");
        return rounds.stream().filter(r -> r.level() == level).toList();
    }

    /** @return who recognises and revokes, by period, in date order, never empty */
    public List<Authorities> authorities() {
        return authorities;
    }

    /**
     * @param date a date, not null
     * @return the period of authorities that contains it, if any
     */
    public Optional<Authorities> authoritiesOn(LocalDate date) {
        Objects.requireNonNull(date, "date");
        for (Authorities a : authorities) {
            if (a.period().contains(date)) {
                return Optional.of(a);
            }
        }
        return Optional.empty();
    }

    /** @return how dossiers pending under the previous decision finish (26/2026: Điều 12.2), if the decision says */
    public Optional<Transition> transition() {
        return Optional.ofNullable(transition);
    }

    /** @return every component of a dossier the decision lists (26/2026: Điều 6), possibly none */
    public List<Component> dossier() {
        return dossier;
    }

    /**
     * @param kind a registration kind of {@link #REGISTRATION_KINDS}, not null
     * @return the components a dossier of that kind has, in the order of the file
     * @throws IllegalArgumentException if the kind is not one of {@link #REGISTRATION_KINDS}
     */
    public List<Component> dossier(String kind) {
        checkKind(kind);
        return dossier.stream().filter(c -> c.kinds().contains(kind)).toList();
    }

    /** @return remarks and doubts about the terms */
    public List<String> notes() {
        return notes;
    }

    static void checkKind(String kind) {
        if (!REGISTRATION_KINDS.contains(Objects.requireNonNull(kind, "kind"))) {
            throw new IllegalArgumentException("registration kind must be one of " + REGISTRATION_KINDS + ", was "
                    + kind);
        }
    }

    @Override
    public String toString() {
        return "ProcessTerms[" + citation + ", validity " + validityMonths.value() + " months]";
    }

    /**
     * One number the decision fixes, with its article.
     *
     * <p>Immutable and thread-safe.
     *
     * @param value the number (months or days, as the term says), at least 1
     * @param citation the article, e.g. {@code "Điều 8.4"}, not null
     */
    public record Term(int value, String citation) {
        /**
         * Checks the components.
         *
         * @param value the number, at least 1
         * @param citation the article, not null
         * @throws IllegalArgumentException if the value is below 1
         */
        public Term {
            Objects.requireNonNull(citation, "citation");
            if (value < 1) {
                throw new IllegalArgumentException("a process term is at least 1, was " + value);
            }
        }
    }

    /**
     * An evaluation round a decision sets (Điều 5) or a council's rules add (Điều 5.1 and 5.2, second
     * paragraphs): held at a level before a day of the year, for proposals dated before another day.
     *
     * <p>"Trước ngày 30 tháng 4" is read strictly: a proposal dated 30 April falls after the cut-off. When
     * {@code heldBefore} is not later in the year than {@code proposalsBefore}, the round is held the next year
     * (a ministry round before 30 March for proposals before 30 January is held the same year; a round "before
     * 31 January for proposals before 15 December" the next one).
     *
     * <p>Immutable and thread-safe.
     *
     * @param level {@link Authority#PROVINCE} or {@link Authority#MINISTRY}, not null
     * @param number the round's number at its level, at least 1
     * @param proposalsBefore proposals dated before this day of the year belong to the round, not null
     * @param heldBefore the round is held before this day of the year, not null
     * @param citation the article (or the council's rules) that sets the round, not null
     */
    public record RoundRule(Authority level, int number, MonthDay proposalsBefore, MonthDay heldBefore,
            String citation) {
        /**
         * Checks the components.
         *
         * @param level {@link Authority#PROVINCE} or {@link Authority#MINISTRY}, not null
         * @param number the round's number at its level, at least 1
         * @param proposalsBefore proposals dated before this day of the year belong to the round, not null
         * @param heldBefore the round is held before this day of the year, not null
         * @param citation the article (or the council's rules) that sets the round, not null
         * @throws IllegalArgumentException if the level is not the province or the ministry, the number is below 1,
         *         or both days are the same
         */
        public RoundRule {
            Objects.requireNonNull(level, "level");
            Objects.requireNonNull(proposalsBefore, "proposalsBefore");
            Objects.requireNonNull(heldBefore, "heldBefore");
            Objects.requireNonNull(citation, "citation");
            if (level != Authority.PROVINCE && level != Authority.MINISTRY) {
                throw new IllegalArgumentException("rounds are held by the province or the ministry, not " + level);
            }
            if (number < 1) {
                throw new IllegalArgumentException("a round's number is at least 1, was " + number);
            }
            if (proposalsBefore.equals(heldBefore)) {
                throw new IllegalArgumentException("a round cannot be held before the day its proposals close ("
                        + proposalsBefore + ")");
            }
        }

        /**
         * @param year the year of the cut-off, e.g. 2026
         * @return the first date after the cut-off (proposals must be dated before it)
         */
        public LocalDate proposalsBefore(int year) {
            return proposalsBefore.atYear(year);
        }

        /**
         * @param year the year of the cut-off
         * @return the date the round of that cut-off is held before (the next year when the day comes earlier in
         *         the year than the cut-off)
         */
        public LocalDate heldBefore(int year) {
            return heldBefore.isAfter(proposalsBefore) ? heldBefore.atYear(year) : heldBefore.atYear(year + 1);
        }
    }

    /**
     * Who recognises (and certifies) and who revokes each certifiable star class during a period (Điều 4.1 and
     * 8.2 of Decision 26/2026; the district's 3★ under Decision 148 before the districts ended). A star class
     * missing from a map is one the project has no source for: no check is made for it.
     *
     * <p>Immutable and thread-safe.
     *
     * @param period the half-open period, not null
     * @param recognises 3★ to 5★ to the recognising authority, not null
     * @param revokes 3★ to 5★ to the revoking authority, not null
     * @param citation the articles, not null
     */
    public record Authorities(DateRange period, Map<Star, Authority> recognises, Map<Star, Authority> revokes,
            String citation) {
        /**
         * Checks and copies the components.
         *
         * @param period the half-open period, not null
         * @param recognises 3★ to 5★ to the recognising authority, not null
         * @param revokes 3★ to 5★ to the revoking authority, not null
         * @param citation the articles, not null
         * @throws IllegalArgumentException if a map names 1★ or 2★, or {@link Authority#NONE}
         */
        public Authorities {
            Objects.requireNonNull(period, "period");
            Objects.requireNonNull(citation, "citation");
            recognises = table(recognises, "recognises");
            revokes = table(revokes, "revokes");
        }

        private static Map<Star, Authority> table(Map<Star, Authority> in, String what) {
            Map<Star, Authority> out = new EnumMap<>(Star.class);
            for (Map.Entry<Star, Authority> e : Objects.requireNonNull(in, what).entrySet()) {
                Star s = Objects.requireNonNull(e.getKey(), what);
                Authority a = Objects.requireNonNull(e.getValue(), what);
                if (!s.isCertifiable() || a == Authority.NONE) {
                    throw new IllegalArgumentException(what + ": only 3★ to 5★ have an authority, found " + s
                            + " → " + a);
                }
                out.put(s, a);
            }
            return Collections.unmodifiableMap(out);
        }

        /**
         * @param stars a star class, not null
         * @return who recognises it in this period, if the terms say (never for 1★ and 2★)
         */
        public Optional<Authority> recognises(Star stars) {
            return Optional.ofNullable(recognises.get(Objects.requireNonNull(stars, "stars")));
        }

        /**
         * @param stars a star class, not null
         * @return who revokes a certificate of it in this period, if the terms say
         */
        public Optional<Authority> revokes(Star stars) {
            return Optional.ofNullable(revokes.get(Objects.requireNonNull(stars, "stars")));
        }
    }

    /**
     * How dossiers filed under the previous decision and not yet decided when this one took effect finish: under
     * the previous decision's rules, within a number of days counted from this decision's first day (26/2026,
     * Điều 12.2: 60 days for a first evaluation or an upgrade, 30 for a re-evaluation).
     *
     * <p>Immutable and thread-safe.
     *
     * @param previousEdition id of the previous edition, not null
     * @param firstOrUpgrade days for a first evaluation or an upgrade, not null
     * @param reEvaluation days for a re-evaluation, not null
     */
    public record Transition(String previousEdition, Term firstOrUpgrade, Term reEvaluation) {
        /**
         * Checks the components.
         *
         * @param previousEdition id of the previous edition, not null
         * @param firstOrUpgrade days for a first evaluation or an upgrade, not null
         * @param reEvaluation days for a re-evaluation, not null
         */
        public Transition {
            Objects.requireNonNull(previousEdition, "previousEdition");
            Objects.requireNonNull(firstOrUpgrade, "firstOrUpgrade");
            Objects.requireNonNull(reEvaluation, "reEvaluation");
        }

        /**
         * @param kind a registration kind of {@link #REGISTRATION_KINDS}, not null
         * @return the term for dossiers of that kind
         * @throws IllegalArgumentException if the kind is not one of {@link #REGISTRATION_KINDS}
         */
        public Term days(String kind) {
            checkKind(kind);
            return "REEVALUATION".equals(kind) ? reEvaluation : firstOrUpgrade;
        }
    }

    /** Who prepares a part of the dossier, and for whom (Điều 6). */
    public enum Stage implements Localized {
        /** The producer's dossier ("hồ sơ sản phẩm", Điều 6.1), filed with the commune. */
        PRODUCER,
        /** The commune's proposal to the province (Điều 6.2). */
        COMMUNE,
        /** The province's proposal of a 5★ product to the ministry (Điều 6.3): only a 5★ dossier has these. */
        PROVINCE;

        /**
         * @param locale the reader's locale, not null
         * @return the name in Vietnamese, or in English for an English locale
         */
        @Override
        public String text(Locale locale) {
            return Messages.of("rubric").text(locale, "dossierStage." + name());
        }
    }

    /**
     * One component of a dossier (Điều 6): a form, a report, a letter or the product samples, who prepares it,
     * for which registration kinds, how many (samples), which product groups are exempt, and whether it is only
     * needed when it exists ("nếu có").
     *
     * <p>Immutable and thread-safe.
     *
     * @param code the component's code, unique in the edition, e.g. {@code "mau-01"}, not null
     * @param name Vietnamese name, not null
     * @param nameEn English name, not null
     * @param stage who prepares it, not null
     * @param kinds the registration kinds whose dossier has it, a non-empty subset of {@link #REGISTRATION_KINDS}
     * @param quantity how many (5 product samples), at least 1
     * @param exemptGroups Annex I product groups that do not need it (samples: the tourism group VI), not null
     * @param optional whether it is only needed when it exists ("nếu có")
     * @param citation the article, not null
     */
    public record Component(String code, String name, String nameEn, Stage stage, Set<String> kinds, int quantity,
            Set<String> exemptGroups, boolean optional, String citation) implements Localized {
        /**
         * Checks and copies the components.
         *
         * @param code the component's code, unique in the edition, not null
         * @param name Vietnamese name, not null
         * @param nameEn English name, not null
         * @param stage who prepares it, not null
         * @param kinds the registration kinds whose dossier has it, not empty
         * @param quantity how many, at least 1
         * @param exemptGroups product groups that do not need it, not null
         * @param optional whether it is only needed when it exists
         * @param citation the article, not null
         * @throws IllegalArgumentException if a kind is unknown, there is none, or the quantity is below 1
         */
        public Component {
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(nameEn, "nameEn");
            Objects.requireNonNull(stage, "stage");
            Objects.requireNonNull(citation, "citation");
            kinds = Set.copyOf(kinds);
            exemptGroups = Set.copyOf(exemptGroups);
            if (kinds.isEmpty()) {
                throw new IllegalArgumentException("component " + code + " names no registration kind");
            }
            List<String> unknown = new ArrayList<>(kinds);
            unknown.removeAll(REGISTRATION_KINDS);
            if (!unknown.isEmpty()) {
                throw new IllegalArgumentException("component " + code + ": unknown registration kinds " + unknown);
            }
            if (quantity < 1) {
                throw new IllegalArgumentException("component " + code + ": quantity is at least 1, was " + quantity);
            }
        }

        /**
         * @param productGroup an Annex I product group, e.g. {@code "VI"}, not null
         * @return whether a product of that group needs this component
         */
        public boolean appliesTo(String productGroup) {
            return !exemptGroups.contains(Objects.requireNonNull(productGroup, "productGroup"));
        }

        /**
         * @param locale the reader's locale, not null
         * @return the name in Vietnamese, or in English for an English locale
         */
        @Override
        public String text(Locale locale) {
            return vn.ocop.format.Formats.of(locale).english() ? nameEn : name;
        }
    }
}
