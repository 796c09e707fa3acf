/**
 * Advisory work and the pyramid: activities of first-line advisors, needs assessments, the shared service catalogue
 * with referrals, experts found across municipal borders, each company's level in the funnel and the advisor's
 * workspace.
 */
package no.kobling.advisory;
