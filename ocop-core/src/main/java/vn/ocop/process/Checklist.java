package vn.ocop.process;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import vn.ocop.format.Localized;
import vn.ocop.internal.Messages;
import vn.ocop.rubric.ProcessTerms;

/**
 * The components a dossier must have (Điều 6.1–6.3 of Decision 26/2026), from the {@code dossier} terms of the
 * edition in force, for one registration kind and product group, with what was provided: a completeness report.
 * Only the components of the stages asked for are listed (the producer's and the commune's for a dossier the
 * province evaluates; the province's too for a 5★ dossier it sends to the ministry). A component the text marks
 * "nếu có" is listed but never missing; a product group exempt from a component (tourism, no samples) does not
 * need it.
 *
 * <p>An edition without dossier terms (148/2023 in the sources) gives an empty checklist, complete by definition:
 * {@link #listed()} tells the two apart.
 *
 * <p>Immutable and thread-safe.
 *
 * @param editionId the edition whose terms list the components, not null
 * @param kind the registration kind, one of {@link ProcessTerms#REGISTRATION_KINDS}, not null
 * @param productGroup the Annex I product group, not null
 * @param items the components, in the order of the edition file, not null
 */
public record Checklist(String editionId, String kind, String productGroup, List<Item> items) implements Localized {
    private static final Messages TEXT = Messages.of("process");

    /**
     * Checks and copies the components.
     *
     * @param editionId the edition whose terms list the components, not null
     * @param kind the registration kind, not null
     * @param productGroup the Annex I product group, not null
     * @param items the components, not null
     */
    public Checklist {
        Objects.requireNonNull(editionId, "editionId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(productGroup, "productGroup");
        items = List.copyOf(items);
    }

    /**
     * The checklist of a dossier.
     *
     * @param terms the process terms of the edition in force, not null
     * @param editionId that edition's id, not null
     * @param kind the registration kind, one of {@link ProcessTerms#REGISTRATION_KINDS}, not null
     * @param productGroup the Annex I product group, not null
     * @param stages the stages whose components are listed, not null
     * @param provided how many of each component (by code) the dossier has, not null; absent means none
     * @return the checklist
     * @throws IllegalArgumentException if the kind is unknown
     */
    public static Checklist of(ProcessTerms terms, String editionId, String kind, String productGroup,
            Set<ProcessTerms.Stage> stages, Map<String, Integer> provided) {
        Objects.requireNonNull(stages, "stages");
        Objects.requireNonNull(provided, "provided");
        List<Item> items = new ArrayList<>();
        for (ProcessTerms.Component c : Objects.requireNonNull(terms, "terms").dossier(kind)) {
            if (stages.contains(c.stage())) {
                boolean required = !c.optional() && c.appliesTo(productGroup);
                items.add(new Item(c, required, Math.max(0, provided.getOrDefault(c.code(), 0))));
            }
        }
        return new Checklist(editionId, kind, productGroup, items);
    }

    /** @return whether the edition lists any component for this dossier */
    public boolean listed() {
        return !items.isEmpty();
    }

    /** @return whether every required component is there in the required quantity */
    public boolean complete() {
        return items.stream().allMatch(Item::satisfied);
    }

    /** @return the required components missing or short, in order */
    public List<Item> missing() {
        return items.stream().filter(i -> !i.satisfied()).toList();
    }

    /**
     * @param locale the reader's locale, not null
     * @return the completeness report, one line per component, in Vietnamese or English
     */
    @Override
    public String text(Locale locale) {
        StringBuilder b = new StringBuilder(TEXT.text(locale, complete() ? "checklist.complete"
                : "checklist.incomplete", missing().size()));
        for (Item i : items) {
            b.append('\n').append(i.text(locale));
        }
        return b.toString();
    }

    /**
     * One component with what was provided.
     *
     * <p>Immutable and thread-safe.
     *
     * @param component the component, with its article, not null
     * @param required whether this dossier needs it (not optional, the product group not exempt)
     * @param provided how many the dossier has, not negative
     */
    public record Item(ProcessTerms.Component component, boolean required, int provided) implements Localized {
        /**
         * Checks the components.
         *
         * @param component the component, not null
         * @param required whether this dossier needs it
         * @param provided how many the dossier has, not negative
         * @throws IllegalArgumentException if {@code provided} is negative
         */
        public Item {
            Objects.requireNonNull(component, "component");
            if (provided < 0) {
                throw new IllegalArgumentException("provided must not be negative, was " + provided);
            }
        }

        /** @return whether the component is there in the required quantity, or not needed */
        public boolean satisfied() {
            return !required || provided >= component.quantity();
        }

        /**
         * @param locale the reader's locale, not null
         * @return e.g. "[thiếu] Sản phẩm mẫu … (có 3/5; Điều 6.2.d)", in Vietnamese or English
         */
        @Override
        public String text(Locale locale) {
            String key = !required ? "checklist.notNeeded" : satisfied() ? "checklist.ok" : "checklist.missing";
            return TEXT.text(locale, key, component, provided, component.quantity(), component.citation());
        }
    }
}
