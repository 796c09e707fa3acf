package no.kobling.project.agreement.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import no.kobling.project.agreement.domain.AgreementStatus;
import no.kobling.project.document.DocumentRef;

/** What pages and the API show of agreements. */
public final class AgreementViews {

    private AgreementViews() {
    }

    /** One agreement; {@code actFor} are the parties the caller may sign or terminate for. */
    public record AgreementView(long id, String title, String purpose, LocalDate startDate, LocalDate endDate,
            Long partnershipId, String partnershipName, AgreementStatus status, int termsVersion,
            List<PartyView> parties, List<AreaView> areas, List<DocumentRef> documents, long version,
            boolean editable, List<Long> actFor, String timeZone) {
    }

    public record PartyView(long organisationId, String name, AgreementStatus status, String signerName,
            LocalDate signedOn, LocalDate terminatedOn, String terminationReason) {
    }

    public record AreaView(long id, String code, String name, boolean archived) {
    }

    public record AgreementSummary(long id, String title, LocalDate startDate, LocalDate endDate,
            AgreementStatus status, List<String> partyNames) {
    }

    public record VersionView(int number, String changedBy, Instant changedAt, List<String> changes,
            String snapshot) {
    }

    /** A choice for a form: an organisation or a partnership by name. */
    public record Choice(long id, String name) {
    }
}
