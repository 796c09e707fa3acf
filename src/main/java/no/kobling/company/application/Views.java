package no.kobling.company.application;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import no.kobling.company.domain.ChangeKind;
import no.kobling.company.domain.CompanyStatus;
import no.kobling.company.domain.FigureSource;
import no.kobling.company.domain.SizeBand;

/** Read models of the company module (records only). */
public final class Views {

    private Views() {
    }

    public record CompanyView(long id, String countryCode, String orgNumber, String name, List<FormerNameView> formerNames,
            String legalForm, String legalFormName, String nationalIndustryCode, String naceCode, Long municipalityId,
            String municipalityName, String regionName, String postalAddress, String postalCode, String postalCity,
            String businessAddress, String businessPostalCode, String businessCity, String website, String email,
            String phone, Integer employees, SizeBand sizeBand, LocalDate foundedOn, LocalDate registeredOn,
            CompanyStatus status, LocalDate statusDate, String description, List<String> languages, String source,
            List<TargetGroupView> targetGroups, List<FigureView> figures, Long mergedIntoId, Instant updatedAt,
            long version) {
    }

    public record FormerNameView(String name, LocalDate validUntil) {
    }

    public record FigureView(int year, BigDecimal revenue, String currency, Integer employees, FigureSource source,
            long version) {
    }

    public record TargetGroupView(String code, String name) {
    }

    public record ChangeView(long id, Instant occurredAt, String actor, ChangeKind kind, Long importRunId,
            String changedFields) {
    }

    public record CompanyHit(long id, String countryCode, String orgNumber, String name, String municipalityName,
            String naceCode, CompanyStatus status, SizeBand sizeBand) {
    }

    public record Suggestion(long id, String name, String orgNumber, String countryCode, String municipalityName) {
    }

    public record FacetValue(String value, String label, long count) {
    }

    public record Facets(List<FacetValue> country, List<FacetValue> region, List<FacetValue> naceSection,
            List<FacetValue> sizeBand, List<FacetValue> status, List<FacetValue> targetGroup) {
    }

    public record DuplicateView(String kind, long id, String name, String orgNumber, String municipalityName,
            String url) {
    }

    public record EntrepreneurView(long id, String name, String email, String phone, Long municipalityId,
            String municipalityName, String idea, boolean consentGiven, Instant consentAt, boolean shared,
            long ownerOrganisationId, Long companyId, String companyName, LocalDate companyLinkedOn,
            List<TargetGroupView> targetGroups, Instant createdAt, long version, boolean editable) {
    }

    public record MergeResult(long companyId, long mergedId, List<Integer> conflictingYears, int movedEntrepreneurs,
            int movedHistoryRows) implements java.io.Serializable {
    }
}
