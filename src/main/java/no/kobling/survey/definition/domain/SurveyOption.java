package no.kobling.survey.definition.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import java.util.LinkedHashMap;
import java.util.Map;

/** An option of a choice question: a stable code (answers store it) and its labels per language. */
@Entity(name = "SurveyOption")
@Table(name = "survey_option")
public class SurveyOption {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "position", nullable = false)
    private int position;

    @Column(name = "code", nullable = false)
    private String code;

    @ElementCollection
    @CollectionTable(name = "survey_option_translation", joinColumns = @JoinColumn(name = "option_id"))
    @MapKeyColumn(name = "language")
    @Column(name = "label")
    private Map<String, String> labels = new LinkedHashMap<>();

    protected SurveyOption() {
    }

    SurveyOption(String code, Map<String, String> labels) {
        this.code = code;
        relabel(labels);
    }

    void relabel(Map<String, String> newLabels) {
        labels.clear();
        labels.putAll(Texts.copy(newLabels));
    }

    void place(int position) {
        this.position = position;
    }

    public Long getId() {
        return id;
    }

    public int getPosition() {
        return position;
    }

    public String getCode() {
        return code;
    }

    public Map<String, String> getLabels() {
        return labels;
    }

    @Override
    public boolean equals(Object o) {
        return this == o || (o instanceof SurveyOption other && id != null && id.equals(other.id));
    }

    @Override
    public int hashCode() {
        return SurveyOption.class.hashCode();
    }
}
