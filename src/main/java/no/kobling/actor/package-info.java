/**
 * Actors of regional business development: organisations (municipality administrations, business gardens,
 * incubators, chambers of commerce, ...), partnerships between them (with member municipalities and member
 * organisations in a role) and the people who work in the network (advisors, facilitators, mentors). Visibility
 * follows the tenancy rules of {@code application.ActorAccess}.
 */
package no.kobling.actor;
