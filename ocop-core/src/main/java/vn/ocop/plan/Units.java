package vn.ocop.plan;

import java.time.LocalDate;

/**
 * Per-computation cache of the unit versions products and producers are attributed to (a product's unit code is
 * fixed; its version changes only at the validity boundaries). Not thread-safe.
 */
final class Units {
    private static final int UNSET = Integer.MIN_VALUE;
    private final Registry registry;
    private final Areas areas;
    private final String[] productCode;
    private final int[] productVersion;
    private final String[] producerCode;
    private final int[] producerVersion;

    Units(Registry registry, Areas areas) {
        this.registry = registry;
        this.areas = areas;
        this.productCode = new String[registry.productCount()];
        this.productVersion = new int[registry.productCount()];
        this.producerCode = new String[registry.producerCount()];
        this.producerVersion = new int[registry.producerCount()];
        java.util.Arrays.fill(productVersion, UNSET);
        java.util.Arrays.fill(producerVersion, UNSET);
    }

    /** @return the unit code product {@code i} is attributed to (commune, or province when only that is known) */
    String productCode(int i) {
        String c = productCode[i];
        if (c == null) {
            var p = registry.productAt(i);
            c = areas.unitOf(p.communeCode(), p.provinceCode(), LocalDate.MIN);
            productCode[i] = c;
        }
        return c;
    }

    /** @return the version id of product {@code i}'s unit as recorded on {@code on}, or -1 when unknown */
    int productVersion(int i, LocalDate on) {
        int v = productVersion[i];
        if (v >= 0 && areas.version(v).existsOn(on)) {
            return v;
        }
        if (v == -1) {
            return -1;
        }
        v = areas.versionId(productCode(i), on);
        productVersion[i] = v;
        return v;
    }

    String producerCode(int k) {
        String c = producerCode[k];
        if (c == null) {
            var p = registry.producerAt(k);
            c = areas.unitOf(p.communeCode(), p.provinceCode(), LocalDate.MIN);
            producerCode[k] = c;
        }
        return c;
    }

    int producerVersion(int k, LocalDate on) {
        int v = producerVersion[k];
        if (v >= 0 && areas.version(v).existsOn(on)) {
            return v;
        }
        if (v == -1) {
            return -1;
        }
        v = areas.versionId(producerCode(k), on);
        producerVersion[k] = v;
        return v;
    }
}
