/**
 * Rule checks as data: JSON case files (edition or date, set, the members' or the council's agreed answers, and
 * what the law says the result must be: part scores, totals, mean, star, failed minimums, knock-outs, authority,
 * or the problems the sheets must be refused with), so that people who know the law can write checks without Java.
 *
 * <p>The format is described on {@link vn.ocop.rulecheck.RuleCheckCase}; start from
 * {@link vn.ocop.rulecheck.RuleCheckRunner}, which reads cases (reporting every problem of a file with its line,
 * column and JSON path, {@link vn.ocop.rulecheck.RuleCheckException}) and checks them against the engine without
 * any test framework; {@link vn.ocop.rulecheck.RuleCheckTests} turns a folder of them into JUnit tests (it needs
 * {@code junit-jupiter-api}, an optional dependency of this module):
 *
 * <pre>{@code
 * class OurRuleChecksTest {
 *     @TestFactory
 *     Stream<DynamicTest> ruleChecks() {
 *         return RuleCheckTests.fromClasspath("rulecheck"); // every src/test/resources/rulecheck/**.json
 *     }
 * }
 * }</pre>
 */
package vn.ocop.rulecheck;
