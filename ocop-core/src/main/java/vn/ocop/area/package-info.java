/**
 * Administrative units over time: provinces, districts (until 2025-06-30) and communes, each version with its
 * validity dates and parent, and the successions from old units to new ones (the 2025 mergers), so that records,
 * plans and reports of different years can be compared.
 *
 * <p>The national register of units is bundled with the library: {@link vn.ocop.area.AdministrativeUnitRegistry#bundled()}
 * (the 63 provinces, 696 districts and communes before 2025-07-01, the 34 provinces and 3,321 communes after, and
 * every succession between them, from the statistics office's tables), with look-ups by code and date and by name.
 *
 * <p>Plans, the tracker and statistics read a register of areas, {@link vn.ocop.area.Areas}: built from the national
 * register ({@code AdministrativeUnitRegistry.bundled().areas()}, or {@link vn.ocop.area.Areas#around} for the part
 * a province's plan needs), or read from a file ({@code Areas.read(in, "areas.json")}) for units the national
 * register does not list. It answers which version a code means on a date ({@link vn.ocop.area.Areas#recordedAs}),
 * what a unit became or came from ({@link vn.ocop.area.Areas#correspondingOn}) and whether it lies inside an area
 * ({@link vn.ocop.area.Areas#placement}). Values: {@link vn.ocop.area.Area}, {@link vn.ocop.area.Succession},
 * {@link vn.ocop.area.AreaLevel}. Both registers answer a product code's questions
 * ({@link vn.ocop.area.AdministrativeUnits}).
 */
package vn.ocop.area;
