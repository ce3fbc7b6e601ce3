/**
 * The council's minutes ("Biên bản tổng hợp kết quả đánh giá, phân hạng sản phẩm"): what a provincial or central
 * council records after scoring a product, built from a council's result ({@link vn.ocop.minutes.CouncilMinutes})
 * and written as printable HTML (A4), plain text, JSON and an office-ready CSV of the members' scores
 * ({@link vn.ocop.minutes.MinutesFormatter}), in Vietnamese (the default) or English.
 *
 * <p>Annex III of Decision 26/2026/QĐ-TTg has no form for these minutes (its forms are Mẫu số 01, the registration
 * form; 02, the producer's self-assessment report; 03, the report on parts of the dossier): the layout follows the
 * usual heading of an administrative record (national title and motto, title, council, product, then numbered
 * sections and the signatures of the council's secretary and chair).
 */
package vn.ocop.minutes;
