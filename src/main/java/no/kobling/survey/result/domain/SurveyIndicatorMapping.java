package no.kobling.survey.result.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A question of a survey tied to a project, mapped to a project indicator {@code survey-<slug>}: SUM of a number
 * (or of a matrix item), COUNT of responses that chose an option, MEAN of a scale (or of a matrix item).
 */
@Entity
@Table(name = "survey_indicator_mapping")
public class SurveyIndicatorMapping {

    public enum Aggregation {
        SUM, COUNT, MEAN
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "survey_id", nullable = false)
    private long surveyId;

    @Column(name = "project_id", nullable = false)
    private long projectId;

    @Column(name = "question_id", nullable = false)
    private long questionId;

    @Column(name = "item_code")
    private String itemCode;

    @Column(name = "option_code")
    private String optionCode;

    @Column(nullable = false)
    private String code;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Aggregation aggregation;

    @Column(nullable = false)
    private String unit;

    @Column(name = "name_nb", nullable = false)
    private String nameNb;

    @Column(name = "name_nn", nullable = false)
    private String nameNn;

    @Column(name = "name_sv", nullable = false)
    private String nameSv;

    @Column(name = "name_fi", nullable = false)
    private String nameFi;

    @Column(name = "name_en", nullable = false)
    private String nameEn;

    @Column(name = "created_by", nullable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected SurveyIndicatorMapping() {
    }

    public SurveyIndicatorMapping(long surveyId, long projectId, long questionId, String itemCode, String optionCode,
            String code, Aggregation aggregation, String unit, Map<String, String> names, String by, Instant at) {
        this.surveyId = surveyId;
        this.projectId = projectId;
        this.questionId = questionId;
        this.itemCode = itemCode;
        this.optionCode = optionCode;
        this.code = code;
        this.aggregation = aggregation;
        this.unit = unit;
        this.nameNb = names.get("nb");
        this.nameNn = names.get("nn");
        this.nameSv = names.get("sv");
        this.nameFi = names.get("fi");
        this.nameEn = names.get("en");
        this.createdBy = by;
        this.createdAt = at;
    }

    /** Names by language (nb, nn, sv, fi, en). */
    public Map<String, String> names() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("nb", nameNb);
        m.put("nn", nameNn);
        m.put("sv", nameSv);
        m.put("fi", nameFi);
        m.put("en", nameEn);
        return m;
    }

    public Long getId() {
        return id;
    }

    public long getSurveyId() {
        return surveyId;
    }

    public long getProjectId() {
        return projectId;
    }

    public long getQuestionId() {
        return questionId;
    }

    public String getItemCode() {
        return itemCode;
    }

    public String getOptionCode() {
        return optionCode;
    }

    public String getCode() {
        return code;
    }

    public Aggregation getAggregation() {
        return aggregation;
    }

    public String getUnit() {
        return unit;
    }

    public long getVersion() {
        return version;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SurveyIndicatorMapping s && id != null && id.equals(s.id);
    }

    @Override
    public int hashCode() {
        return SurveyIndicatorMapping.class.hashCode();
    }
}
