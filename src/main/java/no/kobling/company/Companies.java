package no.kobling.company;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Facade of the company module for other modules (demo data, later advisory work). Every method checks permissions
 * like the pages do; run start-up work inside {@code SystemAccess.run(..)}.
 */
public interface Companies {

    /** The company registered under this country and organisation number (any accepted spelling). */
    Optional<Long> idByOrgNumber(String countryCode, String orgNumber);

    /** Registers a company (refused with code company-exists if the number is registered). */
    long register(CompanyData data);

    /**
     * Registers a company as {@link #register(CompanyData)} does, with a contact e-mail address and the languages it
     * speaks (codes such as nb, sv, fi; may be empty); returns its id. Used by the demo data (surveys need an address).
     */
    long register(CompanyData data, String email, List<String> languages);

    /** Enters the revenue and employees of one fiscal year. */
    void recordFigure(long companyId, int year, BigDecimal revenue, String currency, Integer employees);

    /** Registers an entrepreneur (with their consent) for an organisation the caller may act for. */
    long registerEntrepreneur(EntrepreneurData data);

    /** Links an entrepreneur to the company they started. */
    void linkEntrepreneur(long entrepreneurId, long companyId);

    /**
     * Links an entrepreneur to the company they started on a given day (set-up work: demo data, imports); a day
     * after today counts as today.
     */
    void linkEntrepreneur(long entrepreneurId, long companyId, java.time.LocalDate on);

    /** The company's basic facts, if the caller may see it (directory access or its representative). */
    Optional<CompanyRef> ref(long companyId);

    /** The companies among {@code companyIds} that the caller may see; others are left out. */
    List<CompanyRef> refs(Collection<Long> companyIds);

    /** Companies the signed-in user represents (as a company representative). */
    List<Long> representedCompanyIds();

    /** Whether the signed-in user represents this company. */
    boolean representsCompany(long companyId);

    /**
     * Links a user as a representative of a company: staff of the company's area (users of their own or a partner
     * organisation), its verified representative (company accounts), administrators and the system. See
     * docs/security.md "(register)".
     */
    void addRepresentative(long companyId, String username);

    /** Active target groups as code → name in the caller's language, in catalogue order. */
    java.util.Map<String, String> targetGroupNames();

    /** The companies among {@code companyIds} that are in the target group (by code), e.g. for a report filter. */
    Set<Long> inTargetGroup(String targetGroupCode, Collection<Long> companyIds);

    /** Companies the caller may see located in these municipalities, sorted by name, at most {@code limit}. */
    List<CompanyRef> companiesIn(Collection<Long> municipalityIds, int limit);

    /**
     * Where to e-mail the companies among {@code companyIds} that the caller may see (register readers; others are
     * left out), for survey distribution: the company's own address, else the address of its first verified
     * representative (null when neither is known), and its registered languages (ISO 639-1 codes, maybe empty).
     */
    java.util.Map<Long, CompanyContact> contacts(Collection<Long> companyIds);

    record CompanyContact(long id, String name, String countryCode, Long municipalityId, String email,
            List<String> languages) {

        public CompanyContact {
            languages = languages == null ? List.of() : List.copyOf(languages);
        }
    }

    record CompanyData(String countryCode, String orgNumber, String name, String legalForm, String naceCode,
            Long municipalityId, Integer employees, String description, Set<String> targetGroups) {
    }

    record EntrepreneurData(long ownerOrganisationId, String name, String email, Long municipalityId, String idea,
            boolean consent, boolean shared, Set<String> targetGroups) {
    }

    /** The name of an entrepreneur the caller may see (own organisation's or shared by a partner); else empty. */
    Optional<String> entrepreneurName(long entrepreneurId);
}
