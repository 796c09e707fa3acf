package no.kobling.survey.definition.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.kobling.survey.definition.domain.SurveySpec.QuestionSpec;
import no.kobling.survey.definition.domain.SurveySpec.SectionSpec;

/** A section of a survey: one page of the answer form, with an optional title and its questions in order. */
@Entity(name = "SurveySection")
@Table(name = "survey_section")
public class SurveySection {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "position", nullable = false)
    private int position;

    @ElementCollection
    @CollectionTable(name = "survey_section_translation", joinColumns = @JoinColumn(name = "section_id"))
    @MapKeyColumn(name = "language")
    @Column(name = "title")
    private Map<String, String> titles = new LinkedHashMap<>();

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "section_id", nullable = false)
    @OrderBy("position")
    private List<SurveyQuestion> questions = new ArrayList<>();

    protected SurveySection() {
    }

    SurveySection(SectionSpec spec) {
        retitle(spec.titles());
        for (QuestionSpec q : spec.questions()) {
            add(new SurveyQuestion(q), questions.size());
        }
    }

    void retitle(Map<String, String> newTitles) {
        titles.clear();
        titles.putAll(Texts.copy(newTitles));
    }

    void add(SurveyQuestion question, int index) {
        questions.add(Math.max(0, Math.min(index, questions.size())), question);
        renumber();
    }

    void remove(SurveyQuestion question) {
        questions.remove(question);
        renumber();
    }

    void move(SurveyQuestion question, int index) {
        questions.remove(question);
        add(question, index);
    }

    void renumber() {
        for (int i = 0; i < questions.size(); i++) {
            questions.get(i).place(i);
        }
    }

    /** The title in {@code language}, else in {@code fallback} (empty without any). */
    public String titleIn(String language, String fallback) {
        return no.kobling.survey.definition.SurveyDefinitions.text(titles, language, fallback);
    }

    void place(int position) {
        this.position = position;
    }

    public SectionSpec toSpec() {
        return new SectionSpec(titles, questions.stream().map(SurveyQuestion::toSpec).toList());
    }

    public Long getId() {
        return id;
    }

    public int getPosition() {
        return position;
    }

    public Map<String, String> getTitles() {
        return titles;
    }

    public List<SurveyQuestion> getQuestions() {
        return questions;
    }

    @Override
    public boolean equals(Object o) {
        return this == o || (o instanceof SurveySection other && id != null && id.equals(other.id));
    }

    @Override
    public int hashCode() {
        return SurveySection.class.hashCode();
    }
}
