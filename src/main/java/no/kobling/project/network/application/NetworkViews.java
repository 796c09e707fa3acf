package no.kobling.project.network.application;

import java.time.LocalDate;
import java.util.List;
import no.kobling.project.network.domain.NetworkStatus;

/** Networks as the pages and the API show them. */
public final class NetworkViews {

    private NetworkViews() {
    }

    public record Named(long id, String name) {
    }

    public record NetworkCard(long id, String name, Named partnership, NetworkStatus status, LocalDate startDate,
            LocalDate endDate, List<Named> municipalities, int members, boolean archived) {
    }

    public record MemberView(long companyId, String name, String orgNumber, LocalDate joinedOn, LocalDate leftOn,
            boolean current) {
    }

    public record MeetingView(long id, LocalDate heldOn, String place, Named municipality, String topic,
            String notes, List<Named> attending) {
    }

    public record NetworkDetail(long id, String name, String purpose, Named partnership, Named organiser,
            Named facilitator, List<Named> municipalities, LocalDate startDate, LocalDate endDate,
            NetworkStatus status, Named project, boolean archived, List<MemberView> members,
            List<MeetingView> meetings, long version, boolean mayChange, boolean mayDelete) {
    }

    /** What the forms offer: the caller's active partnerships with their organisations, people and places. */
    public record Options(List<PartnershipOption> partnerships) {
    }

    public record PartnershipOption(long id, String name, List<Named> organisations, List<Named> facilitators,
            List<Named> municipalities) {
    }
}
