/**
 * The command-line meeting scheduler ({@code java -jar kobling.jar schedule ...}); exposed so that the application's
 * main class can run it before (and without) starting Spring.
 */
@org.springframework.modulith.NamedInterface("cli")
package no.kobling.event.cli;
