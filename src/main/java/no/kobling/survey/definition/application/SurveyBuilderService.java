package no.kobling.survey.definition.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import no.kobling.actor.ActorZones;
import no.kobling.actor.Actors;
import no.kobling.actor.PartnershipRef;
import no.kobling.identity.CurrentUsers;
import no.kobling.project.Projects;
import no.kobling.shared.DomainException;
import no.kobling.shared.LocalDay;
import no.kobling.shared.NotFoundException;
import no.kobling.shared.StaleVersionException;
import no.kobling.survey.definition.SurveyDefinitions.Status;
import no.kobling.survey.definition.domain.Survey;
import no.kobling.survey.definition.domain.SurveyQuestion;
import no.kobling.survey.definition.domain.SurveySection;
import no.kobling.survey.definition.domain.SurveySpec;
import no.kobling.survey.definition.domain.SurveySpec.QuestionSpec;
import no.kobling.survey.definition.domain.SurveySpec.SectionSpec;
import no.kobling.survey.definition.persistence.SurveyRepository;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The survey builder (docs/surveys.md): staff with {@code MANAGE_SURVEYS} create surveys for their own organisation
 * (optionally for one of its partnerships and a project they may see), change, reorder, copy and delete drafts, and
 * open and close them (the distribution part sends). A survey of another organisation answers 404. Changes are
 * audited by the audit module's entity listener.
 */
@Service
public class SurveyBuilderService {

    static final String MANAGE = "hasAuthority('MANAGE_SURVEYS')";

    private final SurveyAccess access;
    private final SurveyRepository surveys;
    private final CurrentUsers users;
    private final Actors actors;
    private final Projects projects;
    private final ActorZones zones;
    private final SurveyTemplates templates;
    private final Clock clock;

    SurveyBuilderService(SurveyAccess access, SurveyRepository surveys, CurrentUsers users, Actors actors,
            Projects projects, ActorZones zones, SurveyTemplates templates, Clock clock) {
        this.access = access;
        this.surveys = surveys;
        this.users = users;
        this.actors = actors;
        this.projects = projects;
        this.zones = zones;
        this.templates = templates;
        this.clock = clock;
    }

    /** Nothing but the permission check (for reading the templates). */
    @PreAuthorize(MANAGE)
    public void requireManager() {
        // the annotation checks
    }

    /** The caller's organisation's surveys (all for administrators), newest first; {@code statuses} empty = all. */
    @Transactional(readOnly = true)
    @PreAuthorize(MANAGE)
    public Page<Survey> list(List<Status> statuses, Pageable page) {
        List<Status> wanted = statuses == null || statuses.isEmpty() ? List.of(Status.values()) : statuses;
        if (access.seesAll()) {
            return withTitles(surveys.findAllByStatus(wanted, page));
        }
        Long org = access.callerOrganisationId();
        if (org == null) {
            return Page.empty(page);
        }
        return withTitles(surveys.findByOwner(org, wanted, page));
    }

    private static Page<Survey> withTitles(Page<Survey> page) {
        page.forEach(Survey::titles);
        return page;
    }

    @Transactional(readOnly = true)
    @PreAuthorize(MANAGE)
    public Survey get(long surveyId) {
        return loaded(access.manageable(surveyId));
    }

    /** A new draft of the caller's organisation with the whole structure. */
    @Transactional
    @PreAuthorize(MANAGE)
    public Survey create(SurveySpec spec) {
        return create(spec, null, null);
    }

    @Transactional
    @PreAuthorize(MANAGE)
    public Survey create(SurveySpec spec, String templateCode, Long copiedFromId) {
        Long owner = access.callerOrganisationId();
        if (owner == null) {
            throw DomainException.rule("survey-owner-missing", "survey.error.owner-missing");
        }
        checkLinks(spec);
        Survey survey = new Survey(owner, spec, templateCode, copiedFromId, clock.instant(),
                users.require().username());
        return loaded(surveys.save(survey));
    }

    /**
     * A new draft of the caller's organisation copied from a shipped template (all its questions, codes and texts),
     * optionally for a partnership and project and with a closing date. An unknown template answers 404.
     */
    @Transactional
    @PreAuthorize(MANAGE)
    public Survey createFromTemplate(String code, Long partnershipId, Long projectId, LocalDate closesOn) {
        SurveySpec t = templates.find(code).orElseThrow(() -> new NotFoundException("survey-template", code)).spec();
        return create(new SurveySpec(t.kind(), t.anonymous(), t.fallbackLanguage(), t.titles(), t.intros(), closesOn,
                partnershipId, projectId, t.sections()), code, null);
    }

    /** A new draft with the same structure, codes and texts as a survey the caller may see (new ids). */
    @Transactional
    @PreAuthorize(MANAGE)
    public Survey copy(long surveyId) {
        Survey source = access.manageable(surveyId);
        SurveySpec s = source.toSpec();
        SurveySpec spec = new SurveySpec(s.kind(), s.anonymous(), s.fallbackLanguage(), s.titles(), s.intros(), null,
                ownPartnership(s.partnershipId()), visibleProject(s.projectId()), s.sections());
        return create(spec, source.getTemplateCode(), source.getId());
    }

    /** Changes kind, anonymity, texts, fallback language, closing date, partnership and project (not sections). */
    @Transactional
    @PreAuthorize(MANAGE)
    public Survey describe(long surveyId, SurveySpec spec, Long version) {
        Survey survey = editable(surveyId, version);
        if (!java.util.Objects.equals(spec.partnershipId(), survey.getPartnershipId())
                || !java.util.Objects.equals(spec.projectId(), survey.getProjectId())) {
            checkLinks(spec);
        }
        survey.describe(spec);
        return loaded(survey);
    }

