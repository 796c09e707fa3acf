/**
 * The global search (issue 16): one search box in the header and {@code /search?q=} that ask every module's list at
 * once (companies, people, partner profiles, events, services) and show each list's hits in its own group. The
 * groups come from {@link no.kobling.shared.search.GlobalSearchSource} beans that each module contributes with its own
 * rules; this module only collects and orders them, so it depends on no other module's internals.
 */
package no.kobling.search;
