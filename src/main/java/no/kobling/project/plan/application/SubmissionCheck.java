package no.kobling.project.plan.application;

/**
 * A rule a project must meet before it is submitted (DRAFT → SUBMITTED). Every bean implementing it runs on
 * {@code submit}, inside the submitting transaction; a check refuses by throwing a
 * {@link no.kobling.shared.DomainException} (422, its own code), e.g. the budget helper's "budget must balance".
 */
public interface SubmissionCheck {

    void check(long projectId);
}
