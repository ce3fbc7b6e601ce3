package vn.ocop.examples;

import java.util.logging.Level;
import java.util.logging.Logger;

/** What the demos share: a quiet start. */
final class Demos {
    /** Held so that the level set on it stays (the logging framework keeps loggers only weakly). */
    private static final Logger VALIDATOR_LOG = Logger.getLogger("org.hibernate.validator");

    private Demos() {
    }

    /**
     * Keeps Hibernate Validator's start-up line ("HV000001: Hibernate Validator …", logged at INFO through
     * java.util.logging) out of a demo's output; its warnings and errors still show. The library itself never
     * changes the application's logging: this is the demo, as an application, choosing.
     */
    static void quietValidatorLog() {
        VALIDATOR_LOG.setLevel(Level.WARNING);
    }
}
