package no.kobling.survey.definition.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A question's text, help text and scale end labels in one language. */
@Embeddable
public class QuestionTexts {

    @Column(name = "question_text")
    private String text;

    @Column(name = "help_text")
    private String help;

    @Column(name = "min_label")
    private String minLabel;

    @Column(name = "max_label")
    private String maxLabel;

    protected QuestionTexts() {
    }

    public QuestionTexts(String text, String help, String minLabel, String maxLabel) {
        this.text = text;
        this.help = help;
        this.minLabel = minLabel;
        this.maxLabel = maxLabel;
    }

    public String getText() {
        return text;
    }

    public String getHelp() {
        return help;
    }

    public String getMinLabel() {
        return minLabel;
    }

    public String getMaxLabel() {
        return maxLabel;
    }
}
