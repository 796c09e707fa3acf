/**
 * Joint work across organisations: cooperation agreements between organisations, phased projects with decision
 * gates (Innovation Norway's business-friendly region and plain projects), project agreements, budgets and
 * financing, hours, the business networks a partnership runs, and the tagging of other modules' work to a project.
 * Other modules use only this root package: {@link no.kobling.project.Projects} (tagging and results scope).
 */
package no.kobling.project;
