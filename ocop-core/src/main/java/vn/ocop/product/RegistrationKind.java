package vn.ocop.product;

/** Kind of a registration for evaluation (Điều 6.1 of Decision 26/2026/QĐ-TTg). */
public enum RegistrationKind {
    /** Đánh giá, phân hạng lần đầu: first evaluation. */
    FIRST,
    /** Đánh giá, nâng hạng: a recognised product registering for a higher star. */
    UPGRADE,
    /** Đánh giá, phân hạng lại: re-evaluation at the end of the 36-month validity. */
    REEVALUATION
}
