package no.kobling.company.application;

import no.kobling.shared.DomainException;

/** A company with this country and organisation number is in the register already (409, code company-exists). */
public class CompanyExistsException extends DomainException {

    private final long existingId;

    public CompanyExistsException(long existingId, String orgNumber) {
        super(409, "company-exists", "company.error.exists", orgNumber, "/companies/" + existingId);
        this.existingId = existingId;
    }

    public long existingId() {
        return existingId;
    }

    public String existingUrl() {
        return "/companies/" + existingId;
    }
}
