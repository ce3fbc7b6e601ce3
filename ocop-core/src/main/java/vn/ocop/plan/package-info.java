/**
 * Plan-target tracking and programme statistics: provincial plans ("kế hoạch") with targets by period and area,
 * indicators computed from the product and certificate registry, progress and consistency checks.
 */
package vn.ocop.plan;
