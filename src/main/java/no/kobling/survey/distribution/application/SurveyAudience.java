package no.kobling.survey.distribution.application;

/**
 * Whom to add to a survey: a project's participating companies ({@code PROJECT}, {@code id} the project), an event's
 * approved participants ({@code EVENT}, the event), companies with a need that is not met ({@code NEED}, {@code code}
 * the taxonomy code), the companies of a municipality ({@code MUNICIPALITY}, the municipality), one register company
 * ({@code COMPANY}, the company) or one person ({@code PERSON}: {@code email}, {@code name}). {@code language}
 * overrides the language of every recipient added (nb, nn, sv, fi, en), or null.
 */
public record SurveyAudience(Kind kind, Long id, String code, String email, String name, String language) {

    public enum Kind {
        PROJECT, EVENT, NEED, MUNICIPALITY, COMPANY, PERSON
    }

    /** A single explicit recipient: a refusal answers 422 rather than a refused list. */
    public boolean single() {
        return kind == Kind.COMPANY || kind == Kind.PERSON;
    }
}
