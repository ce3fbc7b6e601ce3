package vn.ocop.internal.json;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.time.LocalDate;
import vn.ocop.product.Certificate;
import vn.ocop.product.CommunePreCheck;
import vn.ocop.product.Dossier;
import vn.ocop.product.LegalRepresentative;
import vn.ocop.product.ProcessRules;
import vn.ocop.product.Producer;
import vn.ocop.product.Product;
import vn.ocop.product.ProductCode;
import vn.ocop.product.ProductHistory;
import vn.ocop.product.RegistrationKind;
import vn.ocop.product.RevocationGround;
import vn.ocop.product.Round;
import vn.ocop.rubric.Authority;
import vn.ocop.rubric.Star;

/**
 * The JSON mapping of {@code vn.ocop.product}: a certificate with its stored facts only (expiry and status are
 * computed, never written), null facts left out; a product code as its text ({@code "80-29518-003-2026"}); the
 * records of producers, products, dossiers, rounds and histories as they are.
 */
final class ProductMixins {
    private ProductMixins() {
    }

    /**
     * @param module the module to register the mix-ins with, not null
     */
    static void register(SimpleModule module) {
        module.setMixInAnnotation(Certificate.class, CertificateMixin.class);
        module.setMixInAnnotation(ProductCode.class, ProductCodeMixin.class);
        module.setMixInAnnotation(ProductHistory.Event.class, CommonMixins.NonNull.class);
        module.setMixInAnnotation(ProcessRules.TransitionRuling.class, TransitionRulingMixin.class);
        // plain records, written and read as they are: listed so that the mapping of every product type is found here
        module.setMixInAnnotation(Product.class, CommonMixins.Plain.class);
        module.setMixInAnnotation(Producer.class, CommonMixins.Plain.class);
        module.setMixInAnnotation(LegalRepresentative.class, CommonMixins.Plain.class);
        module.setMixInAnnotation(Dossier.class, CommonMixins.Plain.class);
        module.setMixInAnnotation(CommunePreCheck.class, CommonMixins.Plain.class);
        module.setMixInAnnotation(Round.class, CommonMixins.Plain.class);
        module.setMixInAnnotation(ProductHistory.class, CommonMixins.Plain.class);
    }

    /**
     * A certificate's stored facts, in this order, null ones left out; read through its private constructor, which
     * checks every invariant.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
            isGetterVisibility = JsonAutoDetect.Visibility.NONE, creatorVisibility = JsonAutoDetect.Visibility.ANY)
    abstract static class CertificateMixin {
        @JsonCreator
        CertificateMixin(@JsonProperty("id") String id, @JsonProperty("productId") String productId,
                @JsonProperty("stars") Star stars, @JsonProperty("authority") Authority authority,
                @JsonProperty("editionId") String editionId, @JsonProperty("kind") RegistrationKind kind,
                @JsonProperty("issued") LocalDate issued, @JsonProperty("extendedUntil") LocalDate extendedUntil,
                @JsonProperty("revoked") LocalDate revoked,
                @JsonProperty("revocationGround") RevocationGround revocationGround,
                @JsonProperty("replaced") LocalDate replaced, @JsonProperty("replacedBy") String replacedBy,
                @JsonProperty("reEvaluationFiled") LocalDate reEvaluationFiled,
                @JsonProperty("reEvaluationDecisionDue") LocalDate reEvaluationDecisionDue,
                @JsonProperty("reEvaluationRefused") LocalDate reEvaluationRefused) {
        }
    }

    /** A product code as its text. */
    abstract static class ProductCodeMixin {
        @JsonValue
        abstract String format();

        @JsonCreator
        static ProductCode parse(String text) {
            return ProductCode.parse(text);
        }
    }

    /** A ruling with the rubric edition of its procedure. */
    @JsonPropertyOrder({"procedure", "editionId", "deadline", "deadlineMissed", "citation"})
    abstract static class TransitionRulingMixin {
        @JsonProperty("editionId")
        abstract String editionId();
    }
}
