/**
 * The certificate register a provincial office works from ({@link vn.ocop.register.CertificateRegister}): every
 * product with its latest certificate on a date, its status, days to expiry and whether it is inside its
 * re-evaluation window, grouped as offices group them, written as text, HTML and office-ready CSV
 * ({@link vn.ocop.register.RegisterFormatter}). The statuses, expiry and window come from {@code vn.ocop.product}
 * (Certificate, ProcessRules): nothing of the process is re-implemented here.
 */
package vn.ocop.register;
