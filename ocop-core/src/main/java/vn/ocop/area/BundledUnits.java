package vn.ocop.area;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import vn.ocop.Problem;

/**
 * The bundled units ({@link AdministrativeUnitRegistry#BUNDLED_RESOURCE}): loaded on first use, thread-safe by
 * class initialisation, kept; a failure is kept too and rethrown on every call.
 */
final class BundledUnits {
    private static final AdministrativeUnitRegistry REGISTRY;
    private static final RuntimeException FAILURE;

    static {
        AdministrativeUnitRegistry r = null;
        RuntimeException f = null;
        try {
            r = load();
        } catch (RuntimeException e) {
            f = e;
        }
        REGISTRY = r;
        FAILURE = f;
    }

    private BundledUnits() {
    }

    /** @return the bundled registry, loaded once */
    static AdministrativeUnitRegistry registry() {
        if (FAILURE != null) {
            throw FAILURE;
        }
        return REGISTRY;
    }

    /** @return the bundled registry, read and checked anew */
    static AdministrativeUnitRegistry load() {
        String resource = AdministrativeUnitRegistry.BUNDLED_RESOURCE;
        try (InputStream in = AdministrativeUnitRegistry.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new UnitDataException(List.of(new Problem(resource, "$", "bundled administrative units not"
                        + " found on the class path: add the ocop-rubric-data artifact")));
            }
            return AdministrativeUnitRegistry.read(in, resource);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
