package vn.ocop.internal;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * Bean Validation (Jakarta Validation, Hibernate Validator) of input objects, e.g. the {@code @NotBlank member} and
 * {@code @Min(1) @Max(26) set} of an evaluation sheet. One validator per class loader, created on first use; no
 * expression language is needed (parameter interpolation only).
 */
public final class Beans {
    private Beans() {
    }

    private static final class Holder {
        static final Validator VALIDATOR = Validation.byDefaultProvider().configure()
                .messageInterpolator(new ParameterMessageInterpolator())
                .buildValidatorFactory().getValidator();
    }

    /**
     * @param bean an input object, not null
     * @return "path: message" for every violated constraint, sorted by path; empty when valid
     */
    public static List<String> violations(Object bean) {
        List<String> out = new ArrayList<>();
        List<ConstraintViolation<Object>> vs = new ArrayList<>(Holder.VALIDATOR.validate(bean));
        vs.sort(Comparator.comparing(v -> v.getPropertyPath().toString()));
        for (ConstraintViolation<Object> v : vs) {
            out.add(v.getPropertyPath() + " " + v.getMessage() + " (was " + v.getInvalidValue() + ")");
        }
        return out;
    }
}
