package no.kobling.advisory.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.kobling.advisory.application.ActivityCommand;
import no.kobling.advisory.application.ActivityKindService;
import no.kobling.advisory.application.ActivityService;
import no.kobling.advisory.application.AdvisoryViews.ActivityView;
import no.kobling.advisory.application.AdvisoryViews.FollowUp;
import no.kobling.advisory.application.AdvisoryViews.KindView;
import no.kobling.advisory.application.AdvisoryViews.Named;
import no.kobling.advisory.application.AdvisoryViews.NeedTypeView;
import no.kobling.advisory.application.AdvisoryViews.NeedView;
import no.kobling.advisory.application.FunnelService;
import no.kobling.advisory.application.FunnelService.DrillDown;
import no.kobling.advisory.application.FunnelService.Pyramid;
import no.kobling.advisory.application.FunnelService.RuleView;
import no.kobling.advisory.application.NeedService;
import no.kobling.advisory.application.PyramidQuery;
import no.kobling.advisory.application.WorkspaceService;
import no.kobling.advisory.domain.FunnelLevel;
import no.kobling.advisory.domain.NeedPriority;
import no.kobling.advisory.domain.NeedStatus;
import no.kobling.advisory.domain.Visibility;
import org.springframework.format.annotation.DateTimeFormat;
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
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

@RestController
@RequestMapping("/api/v1/advisory")
@Tag(name = "Advisory", description = "Activities, needs, the funnel (pyramid) and activity kinds")
class AdvisoryApiController {

    private final ActivityService activities;
    private final ActivityKindService kinds;
    private final NeedService needs;
    private final FunnelService funnel;
    private final WorkspaceService workspace;

    AdvisoryApiController(ActivityService activities, ActivityKindService kinds, NeedService needs,
            FunnelService funnel, WorkspaceService workspace) {
        this.activities = activities;
        this.kinds = kinds;
        this.needs = needs;
        this.funnel = funnel;
        this.workspace = workspace;
    }

    record ActivityRequest(Long kindId, @Size(max = 40) String kindCode, LocalDate date,
            @DecimalMin("0") @DecimalMax("1000") BigDecimal hours, Long municipalityId, Long serviceId,
            @Size(max = 4000) String notes, Visibility visibility, LocalDate followUpDate, Set<Long> advisorUserIds,
            @Size(max = 500) Set<Long> companyIds, @Size(max = 500) Set<Long> entrepreneurIds, Long version,
            Long projectId) {

        ActivityCommand command() {
            return new ActivityCommand(kindId, kindCode, date, hours, municipalityId, serviceId, notes, visibility,
                    followUpDate, advisorUserIds, companyIds, entrepreneurIds, null, projectId);
        }
    }

    record KindRequest(@Size(max = 40) String code, FunnelLevel funnelLevel, @NotNull Map<String, String> names,
            Long version) {
    }

    record NeedRequest(@NotNull NeedPriority priority, @NotNull NeedStatus status, @Size(max = 2000) String note,
            Long version) {
    }

    record RuleRequest(@Min(1) @Max(1000) int participatingMinActivities,
            @NotNull @DecimalMin("0") @DecimalMax("1000") BigDecimal intensiveMinHours, List<String> participatingKinds,
            List<String> intensiveKinds, List<String> deepDiveKinds, Long version) {
    }

    record Deleted(boolean archived) {
    }

    record Feed(String url) {
    }

    // --- kinds

    @GetMapping("/kinds")
    @Operation(summary = "Activity kinds (archived ones only with includeArchived=true)")
    List<KindView> kinds(@RequestParam(defaultValue = "false") boolean includeArchived) {
        return kinds.list(includeArchived);
    }

    @PostMapping("/kinds")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add an activity kind (ADMINISTER_REFERENCE_DATA)")
    KindView createKind(@Valid @RequestBody KindRequest body) {
        return kinds.create(body.code(), body.funnelLevel(), body.names());
    }

    @PutMapping("/kinds/{id}")
    @Operation(summary = "Rename an activity kind or change its default funnel level")
    KindView updateKind(@PathVariable long id, @Valid @RequestBody KindRequest body) {
        return kinds.update(id, body.version(), body.funnelLevel(), body.names());
    }

    @DeleteMapping("/kinds/{id}")
    @Operation(summary = "Delete an unused kind; a kind in use is archived instead (archived=true)")
    Deleted deleteKind(@PathVariable long id) {
        return new Deleted(kinds.delete(id));
    }

    @PostMapping("/kinds/{id}/restore")
    @Operation(summary = "Offer an archived kind again")
    KindView restoreKind(@PathVariable long id) {
        return kinds.restore(id);
    }

    // --- activities