    @Transactional
    @PreAuthorize(MANAGE)
    public void delete(long surveyId, Long version) {
        Survey survey = editable(surveyId, version);
        survey.requireDeletable();
        surveys.delete(survey);
    }

    @Transactional
    @PreAuthorize(MANAGE)
    public SurveySection addSection(long surveyId, SectionSpec spec, Integer index) {
        Survey survey = access.manageable(surveyId);
        SurveySection section = survey.addSection(spec, index);
        surveys.flush();
        return section;
    }

    @Transactional
    @PreAuthorize(MANAGE)
    public Survey retitleSection(long surveyId, long sectionId, Map<String, String> titles) {
        Survey survey = access.manageable(surveyId);
        survey.retitleSection(sectionId, titles);
        return loaded(survey);
    }

    @Transactional
    @PreAuthorize(MANAGE)
    public Survey removeSection(long surveyId, long sectionId) {
        Survey survey = access.manageable(surveyId);
        survey.removeSection(sectionId);
        return loaded(survey);
    }

    @Transactional
    @PreAuthorize(MANAGE)
    public Survey moveSection(long surveyId, long sectionId, int index) {
        Survey survey = access.manageable(surveyId);
        survey.moveSection(sectionId, index);
        return loaded(survey);
    }

    @Transactional
    @PreAuthorize(MANAGE)
    public SurveyQuestion addQuestion(long surveyId, long sectionId, QuestionSpec spec, Integer index) {
        Survey survey = access.manageable(surveyId);
        SurveyQuestion question = survey.addQuestion(sectionId, spec, index);
        surveys.flush();
        return question;
    }

    @Transactional
    @PreAuthorize(MANAGE)
    public SurveyQuestion changeQuestion(long surveyId, long questionId, QuestionSpec spec, Long version) {
        Survey survey = access.manageable(surveyId);
        SurveyQuestion question = survey.question(questionId);
        StaleVersionException.check("survey-question", questionId, version, question.getVersion());
        survey.changeQuestion(questionId, spec);
        surveys.flush();
        return question;
    }

    @Transactional
    @PreAuthorize(MANAGE)
    public Survey removeQuestion(long surveyId, long questionId) {
        Survey survey = access.manageable(surveyId);
        survey.removeQuestion(questionId);
        return loaded(survey);
    }

    @Transactional
    @PreAuthorize(MANAGE)
    public Survey moveQuestion(long surveyId, long questionId, int index) {
        Survey survey = access.manageable(surveyId);
        survey.moveQuestion(questionId, index);
        return loaded(survey);
    }

    /**
     * Opens the survey until {@code closesOn} (null: its own closing date), judged on the owner organisation's day.
     * Used by the distribution part when it sends, and to reopen a closed survey with a new closing date.
     */
    @Transactional
    @PreAuthorize(MANAGE)
    public Survey open(long surveyId, LocalDate closesOn) {
        Survey survey = access.manageable(surveyId);
        LocalDate today = LocalDay.today(clock, zones.organisation(survey.getOwnerOrganisationId()));
        survey.open(closesOn == null ? survey.getClosesOn() : closesOn, today, clock.instant());
        return loaded(survey);
    }

    /** Opens a closed survey again until a new closing date. */
    @Transactional
    @PreAuthorize(MANAGE)
    public Survey reopen(long surveyId, LocalDate closesOn) {
        Survey survey = access.manageable(surveyId);
        if (survey.getStatus() != Status.CLOSED) {
            throw DomainException.conflict("survey-not-closed", "survey.error.not-closed");
        }
        return open(surveyId, closesOn);
    }

    @Transactional
    @PreAuthorize(MANAGE)
    public Survey close(long surveyId) {
        Survey survey = access.manageable(surveyId);
        survey.close(clock.instant());
        return loaded(survey);
    }

    private Survey editable(long surveyId, Long version) {
        Survey survey = access.manageable(surveyId);
        StaleVersionException.check("survey", surveyId, version, survey.getVersion());
        return survey;
    }

    private void checkLinks(SurveySpec spec) {
        if (spec.partnershipId() != null && ownPartnership(spec.partnershipId()) == null) {
            throw DomainException.rule("survey-partnership-unknown", "survey.error.partnership-unknown");
        }
        if (spec.projectId() != null && projects.scope(spec.projectId()).isEmpty()) {
            throw new NotFoundException("project", spec.projectId());
        }
    }

    /** The partnership if it is one of the caller's (else null). */
    private Long ownPartnership(Long partnershipId) {
        if (partnershipId == null) {
            return null;
        }
        return actors.visiblePartnerships().stream().map(PartnershipRef::id).filter(partnershipId::equals)
                .findFirst().orElse(null);
    }

    private Long visibleProject(Long projectId) {
        return projectId == null || projects.scope(projectId).isEmpty() ? null : projectId;
    }

    /** The survey with its whole structure loaded (for views after the transaction). */
    static Survey loaded(Survey survey) {
        survey.titles();
        for (SurveySection section : survey.getSections()) {
            section.getTitles().size();
            for (SurveyQuestion q : section.getQuestions()) {
                q.getTexts().size();
                q.getOptions().forEach(o -> o.getLabels().size());
                q.getItems().forEach(i -> i.getLabels().size());
            }
        }
        return survey;
    }
}
