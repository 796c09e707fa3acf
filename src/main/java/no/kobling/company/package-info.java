/**
 * The company and entrepreneur register: companies imported from the national registers (Enhetsregisteret, PRH/YTJ,
 * Bolagsverket, SCB) or entered by hand, entrepreneurs before they have a company, and search at Nordic scale.
 */
package no.kobling.company;
