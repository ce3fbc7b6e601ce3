/**
 * The OCOP engine: rubric editions and their loading ({@code vn.ocop.rubric}), scoring, council averaging and
 * star classification with explanations ({@code vn.ocop.scoring}).
 */
module vn.ocop.core {
    requires transitive com.fasterxml.jackson.databind;
    requires jakarta.validation;
    requires org.hibernate.validator;
    requires static org.junit.jupiter.api;

    exports vn.ocop;
    exports vn.ocop.rubric;
    exports vn.ocop.scoring;
    exports vn.ocop.product;
    exports vn.ocop.plan;
    exports vn.ocop.rulecheck;
    exports vn.ocop.format;

    opens vn.ocop.rubric to com.fasterxml.jackson.databind;
    opens vn.ocop.scoring to com.fasterxml.jackson.databind, org.hibernate.validator;
    opens vn.ocop.product to com.fasterxml.jackson.databind, org.hibernate.validator;
    opens vn.ocop.plan to com.fasterxml.jackson.databind, org.hibernate.validator;
    opens vn.ocop.rulecheck to com.fasterxml.jackson.databind;
    opens vn.ocop.internal.json to com.fasterxml.jackson.databind;
}
