/**
 * Rule checks as data: JSON case files (edition or date, set, members' or agreed answers, expected part scores,
 * total, star and failed minimums) turned into JUnit dynamic tests, so that people who know the law can write
 * cases without Java.
 *
 * <p>The format is described on {@link vn.ocop.rulecheck.RuleCheckCase}; {@link vn.ocop.rulecheck.RuleCheckRunner}
 * reads and checks cases without any test framework; {@link vn.ocop.rulecheck.RuleCheckTests} turns a folder of
 * them into tests (it needs {@code junit-jupiter-api}, an optional dependency of this module):
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
