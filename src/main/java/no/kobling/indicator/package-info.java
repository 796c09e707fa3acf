/**
 * Results against targets (issue 14): the indicator catalogue (multilingual names and units, definitions in
 * docs/indicators.md), each indicator computed over a project's scope ({@code no.kobling.project.Projects.scope}) and
 * a period from the facts the other modules publish in their root packages ({@code AdvisoryFacts},
 * {@code RegisterFacts}, {@code EventFacts}, {@code PartneringFacts}), targets per project and indicator (whole
 * period and per year) with progress and a linear forecast, and breakdowns by municipality, country, target group
 * and quarter, suppressed below three companies or persons for funders. Tables {@code indicator_*}.
 */
package no.kobling.indicator;
