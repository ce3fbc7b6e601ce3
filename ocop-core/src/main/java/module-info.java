/**
 * The OCOP engine: the reference implementation of Vietnam's OCOP programme ("Mỗi xã một sản phẩm") rules, from
 * the rubric of each legal decision to star classification, certificates and provincial plans.
 *
 * <table class="striped">
 *   <caption>Packages and what each is for (start from the type named)</caption>
 *   <thead><tr><th>package</th><th>what it is for</th><th>start from</th></tr></thead>
 *   <tbody>
 *     <tr><td>{@code vn.ocop}</td><td>what every package shares: the error model (every exception the library
 *         throws on purpose is an {@code OcopException}; invalid input carries every {@code Problem} with where
 *         it is) and the hardened JSON configuration</td><td>{@code OcopJson}, {@code OcopException}</td></tr>
 *     <tr><td>{@code vn.ocop.rubric}</td><td>rubric editions (one per legal decision), their sets, criteria,
 *         options, star bands and taxonomy; the validating loader; the catalog of editions by date; who
 *         recognises a star class</td><td>{@code RubricCatalog}</td></tr>
 *     <tr><td>{@code vn.ocop.scoring}</td><td>evaluation sheets and councils, scoring, council averaging, star
 *         classification with explanations</td><td>{@code Evaluator}</td></tr>
 *     <tr><td>{@code vn.ocop.rulecheck}</td><td>rule checks written as JSON data and run as JUnit tests</td>
 *         <td>{@code RuleCheckTests}</td></tr>
 *     <tr><td>{@code vn.ocop.product}</td><td>producers, products, dossiers, certificates and the process rules
 *         of a product's life (recognition, upgrade, re-evaluation, extension, revocation, transition)</td>
 *         <td>{@code ProductHistory}, {@code ProcessRules}</td></tr>
 *     <tr><td>{@code vn.ocop.process}</td><td>the calendar of working days and days off (holidays as data), the
 *         deadlines of the process counted as the Civil Code counts periods, the readings of Điều 12.3, the dossier
 *         checklist, the registration slip number</td><td>{@code HolidayCalendar}, {@code Deadline}</td></tr>
 *     <tr><td>{@code vn.ocop.area}</td><td>administrative areas over time (provinces, districts before July
 *         2025, communes) and their succession; the bundled national register of units before and after the 2025
 *         reorganisation</td><td>{@code AdministrativeUnitRegistry}, {@code Areas}</td></tr>
 *     <tr><td>{@code vn.ocop.registry}</td><td>the register of products, producers and certificates that
 *         indicators count</td><td>{@code Registry}</td></tr>
 *     <tr><td>{@code vn.ocop.indicator}</td><td>what plan targets measure: new recognitions, products in effect,
 *         shares, coverage, reported values</td><td>{@code Indicators}</td></tr>
 *     <tr><td>{@code vn.ocop.plan}</td><td>provincial plans, targets and progress tracking</td>
 *         <td>{@code Plan}, {@code Tracker}</td></tr>
 *     <tr><td>{@code vn.ocop.statistics}</td><td>programme statistics: snapshots, percentages, checks of
 *         published figures</td><td>{@code StatisticsSnapshot}</td></tr>
 *     <tr><td>{@code vn.ocop.format}</td><td>presentation: results as text, HTML and CSV in Vietnamese (the
 *         default) or English; the printable evaluation sheet</td><td>{@code Formats}, {@code Localized},
 *         {@code EvaluationSheetForm}</td></tr>
 *     <tr><td>{@code vn.ocop.minutes}</td><td>the council's minutes (biên bản tổng hợp kết quả đánh giá, phân
 *         hạng sản phẩm) as HTML for A4, text, JSON and CSV</td><td>{@code CouncilMinutes},
 *         {@code MinutesFormatter}</td></tr>
 *     <tr><td>{@code vn.ocop.register}</td><td>the certificate register an office works from, grouped (valid,
 *         expiring, in the re-evaluation window, expired, revoked), as text, HTML and CSV</td>
 *         <td>{@code CertificateRegister}</td></tr>
 *     <tr><td>{@code vn.ocop.sheetio}</td><td>evaluation sheets in and out of spreadsheets: fill-in templates
 *         (JSON, CSV) and members' sheets read from CSV</td><td>{@code SheetCsvReader}</td></tr>
 *   </tbody>
 * </table>
 *
 * <p>{@code vn.ocop.internal} and its sub-packages (JSON reading, limits, error formatting, message bundles, the
 * Jackson mix-ins) are not exported.
 *
 * <p>Dependencies: the bundled editions come from module {@code vn.ocop.rubric.data} (the {@code ocop-rubric-data}
 * artifact), read as resources; this module requires it, so a program on the module path gets them by requiring
 * this module alone. Jackson databind is required transitively because the public API returns its
 * {@code ObjectMapper} ({@code OcopJson.mapper()}: the library's hardened configuration, for callers to read sheets
 * and councils and write results with Jackson's own API); no domain type carries a Jackson annotation (the mapping
 * lives in {@code vn.ocop.internal.json}). jackson-dataformat-csv reads spreadsheets; Bean Validation (Hibernate Validator) checks input records; JUnit is
 * needed only by {@code vn.ocop.rulecheck}, inside the caller's tests.
 */
module vn.ocop.core {
    requires transitive com.fasterxml.jackson.databind;
    requires com.fasterxml.jackson.dataformat.csv;
    requires jakarta.validation;
    requires org.hibernate.validator;
    // Hibernate Validator is an automatic module and declares no requirements; classmate, which it needs at run time,
    // is an explicit module and would not be resolved on a consumer's module path unless a module requires it
    requires com.fasterxml.classmate;
    requires vn.ocop.rubric.data;
    requires static org.junit.jupiter.api;

    exports vn.ocop;
    exports vn.ocop.rubric;
    exports vn.ocop.scoring;
    exports vn.ocop.product;
    exports vn.ocop.process;
    exports vn.ocop.area;
    exports vn.ocop.registry;
    exports vn.ocop.indicator;
    exports vn.ocop.plan;
    exports vn.ocop.statistics;
    exports vn.ocop.rulecheck;
    exports vn.ocop.format;
    exports vn.ocop.sheetio;
    exports vn.ocop.minutes;
    exports vn.ocop.register;

    opens vn.ocop.rubric to com.fasterxml.jackson.databind;
    opens vn.ocop.scoring to com.fasterxml.jackson.databind, org.hibernate.validator;
    opens vn.ocop.product to com.fasterxml.jackson.databind, org.hibernate.validator;
    opens vn.ocop.area to com.fasterxml.jackson.databind;
    opens vn.ocop.registry to com.fasterxml.jackson.databind;
    opens vn.ocop.indicator to com.fasterxml.jackson.databind;
    opens vn.ocop.plan to com.fasterxml.jackson.databind;
    opens vn.ocop.statistics to com.fasterxml.jackson.databind;
    opens vn.ocop.rulecheck to com.fasterxml.jackson.databind;
    opens vn.ocop.internal.json to com.fasterxml.jackson.databind;
}
