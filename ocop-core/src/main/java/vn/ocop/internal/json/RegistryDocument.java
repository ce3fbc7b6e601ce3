package vn.ocop.internal.json;

import java.util.List;
import vn.ocop.product.Certificate;
import vn.ocop.product.Producer;
import vn.ocop.product.Product;
import vn.ocop.registry.AnnualRevenue;

/**
 * A registry file as written ({@code {"products":[…],"producers":[…],"certificates":[…],"revenues":[…]}}), read key
 * by key by {@link RecordReader} before {@code vn.ocop.registry.Registry} checks it as a whole.
 *
 * @param products the products, or null when the key is left out
 * @param producers the producers, or null
 * @param certificates the certificates, or null
 * @param revenues the annual revenues, or null
 */
public record RegistryDocument(List<Product> products, List<Producer> producers, List<Certificate> certificates,
        List<AnnualRevenue> revenues) {
}
