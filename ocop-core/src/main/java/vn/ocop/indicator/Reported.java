package vn.ocop.indicator;

import java.util.Locale;
import java.util.Objects;
import vn.ocop.OcopException;
import vn.ocop.internal.Text;

/**
 * A value the library cannot derive from the registry (brands built, points of sale, community-tourism models),
 * taken from reported values with the same {@code code}. A reported count is the value the report gives as of
 * its date: for a flow, the amount built in the period so far; for a stock, the level.
 *
 * <p>Immutable and thread-safe. JSON: {@code {"type":"reported","code":"brands","label":"…","nature":"FLOW",
 * "share":false}}.
 *
 * @param code the code reported values use, not blank
 * @param label what is counted, in the plan's words (used in every language), not blank
 * @param nature flow or stock, not null
 * @param share whether the reported values are percentages
 */
public record Reported(String code, String label, Nature nature, boolean share) implements Indicator {
    /**
     * Checks and normalises the components.
     *
     * @param code the code reported values use, not blank
     * @param label what is counted, in the plan's words (used in every language), not blank
     * @param nature flow or stock, not null
     * @param share whether the reported values are percentages
     * @throws OcopException if the code or label is blank
     */
    public Reported {
        code = Text.nfc(Objects.requireNonNull(code, "code"));
        label = Text.nfc(Objects.requireNonNull(label, "label"));
        Objects.requireNonNull(nature, "nature");
        if (code.isEmpty() || label.isEmpty()) {
            throw new OcopException("reported indicator: code and label must not be blank");
        }
    }

    @Override
    public String text(Locale locale) {
        return label;
    }

    @Override
    public boolean reported() {
        return true;
    }

    @Override
    public void tally(Scope scope, Tally tally) {
        // taken from reported values, not from the registry
    }
}
