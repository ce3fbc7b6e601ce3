package vn.ocop.indicator;

import java.util.List;
import java.util.Locale;
import vn.ocop.internal.Messages;
import vn.ocop.rubric.Star;

/** The words of the built-in indicators ({@code indicator} bundle) and the names they use. */
final class IndicatorText {
    /** What the built-in indicators count. */
    static final Messages TEXT = Messages.of("indicator");
    /** Names of producer types and product groups. */
    static final Messages NAMES = Messages.of("registry");

    private IndicatorText() {
    }

    /** @return "3★", the way stars are written in every language */
    static String stars(Star s) {
        return s.level() + "★";
    }

    /** @return "a or b" in the reader's language */
    static String either(Locale locale, List<String> words) {
        return String.join(" " + TEXT.text(locale, "or") + " ", words);
    }
}
