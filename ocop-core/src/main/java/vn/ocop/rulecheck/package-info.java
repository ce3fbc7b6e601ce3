/**
 * Rule checks as data: JSON case files (edition or date, set, members' or agreed answers, expected part scores,
 * total, star and failed minimums) turned into JUnit dynamic tests, so that people who know the law can write
 * cases without Java.
 */
package vn.ocop.rulecheck;
