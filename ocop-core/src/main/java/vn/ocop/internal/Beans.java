package vn.ocop.internal;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import vn.ocop.format.Formats;

/**
 * Bean Validation (Jakarta Validation, Hibernate Validator) of the library's input records, e.g. the
 * {@code @NotBlank member} and {@code @Min(1) @Max(26) set} of an evaluation sheet.
 *
 * <p>Constraint messages are the library's own keys ({@code {vn.ocop.constraints.NotBlank.message}}) in the
 * bundle {@code ContributorValidationMessages} (Hibernate Validator's bundle for libraries: every jar's copy is
 * merged, so an application's own {@code ValidationMessages} neither hides nor is hidden by it). The library asks
 * for Vietnamese unless English is asked for, whatever the JVM's default locale: one validator per language, each
 * with that language as its default and its own {@code _vi} or {@code _en} file (a request for Vietnamese never
 * falls back to the JVM locale's file). No expression language is needed (parameter interpolation only).
 *
 * <p>Thread-safe; the validators are built on first use.
 */
public final class Beans {
    private Beans() {
    }

    /**
     * A violated constraint.
     *
     * @param property the property's path, e.g. {@code member}
     * @param value the value that breaks it, may be null
     * @param message what is wrong, in Vietnamese
     */
    public record Violation(String property, Object value, String message) {
    }

    private static final class Vietnamese {
        static final Validator VALIDATOR = validator(Formats.VIETNAMESE_LOCALE);
    }

    private static final class English {
        static final Validator VALIDATOR = validator(Locale.ENGLISH);
    }

    private static Validator validator(Locale language) {
        Set<Locale> both = Set.of(Formats.VIETNAMESE_LOCALE, Locale.ENGLISH);
        return Validation.byDefaultProvider().configure()
                .messageInterpolator(new ParameterMessageInterpolator(both, language, false))
                .buildValidatorFactory().getValidator();
    }

    /**
     * @param bean an input object, not null
     * @return every violated constraint, sorted by property path; empty when valid
     */
    public static List<Violation> violations(Object bean) {
        Objects.requireNonNull(bean, "bean");
        List<ConstraintViolation<Object>> vs = new ArrayList<>(Vietnamese.VALIDATOR.validate(bean));
        vs.sort(Comparator.comparing((ConstraintViolation<Object> v) -> v.getPropertyPath().toString())
                .thenComparing(ConstraintViolation::getMessageTemplate));
        List<Violation> out = new ArrayList<>(vs.size());
        for (ConstraintViolation<Object> v : vs) {
            out.add(new Violation(v.getPropertyPath().toString(), v.getInvalidValue(), v.getMessage()));
        }
        return out;
    }

    /**
     * The name a reader gives a checked field ({@code member} is "người đánh giá"), from the {@code fields} bundle.
     *
     * @param property the property's path, e.g. {@code member}, not null
     * @param locale the reader's locale, not null: English for an English locale, Vietnamese for every other
     * @return the field's name in that language, or the property's path when the bundle does not name it
     */
    public static String propertyName(String property, Locale locale) {
        Messages names = Messages.of("fields");
        return names.pattern(false, property) == null ? property : names.text(locale, property);
    }

    /**
     * What is wrong with one value of a property, in a language.
     *
     * @param type the input type, not null
     * @param property the property, not null
     * @param value the value, may be null
     * @param locale the reader's locale, not null: English for an English locale, Vietnamese for every other
     * @return the messages of every constraint the value breaks, joined with "; ", sorted; empty when none
     */
    public static String message(Class<?> type, String property, Object value, Locale locale) {
        List<String> out = new ArrayList<>();
        Validator validator = Formats.isEnglish(locale) ? English.VALIDATOR : Vietnamese.VALIDATOR;
        for (ConstraintViolation<?> v : validator.validateValue(type, property, value)) {
            out.add(v.getMessage());
        }
        out.sort(null);
        return String.join("; ", out);
    }
}
