package no.kobling.company.application;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import no.kobling.company.application.Views.TargetGroupView;
import no.kobling.company.domain.TargetGroup;
import no.kobling.company.persistence.TargetGroupRepository;
import no.kobling.shared.DomainException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The extendable list of target groups, named in the caller's language. */
@Service
public class TargetGroupCatalogue {

    private final TargetGroupRepository groups;
    private final CompanyViews views;

    TargetGroupCatalogue(TargetGroupRepository groups, CompanyViews views) {
        this.groups = groups;
        this.views = views;
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<TargetGroupView> all() {
        return views.targetGroups(groups.findByActiveTrueOrderByIdAsc());
    }

    /** The companies among {@code companyIds} in the group (asked in chunks to stay under bind-parameter limits). */
    @Transactional(readOnly = true)
    public Set<Long> membersOf(String code, java.util.Collection<Long> companyIds) {
        Set<Long> found = new HashSet<>();
        List<Long> ids = List.copyOf(new HashSet<>(companyIds));
        for (int from = 0; from < ids.size(); from += 1000) {
            found.addAll(groups.companiesInGroup(code, ids.subList(from, Math.min(ids.size(), from + 1000))));
        }
        return found;
    }

    /** The groups with these codes; an unknown code is a rule error. */
    Set<TargetGroup> resolve(Set<String> codes) {
        if (codes == null || codes.isEmpty()) {
            return new HashSet<>();
        }
        List<TargetGroup> found = groups.findByCodeIn(codes);
        if (found.size() != codes.size()) {
            throw DomainException.rule("target-group-unknown", "company.error.target-group-unknown");
        }
        return new HashSet<>(found);
    }
}
