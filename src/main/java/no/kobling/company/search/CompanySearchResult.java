package no.kobling.company.search;

import no.kobling.company.application.Views.CompanyHit;
import no.kobling.company.application.Views.Facets;
import org.springframework.data.domain.Page;

/** One page of hits and the facet counts of the whole result. */
public record CompanySearchResult(Page<CompanyHit> page, Facets facets) {
}
