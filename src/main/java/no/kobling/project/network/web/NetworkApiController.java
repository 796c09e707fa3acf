package no.kobling.project.network.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import no.kobling.project.network.application.NetworkCommands.MeetingCommand;
import no.kobling.project.network.application.NetworkCommands.MemberCommand;
import no.kobling.project.network.application.NetworkCommands.NetworkCommand;
import no.kobling.project.network.application.NetworkCommands.NetworkFilter;
import no.kobling.project.network.application.NetworkService;
import no.kobling.project.network.application.NetworkViews.MeetingView;
import no.kobling.project.network.application.NetworkViews.MemberView;
import no.kobling.project.network.application.NetworkViews.NetworkCard;
import no.kobling.project.network.application.NetworkViews.NetworkDetail;
import no.kobling.project.network.domain.NetworkStatus;
import no.kobling.shared.PageResult;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/networks")
@Tag(name = "Networks", description = "Business networks a partnership runs: members, facilitator and meetings")
class NetworkApiController {

    private final NetworkService networks;

    NetworkApiController(NetworkService networks) {
        this.networks = networks;
    }

    record NetworkRequest(Long partnershipId, @NotBlank @Size(max = 200) String name,
            @Size(max = 4000) String purpose, @NotNull Long organiserOrganisationId, @NotNull Long facilitatorUserId,
            Set<Long> municipalityIds, @NotNull LocalDate startDate, LocalDate endDate, NetworkStatus status,
            Long projectId, Long version) {

        NetworkCommand command() {
            return new NetworkCommand(partnershipId, name, purpose, organiserOrganisationId, facilitatorUserId,
                    municipalityIds, startDate, endDate, status, projectId, version);
        }
    }

    record MemberRequest(@NotNull Long companyId, LocalDate joinedOn, LocalDate leftOn) {
    }

    record MeetingRequest(@NotNull LocalDate heldOn, @Size(max = 200) String place, Long municipalityId,
            @NotBlank @Size(max = 300) String topic, Set<Long> attendingCompanyIds,
            @Size(max = 4000) String notes) {
    }

    record Created(long id) {
    }

    record Removed(boolean archived) {
    }

    record MemberRemoved(boolean keptWithLeftDate) {
    }

    @GetMapping
    @Operation(summary = "Networks the caller may see (not archived unless archived=true), newest start first, paged")
    PageResult<NetworkCard> list(@RequestParam(required = false) Long partnershipId,
            @RequestParam(required = false) NetworkStatus status, @RequestParam(required = false) Long municipalityId,
            @RequestParam(required = false) String q, @RequestParam(defaultValue = "false") boolean archived,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        return PageResult.of(networks.list(new NetworkFilter(partnershipId, status, municipalityId, q, archived),
                page, size), c -> c);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Start a network in an active partnership of the caller's organisation (MANAGE_PROJECTS)")
    NetworkDetail create(@Valid @RequestBody NetworkRequest body) {
        return networks.get(networks.create(body.command()));
    }

    @GetMapping("/{id}")
    @Operation(summary = "A network with its members and meetings")
    NetworkDetail get(@PathVariable long id) {
        return networks.get(id);
    }

    @PutMapping("/{id}")
    @Operation(summary = "Change a network (coordinators and its facilitator); its partnership stays")
    NetworkDetail update(@PathVariable long id, @Valid @RequestBody NetworkRequest body) {
        networks.update(id, body.command());
        return networks.get(id);
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Delete a network; one with meetings is archived instead (archived=true in the answer)")
    Removed delete(@PathVariable long id, @RequestParam(required = false) Long version) {
        return new Removed(networks.delete(id, version));
    }

    @GetMapping("/{id}/members")
    @Operation(summary = "The member companies of a network with joined and left dates")
    List<MemberView> members(@PathVariable long id) {
        return networks.get(id).members();
    }

    @PostMapping("/{id}/members")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add a member company (joined on the network's start unless given)")
    List<MemberView> addMember(@PathVariable long id, @Valid @RequestBody MemberRequest body) {
        networks.addMember(id, new MemberCommand(body.companyId(), body.joinedOn(), body.leftOn()));
        return networks.get(id).members();
    }

    @DeleteMapping("/{id}/members/{companyId}")
    @Operation(summary = "Take a company off the network: one that attended a meeting is kept with a left date "
            + "(leftOn, default today), others are removed")
    MemberRemoved removeMember(@PathVariable long id, @PathVariable long companyId,
            @RequestParam(required = false) LocalDate leftOn) {
        return new MemberRemoved(networks.removeMember(id, companyId, leftOn));
    }

    @GetMapping("/{id}/meetings")
    @Operation(summary = "The meetings of a network, newest first")
    List<MeetingView> meetings(@PathVariable long id) {
        return networks.get(id).meetings();
    }

    @PostMapping("/{id}/meetings")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Record a held meeting (on or after the network's start, attended by member companies)")
    Created meeting(@PathVariable long id, @Valid @RequestBody MeetingRequest body) {
        return new Created(networks.recordMeeting(id, new MeetingCommand(body.heldOn(), body.place(),
                body.municipalityId(), body.topic(), body.attendingCompanyIds(), body.notes())));
    }
}
