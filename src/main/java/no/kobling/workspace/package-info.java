/**
 * The workspace: each role's home page (issue 16), composed from what waits on the user in the other modules. Reads
 * only through their facades; owns no tables.
 */
package no.kobling.workspace;