    @GetMapping("/activities")
    @Operation(summary = "Activities of a company, or recent activities of my organisation (shared=true: shared "
            + "by partner organisations); projectId: only those tagged with the project")
    List<ActivityView> activities(@RequestParam(required = false) Long companyId,
            @RequestParam(defaultValue = "false") boolean shared, @RequestParam(defaultValue = "50") int limit,
            @RequestParam(required = false) Long projectId) {
        if (companyId != null) {
            return activities.ofCompany(companyId).stream()
                    .filter(a -> projectId == null || projectId.equals(a.projectId())).toList();
        }
        return activities.recent(shared, Math.max(1, Math.min(limit, 200)), projectId);
    }

    @PostMapping("/activities")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Log an activity for my organisation")
    ActivityView log(@Valid @RequestBody ActivityRequest body) {
        return activities.log(body.command());
    }

    @GetMapping("/activities/{id}")
    ActivityView activity(@PathVariable long id) {
        return activities.get(id);
    }

    @PutMapping("/activities/{id}")
    ActivityView update(@PathVariable long id, @Valid @RequestBody ActivityRequest body) {
        return activities.update(id, body.version(), body.command());
    }

    @DeleteMapping("/activities/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@PathVariable long id) {
        activities.delete(id);
    }

    @PostMapping("/activities/{id}/follow-up-done")
    @Operation(summary = "Mark the activity's follow-up as done")
    ActivityView followUpDone(@PathVariable long id) {
        return activities.completeFollowUp(id);
    }

    @GetMapping("/follow-ups")
    @Operation(summary = "My open follow-ups (all=false: overdue and due within a week)")
    List<FollowUp> followUps(@RequestParam(defaultValue = "true") boolean all) {
        return workspace.followUps(all);
    }

    @PostMapping("/calendar-feed")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Create or replace my private iCalendar feed address (the old one stops working)")
    Feed regenerateFeed() {
        String secret = workspace.regenerateCalendarFeed();
        return new Feed(ServletUriComponentsBuilder.fromCurrentContextPath()
                .path("/public/advisory/calendar/{secret}.ics").buildAndExpand(secret).toUriString());
    }

    @DeleteMapping("/calendar-feed")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Revoke my calendar feed address")
    void revokeFeed() {
        workspace.revokeCalendarFeed();
    }

    // --- needs

    @GetMapping("/need-types")
    @Operation(summary = "The needs taxonomy with the competences that answer each need")
    List<NeedTypeView> needTypes() {
        return needs.types();
    }

    @GetMapping("/companies/{companyId}/needs")
    List<NeedView> needs(@PathVariable long companyId) {
        return needs.ofCompany(companyId);
    }

    @PutMapping("/companies/{companyId}/needs/{code}")
    @Operation(summary = "Record or change my organisation's assessment of one need of the company")
    NeedView assess(@PathVariable long companyId, @PathVariable String code, @Valid @RequestBody NeedRequest body) {
        return needs.assess(companyId, code, body.priority(), body.status(), body.note(), body.version(), null);
    }

    @PostMapping("/needs/{id}/activities/{activityId}")
    @Operation(summary = "Link an activity that addressed the need")
    NeedView link(@PathVariable long id, @PathVariable long activityId) {
        return needs.link(id, activityId);
    }

    @DeleteMapping("/needs/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void deleteNeed(@PathVariable long id) {
        needs.delete(id);
    }

    // --- funnel

    @GetMapping("/partnerships")
    @Operation(summary = "Partnerships whose pyramid I may see")
    List<Named> partnerships() {
        return funnel.partnerships();
    }

    @GetMapping("/partnerships/{id}/funnel-rules")
    RuleView rules(@PathVariable long id) {
        return funnel.rules(id);
    }

    @PutMapping("/partnerships/{id}/funnel-rules")
    @Operation(summary = "Configure the partnership's funnel rules (MANAGE_PARTNERSHIPS, member organisation)")
    RuleView configure(@PathVariable long id, @Valid @RequestBody RuleRequest body) {
        return funnel.configure(id, body.version(), body.participatingMinActivities(), body.intensiveMinHours(),
                body.participatingKinds(), body.intensiveKinds(), body.deepDiveKinds());
    }

    @GetMapping("/pyramid")
    @Operation(summary = "The pyramid: companies that reached each level, with conversion between levels")
    Pyramid pyramid(@RequestParam long partnershipId, @RequestParam(required = false) Long municipalityId,
            @RequestParam(required = false) String targetGroup,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return funnel.pyramid(new PyramidQuery(partnershipId, municipalityId, targetGroup, from, to));
    }

    @GetMapping("/pyramid/companies")
    @Operation(summary = "Drill-down: the companies that reached at least the level")
    DrillDown drillDown(@RequestParam long partnershipId, @RequestParam FunnelLevel level,
            @RequestParam(required = false) Long municipalityId, @RequestParam(required = false) String targetGroup,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return funnel.companiesAt(new PyramidQuery(partnershipId, municipalityId, targetGroup, from, to), level);
    }
}
