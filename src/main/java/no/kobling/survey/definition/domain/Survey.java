package no.kobling.survey.definition.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import no.kobling.shared.DomainException;
import no.kobling.survey.definition.SurveyDefinitions.Kind;
import no.kobling.survey.definition.SurveyDefinitions.Status;
import no.kobling.survey.definition.domain.SurveySpec.QuestionSpec;
import no.kobling.survey.definition.domain.SurveySpec.SectionSpec;

/**
 * A survey: the aggregate of its sections, questions, options and matrix items (docs/surveys.md). Every change is
 * checked by {@link SurveyRules}. While a DRAFT everything may change; once sent (OPEN, later CLOSED) the structure is
 * frozen ({@code survey-structure-frozen}): texts, the fallback language and the closing date may still change.
 * DRAFT → OPEN (needs a closing date, today or later, and a question) → CLOSED → OPEN again with a new closing date.
 */
@Entity(name = "SurveySurvey")
@Table(name = "survey_survey")
public class Survey {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "owner_organisation_id", nullable = false, updatable = false)
    private long ownerOrganisationId;

    @Column(name = "partnership_id")
    private Long partnershipId;

    @Column(name = "project_id")
    private Long projectId;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false)
    private Kind kind;

    @Column(name = "anonymous", nullable = false)
    private boolean anonymous;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private Status status = Status.DRAFT;

    @Column(name = "closes_on")
    private LocalDate closesOn;

    @Column(name = "fallback_language", nullable = false)
    private String fallbackLanguage;

    @Column(name = "template_code", updatable = false)
    private String templateCode;

    @Column(name = "copied_from_id", updatable = false)
    private Long copiedFromId;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    @Column(name = "opened_at")
    private Instant openedAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Version
    private long version;

    @ElementCollection
    @CollectionTable(name = "survey_survey_translation", joinColumns = @JoinColumn(name = "survey_id"))
    @MapKeyColumn(name = "language")
    private Map<String, SurveyTexts> texts = new LinkedHashMap<>();

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "survey_id", nullable = false)
    @OrderBy("position")
    private List<SurveySection> sections = new ArrayList<>();

    protected Survey() {
    }

    /** A new draft of the organisation from its definition; {@code templateCode}/{@code copiedFromId} say whence. */
    public Survey(long ownerOrganisationId, SurveySpec spec, String templateCode, Long copiedFromId, Instant now,
            String by) {
        this.ownerOrganisationId = ownerOrganisationId;
        this.templateCode = templateCode;
        this.copiedFromId = copiedFromId;
        this.createdAt = now;
        this.createdBy = by;
        header(spec);
        for (SectionSpec section : spec.sections()) {
            SurveySection s = new SurveySection(section);
            s.place(sections.size());
            sections.add(s);
        }
        SurveyRules.check(toSpec());
    }

    /** Changes what describes the survey (not its sections). Kind, anonymity, partnership and project freeze. */
    public void describe(SurveySpec spec) {
        if (isFrozen() && (spec.kind() != kind || spec.isAnonymous() != anonymous
                || !Objects.equals(spec.partnershipId(), partnershipId)
                || !Objects.equals(spec.projectId(), projectId))) {
            throw SurveyRules.frozen();
        }
        if (isFrozen() && spec.closesOn() == null) {
            throw DomainException.rule("survey-closing-date-missing", "survey.error.closing-date-missing");
        }
        header(spec);
        SurveyRules.check(toSpec());
    }

    private void header(SurveySpec spec) {
        kind = spec.kind() == null ? Kind.CUSTOM : spec.kind();
        anonymous = spec.isAnonymous();
        fallbackLanguage = spec.fallbackLanguage() == null ? null : spec.fallbackLanguage().strip();
        closesOn = spec.closesOn();
        partnershipId = spec.partnershipId();
        projectId = spec.projectId();
        texts.clear();
        Set<String> languages = new LinkedHashSet<>(spec.titles().keySet());
        languages.addAll(spec.intros().keySet());
        for (String language : languages) {
            texts.put(language, new SurveyTexts(spec.titles().get(language), spec.intros().get(language)));
        }
    }

    public SurveySection addSection(SectionSpec spec, Integer index) {
        requireDraft();
        SurveySection section = new SurveySection(spec);
        sections.add(index == null ? sections.size() : Math.max(0, Math.min(index, sections.size())), section);
        renumber();
        SurveyRules.check(toSpec());
        return section;
    }

    /** Section titles are texts: they may change after sending. */
    public void retitleSection(long sectionId, Map<String, String> titles) {
        section(sectionId).retitle(titles);
        SurveyRules.check(toSpec());
    }

    public void removeSection(long sectionId) {
        requireDraft();
        sections.remove(section(sectionId));
        renumber();
        SurveyRules.check(toSpec());
    }

    public void moveSection(long sectionId, int index) {
        requireDraft();
        SurveySection section = section(sectionId);
        sections.remove(section);
        sections.add(Math.max(0, Math.min(index, sections.size())), section);
        renumber();
        SurveyRules.check(toSpec());
    }

    public SurveyQuestion addQuestion(long sectionId, QuestionSpec spec, Integer index) {
        requireDraft();
        SurveySection section = section(sectionId);
        SurveyQuestion question = new SurveyQuestion(spec);
        section.add(question, index == null ? section.getQuestions().size() : index);
        SurveyRules.check(toSpec());
        return question;
    }

    /** A new definition of the question; once sent, only its texts may differ. */
    public SurveyQuestion changeQuestion(long questionId, QuestionSpec spec) {
        SurveyQuestion question = question(questionId);
        question.apply(spec, isFrozen());
        SurveyRules.check(toSpec());
        return question;
    }

    public void removeQuestion(long questionId) {
        requireDraft();
        SurveyQuestion question = question(questionId);
        sectionOf(question).remove(question);
        SurveyRules.check(toSpec());
    }

    /** Moves a question to {@code index} within its section. */
    public void moveQuestion(long questionId, int index) {
        requireDraft();
        SurveyQuestion question = question(questionId);
        sectionOf(question).move(question, index);
        SurveyRules.check(toSpec());
    }

    /**
     * Opens the survey for answers until {@code closingDate} (sending it, or reopening a closed one with a new
     * closing date). Needs a closing date not before {@code today} and at least one question.
     */
    public void open(LocalDate closingDate, LocalDate today, Instant now) {
        if (status == Status.OPEN) {
            throw DomainException.conflict("survey-already-open", "survey.error.already-open");
        }
        if (closingDate == null) {
            throw DomainException.rule("survey-closing-date-missing", "survey.error.closing-date-missing");
        }
        if (closingDate.isBefore(today)) {
            throw DomainException.rule("survey-closing-date-past", "survey.error.closing-date-past");
        }
        if (questions().isEmpty()) {
            throw DomainException.rule("survey-empty", "survey.error.empty");
        }
        closesOn = closingDate;
        status = Status.OPEN;
        openedAt = openedAt == null ? now : openedAt;
        closedAt = null;
    }

    /** Closes an open survey: no more answers. */
    public void close(Instant now) {
        if (status != Status.OPEN) {
            throw DomainException.conflict("survey-not-open", "survey.error.not-open");
        }
        status = Status.CLOSED;
        closedAt = now;
    }

    /** Only a draft may be deleted. */
    public void requireDeletable() {
        if (status != Status.DRAFT) {
            throw DomainException.conflict("survey-not-draft", "survey.error.not-draft");
        }
    }

    private void requireDraft() {
        if (isFrozen()) {
            throw SurveyRules.frozen();
        }
    }

    public boolean isFrozen() {
        return status != Status.DRAFT;
    }

    private void renumber() {
        for (int i = 0; i < sections.size(); i++) {
            sections.get(i).place(i);
        }
    }

    public SurveySection section(long sectionId) {
        return sections.stream().filter(s -> s.getId() != null && s.getId() == sectionId).findFirst()
                .orElseThrow(() -> new no.kobling.shared.NotFoundException("survey-section", sectionId));
    }

    public SurveyQuestion question(long questionId) {
        return findQuestion(questionId)
                .orElseThrow(() -> new no.kobling.shared.NotFoundException("survey-question", questionId));
    }

    public Optional<SurveyQuestion> findQuestion(long questionId) {
        return questions().stream().filter(q -> q.getId() != null && q.getId() == questionId).findFirst();
    }

    private SurveySection sectionOf(SurveyQuestion question) {
        return sections.stream().filter(s -> s.getQuestions().contains(question)).findFirst().orElseThrow();
    }

    public List<SurveyQuestion> questions() {
        return sections.stream().flatMap(s -> s.getQuestions().stream()).toList();
    }

    public Map<String, String> titles() {
        Map<String, String> m = new LinkedHashMap<>();
        texts.forEach((l, t) -> {
            if (t.getTitle() != null && !t.getTitle().isBlank()) {
                m.put(l, t.getTitle());
            }
        });
        return m;
    }

    /** The title in {@code language}, else in the fallback language. */
    public String title(String language) {
        return no.kobling.survey.definition.SurveyDefinitions.text(titles(), language, fallbackLanguage);
    }

    public Map<String, String> intros() {
        Map<String, String> m = new LinkedHashMap<>();
        texts.forEach((l, t) -> {
            if (t.getIntro() != null && !t.getIntro().isBlank()) {
                m.put(l, t.getIntro());
            }
        });
        return m;
    }

    /** The survey as data (for copies, the API and the rules). */
    public SurveySpec toSpec() {
        return new SurveySpec(kind, anonymous, fallbackLanguage, titles(), intros(), closesOn, partnershipId,
                projectId, sections.stream().map(SurveySection::toSpec).toList());
    }

    public Long getId() {
        return id;
    }

    public long getOwnerOrganisationId() {
        return ownerOrganisationId;
    }

    public Long getPartnershipId() {
        return partnershipId;
    }

    public Long getProjectId() {
        return projectId;
    }

    public Kind getKind() {
        return kind;
    }

    public boolean isAnonymous() {
        return anonymous;
    }

    public Status getStatus() {
        return status;
    }

    public LocalDate getClosesOn() {
        return closesOn;
    }

    public String getFallbackLanguage() {
        return fallbackLanguage;
    }

    public String getTemplateCode() {
        return templateCode;
    }

    public Long getCopiedFromId() {
        return copiedFromId;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getOpenedAt() {
        return openedAt;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public long getVersion() {
        return version;
    }

    public List<SurveySection> getSections() {
        return sections;
    }

    @Override
    public boolean equals(Object o) {
        return this == o || (o instanceof Survey other && id != null && id.equals(other.id));
    }

    @Override
    public int hashCode() {
        return Survey.class.hashCode();
    }
}
