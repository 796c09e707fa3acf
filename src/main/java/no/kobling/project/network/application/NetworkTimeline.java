package no.kobling.project.network.application;

import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import no.kobling.project.Projects;
import no.kobling.project.network.domain.Network;
import no.kobling.project.network.domain.NetworkMember;
import no.kobling.project.network.persistence.NetworkRepository;
import no.kobling.shared.timeline.CompanyTimelineSource;
import no.kobling.shared.timeline.TimelineEntry;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The company's project work on its timeline: the business networks it joined that the caller may see
 * ({@link NetworkAccess.Caller#canSee}: users of the partnership's member organisations), on the day it joined, with
 * the network's project where the caller may see that project ({@link Projects#names}).
 */
@Component
class NetworkTimeline implements CompanyTimelineSource {

    private final NetworkRepository networks;
    private final NetworkAccess access;
    private final Projects projects;

    NetworkTimeline(NetworkRepository networks, NetworkAccess access, Projects projects) {
        this.networks = networks;
        this.access = access;
        this.projects = projects;
    }

    @Override
    public String kind() {
        return "network";
    }

    @Override
    @Transactional(readOnly = true)
    public List<TimelineEntry> entries(long companyId, ZoneId zone) {
        NetworkAccess.Caller caller = access.caller();
        List<Network> visible = networks.withMember(companyId).stream().filter(caller::canSee).toList();
        Map<Long, String> projectNames = projects.names(visible.stream().map(Network::getProjectId)
                .filter(Objects::nonNull).distinct().toList());
        return visible.stream().map(n -> {
            NetworkMember m = n.member(companyId);
            return new TimelineEntry(kind(), n.getId(), m == null ? n.getStartDate() : m.getJoinedOn(), n.getName(),
                    n.getProjectId() == null ? null : projectNames.get(n.getProjectId()), "/networks/" + n.getId());
        }).toList();
    }
}
