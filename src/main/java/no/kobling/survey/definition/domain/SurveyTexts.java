package no.kobling.survey.definition.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A survey's title and introduction in one language. */
@Embeddable
public class SurveyTexts {

    @Column(name = "title")
    private String title;

    @Column(name = "intro")
    private String intro;

    protected SurveyTexts() {
    }

    public SurveyTexts(String title, String intro) {
        this.title = title;
        this.intro = intro;
    }

    public String getTitle() {
        return title;
    }

    public String getIntro() {
        return intro;
    }
}
