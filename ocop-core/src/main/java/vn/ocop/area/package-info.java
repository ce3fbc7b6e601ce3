/**
 * Administrative units over time: provinces, districts (until 2025-06-30) and communes, each version with its
 * validity dates and parent, and the successions from old units to new ones (the 2025 mergers), so that records,
 * plans and reports of different years can be compared.
 *
 * <p>Start from {@link vn.ocop.area.Areas} ({@code Areas.of(units, successions)} or
 * {@code Areas.read(in, "areas.json")}): which version a code means on a date ({@link vn.ocop.area.Areas#recordedAs}),
 * what a unit became or came from ({@link vn.ocop.area.Areas#correspondingOn}) and whether it lies inside an area
 * ({@link vn.ocop.area.Areas#placement}). Values: {@link vn.ocop.area.Area}, {@link vn.ocop.area.Succession},
 * {@link vn.ocop.area.AreaLevel}.
 */
package vn.ocop.area;
