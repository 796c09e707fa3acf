/**
 * Importers of the national business registers (Enhetsregisteret JSON/CSV, PRH/YTJ JSON, Bolagsverket and SCB bulk
 * files): streaming parsers ({@code parse}), per-record validation ({@code domain}), batched JDBC upserts and the run
 * history ({@code persistence}), the run orchestration and the {@code import} command ({@code application}), and the
 * administrator page and REST API ({@code web}). Writes only through JDBC to the {@code company_*} tables.
 */
package no.kobling.company.importing;
