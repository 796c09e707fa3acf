package no.kobling.company.application;

import java.time.Clock;
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
import no.kobling.identity.UserAdministration;
import no.kobling.identity.UserAdministration.UserRef;
import no.kobling.shared.DomainException;
import no.kobling.shared.NotFoundException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Users who represent a company. Linking needs {@code MANAGE_COMPANIES}; a representative sees their own company's
 * basic facts ({@link CompanyRef}) even without directory access, and nothing else of the register.
 */
@Service
public class RepresentativeService {

    private final CompanyRepresentativeRepository representatives;
    private final CompanyRepository companies;
    private final UserAdministration users;
    private final CurrentUsers currentUsers;
    private final Clock clock;

    RepresentativeService(CompanyRepresentativeRepository representatives, CompanyRepository companies,
            UserAdministration users, CurrentUsers currentUsers, Clock clock) {
        this.representatives = representatives;
        this.companies = companies;
        this.users = users;
        this.currentUsers = currentUsers;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    @PreAuthorize(CompanyService.READ)
    public List<UserRef> list(long companyId) {
        company(companyId);
        List<Long> ids = representatives.findByCompanyIdOrderByCreatedAt(companyId).stream()
                .map(CompanyRepresentative::getUserId).toList();
        return users.usersById(ids).stream()
                .sorted(java.util.Comparator.comparing(UserRef::displayName, String.CASE_INSENSITIVE_ORDER)).toList();
    }

    @Transactional
    @PreAuthorize(CompanyService.WRITE)
    public UserRef add(long companyId, String username) {
        company(companyId);
        UserRef user = users.userByUsername(username == null ? null : username.strip())
                .orElseThrow(() -> DomainException.rule("company-representative-unknown-user",
                        "company.representative.unknown-user", username));
        if (representatives.existsByCompanyIdAndUserId(companyId, user.id())) {
            throw DomainException.conflict("company-representative-exists", "company.representative.exists",
                    user.displayName());
        }
        representatives.save(new CompanyRepresentative(companyId, user.id(), clock.instant()));
        return user;
    }

    @Transactional
    @PreAuthorize(CompanyService.WRITE)
    public void remove(long companyId, long userId) {
        company(companyId);
        CompanyRepresentative link = representatives.findByCompanyIdAndUserId(companyId, userId)
                .orElseThrow(() -> new NotFoundException("company.representative", userId));
        representatives.delete(link);
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
