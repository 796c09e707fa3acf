package no.kobling.partnering.application;

import java.util.Set;

/**
 * Which companies already have a case with a company (open or closed), so recommendations leave them out.
 * Implemented by cases; recommendations depend on this interface only.
 */
public interface CasePairs {

    Set<Long> companiesInCasesWith(long companyId);
}
