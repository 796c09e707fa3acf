/**
 * Demo data built from the seed articles (profile {@code demo}): the four partnerships with their organisations,
 * municipalities and invented people, and one login per role. Uses only the facades of the other modules.
 */
package no.kobling.demo;
