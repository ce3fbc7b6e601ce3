/**
 * The registry the programme's figures are computed from: products, their producers, every certificate and the
 * products' annual revenues ({@link vn.ocop.registry.AnnualRevenue}), indexed once; and its export to table
 * {@code PTNT_OCOP} of the national agricultural database standard ({@link vn.ocop.registry.PtntOcop}).
 *
 * <p>Start from {@link vn.ocop.registry.Registry} ({@code Registry.of(products, producers, certificates)},
 * {@code Registry.read(in, "registry.json")} or {@code Registry.fromHistories(…)}); ask it for the register on a
 * date ({@link vn.ocop.registry.Holdings}: the OCOP products of that day) or for the certificates issued in a period
 * ({@link vn.ocop.registry.Registry#forEachIssued}). Plan indicators ({@code vn.ocop.indicator}) and statistics
 * ({@code vn.ocop.statistics}) read it.
 */
package vn.ocop.registry;
