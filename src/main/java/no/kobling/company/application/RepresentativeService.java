package no.kobling.company.application;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import no.kobling.company.CompanyRef;
import no.kobling.company.domain.Company;
import no.kobling.company.domain.CompanyRepresentative;
import no.kobling.company.domain.TargetGroup;
import no.kobling.company.persistence.CompanyRepository;
import no.kobling.company.persistence.CompanyRepresentativeRepository;
import no.kobling.identity.CurrentUser;
import no.kobling.identity.CurrentUsers;
import no.kobling.identity.Permission;
import no.kobling.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Users who represent a company: what they see. A representative sees their own company's basic facts
 * ({@link CompanyRef}) even without directory access, and nothing else of the register. Making and removing links:
 * {@link RepresentativeLinks}.
 */
@Service
public class RepresentativeService {

    private final CompanyRepresentativeRepository representatives;
    private final CompanyRepository companies;
    private final CurrentUsers currentUsers;
    private final no.kobling.identity.UserDirectory users;

    RepresentativeService(CompanyRepresentativeRepository representatives, CompanyRepository companies,
            CurrentUsers currentUsers, no.kobling.identity.UserDirectory users) {
        this.users = users;
        this.representatives = representatives;
        this.companies = companies;
        this.currentUsers = currentUsers;
    }

    /** Companies the signed-in user represents (empty when nobody is signed in). */
    @Transactional(readOnly = true)
    public List<Long> representedCompanyIds() {
        return currentUsers.current().map(u -> representatives.findByUserIdOrderByCompanyId(u.id()).stream()
                .map(CompanyRepresentative::getCompanyId).toList()).orElse(List.of());
    }

    @Transactional(readOnly = true)
    public boolean represents(long companyId) {
        return currentUsers.current().map(u -> representatives.existsByCompanyIdAndUserId(companyId, u.id()))
                .orElse(false);
    }

    /** The company if the caller may see it (directory access, system, or its representative); else 404. */
    @Transactional(readOnly = true)
    public CompanyRef ref(long companyId) {
        Company company = company(companyId);
        if (!mayRead() && !represents(companyId)) {
            throw new NotFoundException("entity.company", companyId);
        }
        return ref(company);
    }

    /** The companies among {@code ids} that the caller may see; unknown ids are left out. */
    @Transactional(readOnly = true)
    public List<CompanyRef> refs(Collection<Long> ids) {
        boolean all = mayRead();
        Set<Long> own = all ? Set.of() : Set.copyOf(representedCompanyIds());
        return companies.findAllById(ids).stream().filter(c -> all || own.contains(c.getId()))
                .map(RepresentativeService::ref).toList();
    }

    /**
     * E-mail and languages of the companies among {@code ids} the caller may see (as {@link #refs}): the company's
     * address, else its first verified representative's.
     */
    @Transactional(readOnly = true)
    public java.util.Map<Long, no.kobling.company.Companies.CompanyContact> contacts(Collection<Long> ids) {
        java.util.Map<Long, no.kobling.company.Companies.CompanyContact> out = new java.util.LinkedHashMap<>();
        if (ids.isEmpty()) {
            return out;
        }
        boolean all = mayRead();
        Set<Long> own = all ? Set.of() : Set.copyOf(representedCompanyIds());
        for (Company c : companies.findAllById(ids)) {
            if (!all && !own.contains(c.getId())) {
                continue;
            }
            String email = c.getEmail() == null || c.getEmail().isBlank() ? null : c.getEmail().trim();
            if (email == null) {
                email = representatives.findByCompanyIdOrderByCreatedAt(c.getId()).stream()
                        .filter(CompanyRepresentative::isVerified)
                        .map(r -> users.find(r.getUserId()).filter(u -> u.enabled()).map(u -> u.email()).orElse(null))
                        .filter(e -> e != null && !e.isBlank()).findFirst().orElse(null);
            }
            out.put(c.getId(), new no.kobling.company.Companies.CompanyContact(c.getId(), c.getName(),
                    c.getCountryCode(), c.getMunicipalityId(), email, c.languageList()));
        }
        return out;
    }

    /** Companies in these municipalities, if the caller may read the register (else empty), by name. */
    @Transactional(readOnly = true)
    public List<CompanyRef> inMunicipalities(Collection<Long> municipalityIds, int limit) {
        if (!mayRead() || municipalityIds.isEmpty()) {
            return List.of();
        }
        return companies.findInMunicipalities(municipalityIds,
                org.springframework.data.domain.PageRequest.of(0, Math.max(1, limit))).stream()
                .map(RepresentativeService::ref).toList();
    }

    @Transactional(readOnly = true)
    public Optional<CompanyRef> find(long companyId) {
        try {
            return Optional.of(ref(companyId));
        } catch (NotFoundException e) {
            return Optional.empty();
        }
    }

    private boolean mayRead() {
        Optional<CurrentUser> user = currentUsers.current();
        if (user.isEmpty()) {
            return no.kobling.identity.SystemAccess.isSystem();
        }
        return user.get().has(Permission.MANAGE_COMPANIES) || user.get().has(Permission.VIEW_DIRECTORY);
    }

    private Company company(long id) {
        return companies.findById(id).orElseThrow(() -> new NotFoundException("entity.company", id));
    }

    static CompanyRef ref(Company c) {
        return new CompanyRef(c.getId(), c.getCountryCode(), c.getOrgNumber(), c.getName(), c.getMunicipalityId(),
                c.getNace() == null ? null : c.getNace().getCode(),
                c.getTargetGroups().stream().map(TargetGroup::getCode).collect(Collectors.toSet()));
    }
}
