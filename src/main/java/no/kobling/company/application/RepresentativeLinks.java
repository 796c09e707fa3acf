package no.kobling.company.application;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import no.kobling.company.domain.Company;
import no.kobling.company.domain.CompanyRepresentative;
import no.kobling.company.persistence.CompanyRepository;
import no.kobling.company.persistence.CompanyRepresentativeRepository;
import no.kobling.identity.Permission;
import no.kobling.identity.UserAdministration;
import no.kobling.identity.UserAdministration.UserAffiliation;
import no.kobling.identity.UserAdministration.UserRef;
import no.kobling.shared.DomainException;
import no.kobling.shared.NotFoundException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Making and removing the links between users and the companies they represent (issue 11 finding 1; rules in
 * docs/security.md "(register)"):
 * <ul>
 * <li><b>staff</b> — MANAGE_COMPANIES and the company in the area of their organisation ({@link RegisterAccess}) —
 * link users of their own organisation or of an organisation sharing a partnership with it; their links are
 * verified (by them, now). They verify links others made, and remove links of users they see or of company accounts
 * (users without organisation);</li>
 * <li>a <b>verified representative</b> of the company links company accounts (REPRESENT_COMPANY, no organisation);
 * those links are unverified until staff verify them; they remove links of company accounts;</li>
 * <li>administrators and the system link anyone (verified).</li>
 * </ul>
 * Anyone else is refused (403). A username the caller may not link answers exactly like an unknown one (404
 * user-not-found, without echoing the name), so the endpoint tells nobody which usernames exist.
 */
@Service
public class RepresentativeLinks {

    static final String MAY_LINK = "hasAnyAuthority('MANAGE_COMPANIES', 'REPRESENT_COMPANY')";

    private final CompanyRepresentativeRepository representatives;
    private final CompanyRepository companies;
    private final UserAdministration users;
    private final RegisterAccess access;
    private final Clock clock;

    RepresentativeLinks(CompanyRepresentativeRepository representatives, CompanyRepository companies,
            UserAdministration users, RegisterAccess access, Clock clock) {
        this.representatives = representatives;
        this.companies = companies;
        this.users = users;
        this.access = access;
        this.clock = clock;
    }

    /** A representative as the company page and the API list them. */
    public record RepresentativeView(long id, String username, String displayName, boolean verified) {
    }

    private enum Role { STAFF, REPRESENTATIVE, NONE }

    @Transactional(readOnly = true)
    @PreAuthorize(CompanyService.READ)
    public List<RepresentativeView> list(long companyId) {
        company(companyId);
        Map<Long, CompanyRepresentative> links = representatives.findByCompanyIdOrderByCreatedAt(companyId).stream()
                .collect(Collectors.toMap(CompanyRepresentative::getUserId, Function.identity()));
        return users.usersById(links.keySet()).stream()
                .sorted(Comparator.comparing(UserRef::displayName, String.CASE_INSENSITIVE_ORDER))
                .map(u -> new RepresentativeView(u.id(), u.username(), u.displayName(),
                        links.get(u.id()).isVerified())).toList();
    }

    /** Whether the caller may link and unlink representatives of this company (for the page). */
    @Transactional(readOnly = true)
    public boolean mayManage(long companyId) {
        return companies.findById(companyId).map(c -> role(access.editor(), c) != Role.NONE).orElse(false);
    }

    @Transactional
    @PreAuthorize(MAY_LINK)
    public UserRef add(long companyId, String username) {
        Company company = company(companyId);
        RegisterAccess.Editor editor = access.editor();
        Role role = required(editor, company);
        // a user the caller may not link answers like an unknown one; a user already listed as this company's
        // representative is no secret (the list shows them) and answers 409
        UserAffiliation user = users.affiliationByUsername(username)
                .filter(u -> representatives.existsByCompanyIdAndUserId(companyId, u.user().id())
                        || (role == Role.STAFF ? editor.seesOrganisation(u.organisationId()) : u.companyAccount()))
                .orElseThrow(RepresentativeLinks::userNotFound);
        if (representatives.existsByCompanyIdAndUserId(companyId, user.user().id())) {
            throw DomainException.conflict("company-representative-exists", "company.representative.exists",
                    user.user().displayName());
        }
        CompanyRepresentative link = new CompanyRepresentative(companyId, user.user().id(), clock.instant(),
                editor.name());
        if (role == Role.STAFF) {
            link.verify(editor.name(), clock.instant());
        }
        representatives.save(link);
        return user.user();
    }

    @Transactional
    @PreAuthorize(MAY_LINK)
    public void remove(long companyId, long userId) {
        Company company = company(companyId);
        RegisterAccess.Editor editor = access.editor();
        Role role = required(editor, company);
        CompanyRepresentative link = representatives.findByCompanyIdAndUserId(companyId, userId)
                .orElseThrow(() -> new NotFoundException("company.representative", userId));
        Optional<UserAffiliation> user = users.affiliationById(userId);
        boolean companyAccount = user.map(u -> u.organisationId() == null).orElse(true);
        boolean allowed = role == Role.STAFF
                ? companyAccount || editor.seesOrganisation(user.get().organisationId())
                : user.map(UserAffiliation::companyAccount).orElse(true);
        if (!allowed) {
            throw notAllowed();
        }
        representatives.delete(link);
    }

    /** Staff of the company's area vouch for a link a representative made. */
    @Transactional
    @PreAuthorize(CompanyService.WRITE)
    public void verify(long companyId, long userId) {
        Company company = company(companyId);
        RegisterAccess.Editor editor = access.editor();
        if (role(editor, company) != Role.STAFF) {
            throw RegisterAccess.notInArea();
        }
        representatives.findByCompanyIdAndUserId(companyId, userId)
                .orElseThrow(() -> new NotFoundException("company.representative", userId))
                .verify(editor.name(), clock.instant());
    }

    private Role role(RegisterAccess.Editor editor, Company company) {
        if (editor.mayEdit(company)) {
            return Role.STAFF;
        }
        if (editor.userId() != null && editor.has(Permission.REPRESENT_COMPANY)
                && representatives.findByCompanyIdAndUserId(company.getId(), editor.userId())
                        .filter(CompanyRepresentative::isVerified).isPresent()) {
            return Role.REPRESENTATIVE;
        }
        return Role.NONE;
    }

    private Role required(RegisterAccess.Editor editor, Company company) {
        Role role = role(editor, company);
        if (role == Role.NONE) {
            throw editor.has(Permission.MANAGE_COMPANIES) ? RegisterAccess.notInArea() : notAllowed();
        }
        return role;
    }

    private static DomainException userNotFound() {
        return new DomainException(404, "user-not-found", "company.representative.user-not-found");
    }

    private static DomainException notAllowed() {
        return new DomainException(403, "company-representative-not-allowed",
                "company.representative.not-allowed");
    }

    private Company company(long id) {
        return companies.findById(id).orElseThrow(() -> new NotFoundException(CompanyService.WHAT, id));
    }
}
