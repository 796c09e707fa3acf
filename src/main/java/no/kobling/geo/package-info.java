/**
 * Countries, counties/regions, municipalities (with their names in every language the data has) and NACE Rev. 2
 * industry codes with Nordic titles. Reference data loaded by migrations.
 */
package no.kobling.geo;
