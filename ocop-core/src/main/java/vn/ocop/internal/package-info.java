/**
 * Not exported: what the public packages share behind the scenes. The JSON parsing limits
 * ({@link vn.ocop.internal.JsonLimits}, the one set for every document), the one place a JSON read failure becomes a
 * problem ({@link vn.ocop.internal.JsonErrors}), a JSON tree reader that reports every duplicate key
 * ({@link vn.ocop.internal.JsonTree}) and a binder that collects every problem with its path
 * ({@link vn.ocop.internal.Binder}), the message bundles ({@link vn.ocop.internal.Messages}), Vietnamese text
 * normalisation ({@link vn.ocop.internal.Text}) and Bean Validation ({@link vn.ocop.internal.Beans}).
 */
package vn.ocop.internal;
