package no.kobling.survey.answer.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One stored value of a response: single choice one row with {@code optionCode}; multiple choice one row per chosen
 * option; scale and number {@code numberValue}; matrix one row per item ({@code itemCode} + {@code numberValue});
 * date {@code dateValue}; free text {@code textValue}.
 */
@no.kobling.shared.privacy.HoldsPersonalData
@Entity(name = "SurveyAnswer")
@Table(name = "survey_answer")
public class SurveyAnswer {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "response_id", nullable = false)
    private long responseId;
    @Column(name = "question_id", nullable = false)
    private long questionId;
    @Column(name = "item_code")
    private String itemCode;
    @Column(name = "option_code")
    private String optionCode;
    @Column(name = "number_value")
    private BigDecimal numberValue;
    @Column(name = "date_value")
    private LocalDate dateValue;
    @Column(name = "text_value")
    private String textValue;

    protected SurveyAnswer() {
    }

    public SurveyAnswer(long responseId, long questionId, String itemCode, String optionCode, BigDecimal numberValue,
            LocalDate dateValue, String textValue) {
        this.responseId = responseId;
        this.questionId = questionId;
        this.itemCode = itemCode;
        this.optionCode = optionCode;
        this.numberValue = numberValue;
        this.dateValue = dateValue;
        this.textValue = textValue;
    }

    public Long getId() {
        return id;
    }

    public long getResponseId() {
        return responseId;
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

    public BigDecimal getNumberValue() {
        return numberValue;
    }

    public LocalDate getDateValue() {
        return dateValue;
    }

    public String getTextValue() {
        return textValue;
    }
}
