/**
 * The bundled OCOP rubric editions (Decisions 1048/2019, 148/2023 and 26/2026) as JSON resources under
 * {@code ocop-rubric/}, with their JSON Schemas. Data only: no classes; module {@code vn.ocop.core} requires this
 * module and reads, checks and loads the data ({@code RubricCatalog.bundled()}).
 */
module vn.ocop.rubric.data {
}
