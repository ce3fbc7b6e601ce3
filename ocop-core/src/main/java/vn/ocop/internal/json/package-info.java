/**
 * Not exported: the Jackson mapping of the library's types, so that domain types carry no Jackson annotation.
 * {@link vn.ocop.internal.json.OcopModule} registers the date mapping and one class of mix-ins per domain package
 * (e.g. {@code RubricMixins}, {@code ProductMixins}).
 */
package vn.ocop.internal.json;
