package vn.ocop.product;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import vn.ocop.process.Checklist;
import vn.ocop.process.Deadline;
import vn.ocop.process.HolidayCalendar;
import vn.ocop.rubric.ProcessTerms;

/**
 * A registration dossier ("hồ sơ") of a product on its way through the rounds: kind, filing date, the commune's
 * pre-check, the samples, and the dates of the commune's and the province's proposals.
 *
 * <p>Immutable and thread-safe.
 *
 * @param productId the product, not null
 * @param productGroup Annex I product group "I" to "VI", not null
 * @param kind first evaluation, upgrade or re-evaluation, not null
 * @param submitted date the producer filed it with the commune, not null
 * @param samples number of product samples supplied
 * @param preCheck the commune's pre-check, not null
 * @param communeProposal date the commune proposed it to the province, or null
 * @param provinceProposal date the province proposed it to the ministry (5★ potential), or null
 */
public record Dossier(String productId, String productGroup, RegistrationKind kind, LocalDate submitted, int samples,
        CommunePreCheck preCheck, LocalDate communeProposal, LocalDate provinceProposal) {
    /**
     * Checks the components.
     *
     * @param productId the product, not null
     * @param productGroup Annex I product group "I" to "VI", not null
     * @param kind first evaluation, upgrade or re-evaluation, not null
     * @param submitted date the producer filed it with the commune, not null
     * @param samples number of product samples supplied
     * @param preCheck the commune's pre-check, not null
     * @param communeProposal date the commune proposed it to the province, or null
     * @param provinceProposal date the province proposed it to the ministry (5★ potential), or null
     * @throws IllegalArgumentException if {@code samples} is negative
     */
    public Dossier {
        Objects.requireNonNull(productId, "productId");
        Objects.requireNonNull(productGroup, "productGroup");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(submitted, "submitted");
        Objects.requireNonNull(preCheck, "preCheck");
        if (samples < 0) {
            throw new IllegalArgumentException("samples must not be negative, was " + samples);
        }
    }

    /**
     * Files a dossier for a producer's product, checking who may register what (Điều 2.3): a cooperative, a
     * cooperative group, a small or medium enterprise, a farm or a household registers any product group, an
     * association or an operating centre only the tourism group (VI); a household needs its business registration
     * ("hộ gia đình có đăng ký kinh doanh"; the library reads the qualifier as binding households, the type that has
     * no registration of its own as an organisation); and the product's rubric set must belong to its product group
     * in the edition in force on the filing date (Điều 2.2 and Phụ lục I).
     *
     * @param producer the producer, not null
     * @param product the product, the producer's, not null
     * @param kind first evaluation, upgrade or re-evaluation, not null
     * @param submitted date the producer filed it with the commune, not null
     * @param samples number of product samples supplied, not negative
     * @param preCheck the commune's pre-check, not null
     * @return the dossier, not yet proposed
     * @throws LifecycleException if the producer may not register the product ({@link LifecycleRule#ELIGIBILITY})
     *         or the product's set is not of its group ({@link LifecycleRule#SET_OF_GROUP})
     * @throws IllegalArgumentException if the product is another producer's
     */
    public static Dossier file(Producer producer, Product product, RegistrationKind kind, LocalDate submitted,
            int samples, CommunePreCheck preCheck) {
        Objects.requireNonNull(producer, "producer");
        Objects.requireNonNull(product, "product");
        Objects.requireNonNull(submitted, "submitted");
        if (!producer.id().equals(product.producerId())) {
            throw new IllegalArgumentException("product " + product.id() + " is producer " + product.producerId()
                    + "'s, not " + producer.id() + "'s");
        }
        if (!producer.type().mayRegister(product.productGroup())) {
            throw new LifecycleException(LifecycleRule.ELIGIBILITY, "producerType", producer.name(), producer.type(),
                    product.name(), product.productGroup());
        }
        if (producer.type() == ProducerType.HO_SAN_XUAT && producer.businessRegistration() == null) {
            throw new LifecycleException(LifecycleRule.ELIGIBILITY, "noBusinessRegistration", producer.name());
        }
        vn.ocop.rubric.Edition e = vn.ocop.rubric.RubricCatalog.bundled().editionInForce(submitted);
        String taxonomy = e.set(product.setNumber()).taxonomy();
        String group = taxonomy.contains(".") ? taxonomy.substring(0, taxonomy.indexOf('.')) : taxonomy;
        if (!group.equals(product.productGroup())) {
            throw new LifecycleException(LifecycleRule.SET_OF_GROUP, "setOfGroup", product.name(),
                    product.setNumber(), e.id(), group, product.productGroup());
        }
        return new Dossier(product.id(), product.productGroup(), kind, submitted, samples, preCheck, null, null);
    }

    /**
     * The dossier's components (Điều 6.1–6.3) as a checklist with a completeness report, from the edition in force
     * on the filing date. The product samples the dossier records ({@link #samples()}) count for the sample
     * components unless {@code provided} names them. The commune's pre-check (Điều 7.2.a, Mẫu số 03) is an
     * assessment reported to the province ({@link CommunePreCheck#openItems}), not a component and not a reason the
     * dossier cannot proceed: only the commune's report itself (Mẫu số 03) is a component.
     *
     * @param provided how many of each component (by its code in the edition, e.g. {@code "mau-01"}) the dossier
     *        has, not null
     * @param fiveStar whether the province sends it to the ministry as a 5★ dossier (Điều 6.3): the province's
     *        components are then listed too
     * @return the checklist
     */
    public Checklist checklist(Map<String, Integer> provided, boolean fiveStar) {
        Objects.requireNonNull(provided, "provided");
        ProcessTerms terms = ProcessRules.termsInForce(submitted);
        Map<String, Integer> with = new HashMap<>(provided);
        for (ProcessTerms.Component c : terms.dossier()) {
            if (c.quantity() > 1) {
                with.putIfAbsent(c.code(), samples);
            }
        }
        Set<ProcessTerms.Stage> stages = fiveStar
                ? EnumSet.allOf(ProcessTerms.Stage.class)
                : EnumSet.of(ProcessTerms.Stage.PRODUCER, ProcessTerms.Stage.COMMUNE);
        return Checklist.of(terms, vn.ocop.rubric.RubricCatalog.bundled().editionInForce(submitted).id(), kind.name(),
                productGroup, stages, with);
    }

    /**
     * @param calendar the calendar of days off, not null
     * @return the last day of the commune's check and report: 15 working days from the filing (Điều 7.2), or empty
     *         when the rules in force set no period
     */
    public Optional<Deadline> communeReportDeadline(HolidayCalendar calendar) {
        return ProcessRules.communePreCheckDeadline(submitted, calendar);
    }

    /**
     * @return the provincial round the commune's proposal falls into (Điều 5.1)
     * @throws LifecycleException if the commune has not proposed it yet ({@link LifecycleRule#COMMUNE_PROPOSAL}),
     *         or it is a re-evaluation, which is decided within its own period, not in a round
     *         ({@link LifecycleRule#ROUNDS_FOR_FIRST_AND_UPGRADE}, see {@link #reEvaluationDecisionDeadline})
     */
    public Round provincialRound() {
        return provincialRound(List.of());
    }

    /**
     * @param councilRounds extra provincial rounds of the province's council rules (Điều 5.1, second paragraph), not
     *        null (may be empty)
     * @return the provincial round the commune's proposal falls into, among the decision's and the council's
     * @throws LifecycleException as {@link #provincialRound()}
     */
    public Round provincialRound(List<ProcessTerms.RoundRule> councilRounds) {
        if (communeProposal == null) {
            throw new LifecycleException(LifecycleRule.COMMUNE_PROPOSAL, "dossier of " + productId
                    + " has no commune proposal date yet");
        }
        if (kind == RegistrationKind.REEVALUATION) {
            throw new LifecycleException(LifecycleRule.ROUNDS_FOR_FIRST_AND_UPGRADE, "reEvaluationNoRound", productId,
                    communeProposal);
        }
        return Round.provincial(communeProposal, councilRounds);
    }

    /**
     * The last day for the decision on a re-evaluation (Điều 7.6.g: 45 days from the day the province receives the
     * complete dossier, taken as the commune's proposal date; Bộ luật Dân sự 2015 Điều 147 and 148.5).
     *
     * @param calendar the calendar of days off, not null
     * @return the deadline, or empty when this is not a re-evaluation, the commune has not proposed it yet, or the
     *         rules in force set no period
     */
    public Optional<Deadline> reEvaluationDecisionDeadline(HolidayCalendar calendar) {
        if (kind != RegistrationKind.REEVALUATION || communeProposal == null) {
            return Optional.empty();
        }
        return ProcessRules.reEvaluationDecisionDeadline(communeProposal, calendar);
    }

    /**
     * @return the ministry round the province's proposal falls into (Điều 5.2)
     * @throws LifecycleException if the province has not proposed it to the ministry
     *         ({@link LifecycleRule#PROVINCE_PROPOSAL})
     */
    public Round ministryRound() {
        if (provinceProposal == null) {
            throw new LifecycleException(LifecycleRule.PROVINCE_PROPOSAL, "dossier of " + productId
                    + " has not been proposed to the ministry");
        }
        return Round.ministry(provinceProposal);
    }
}
