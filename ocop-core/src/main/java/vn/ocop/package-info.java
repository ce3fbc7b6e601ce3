/**
 * What every package of the OCOP engine shares: the error model and the JSON configuration.
 *
 * <p>Every exception the library throws on purpose is an {@link vn.ocop.OcopException} (its Javadoc states the
 * rule: data errors are {@code OcopException}s, argument errors documented {@code NullPointerException}s and
 * {@code IllegalArgumentException}s). Invalid input (a rubric file, a sheet, a plan…) is an
 * {@link vn.ocop.InvalidInputException} carrying every {@link vn.ocop.Problem} with its source, line, column and
 * path. {@link vn.ocop.OcopJson#mapper()} is the hardened Jackson configuration for the library's JSON.
 *
 * <p>Start from {@link vn.ocop.OcopJson} to read and write JSON, and catch {@link vn.ocop.OcopException}.
 */
package vn.ocop;
