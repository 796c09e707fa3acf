package no.kobling.project;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Facade of cooperation agreements for other modules (demo data, imports). Every method checks the caller like the
 * pages do; run start-up work inside {@code SystemAccess.run(..)}. Rule violations are {@code DomainException}s with
 * the codes of {@code docs/agreements.md}.
 */
public interface Agreements {

    /** An agreement the caller may see, by its exact title (ignoring case). */
    Optional<Long> idByTitle(String title);

    /** Creates an agreement (in draft); {@code areaCodes} name areas of cooperation ({@link #areaCodes()}). */
    long create(AgreementData data);

    /** A party signs (the caller is staff of that party, or an administrator). */
    void sign(long agreementId, long organisationId, String signerName, LocalDate signedOn);

    /** Attaches a PDF/Office document (checked by content; a new version of the terms). Returns the document id. */
    long attach(long agreementId, String filename, byte[] content);

    /** Codes of the areas of cooperation that can be chosen, in list order. */
    List<String> areaCodes();

    /** The overall status of an agreement the caller may see: DRAFT, SIGNED, ACTIVE, EXPIRED or TERMINATED. */
    String status(long agreementId);

    record AgreementData(String title, String purpose, Set<Long> partyOrganisationIds, Set<String> areaCodes,
            LocalDate startDate, LocalDate endDate, Long partnershipId) {
    }
}
