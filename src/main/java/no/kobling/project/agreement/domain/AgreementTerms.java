package no.kobling.project.agreement.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import no.kobling.shared.DomainException;

/**
 * The terms of an agreement that the parties sign: title, purpose, areas of cooperation, period, parties and the
 * optional partnership. Documents are terms too, but are attached one by one ({@link Agreement#attach}).
 */
public record AgreementTerms(String title, String purpose, Set<Long> areaIds, LocalDate startDate, LocalDate endDate,
        Set<Long> partyOrganisationIds, Long partnershipId) {

    public AgreementTerms {
        title = title == null ? "" : title.strip();
        purpose = purpose == null ? "" : purpose.strip();
        areaIds = areaIds == null ? Set.of() : Set.copyOf(new TreeSet<>(areaIds));
        partyOrganisationIds = partyOrganisationIds == null ? Set.of() : Set.copyOf(partyOrganisationIds);
        if (title.isEmpty()) {
            throw DomainException.rule("agreement-title-required", "agreement.error.title-required");
        }
        if (title.length() > 200) {
            throw DomainException.rule("agreement-title-too-long", "agreement.error.title-too-long", 200);
        }
        if (purpose.isEmpty()) {
            throw DomainException.rule("agreement-purpose-required", "agreement.error.purpose-required");
        }
        if (purpose.length() > 4000) {
            throw DomainException.rule("agreement-purpose-too-long", "agreement.error.purpose-too-long", 4000);
        }
        if (startDate == null) {
            throw DomainException.rule("agreement-start-required", "agreement.error.start-required");
        }
        if (endDate != null && endDate.isBefore(startDate)) {
            throw DomainException.rule("agreement-period-invalid", "agreement.error.period-invalid");
        }
        if (partyOrganisationIds.size() < 2) {
            throw DomainException.rule("agreement-parties-too-few", "agreement.error.parties-too-few");
        }
        if (areaIds.isEmpty()) {
            throw DomainException.rule("agreement-area-required", "agreement.error.area-required");
        }
    }

    /** The names of the terms that differ from {@code other}, in a fixed order. */
    public List<String> differences(AgreementTerms other) {
        List<String> changed = new ArrayList<>();
        if (!title.equals(other.title)) {
            changed.add("title");
        }
        if (!purpose.equals(other.purpose)) {
            changed.add("purpose");
        }
        if (!areaIds.equals(other.areaIds)) {
            changed.add("areas");
        }
        if (!Objects.equals(startDate, other.startDate) || !Objects.equals(endDate, other.endDate)) {
            changed.add("period");
        }
        if (!partyOrganisationIds.equals(other.partyOrganisationIds)) {
            changed.add("parties");
        }
        if (!Objects.equals(partnershipId, other.partnershipId)) {
            changed.add("partnership");
        }
        return changed;
    }
}
