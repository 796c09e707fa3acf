/**
 * Cross-border partner search: partner profiles, reciprocal recommendations across languages, cases with a named
 * facilitator on each side, follow-ups that cannot be forgotten, and outcomes.
 */
package no.kobling.partnering;
