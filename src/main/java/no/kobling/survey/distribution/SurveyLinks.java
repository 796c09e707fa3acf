package no.kobling.survey.distribution;

import java.util.Optional;

/**
 * Read/use contract of survey links for the answer pages. A personal link belongs to one recipient and answers once
 * (the respondent may pause and continue until they complete); an open link of a survey starts a new anonymous
 * response on each visit. Tokens are random, stored only as hashes.
 */
public interface SurveyLinks {

    /**
     * The link behind a token, or empty for an unknown token. Whether the survey is open or closed, and whether the
     * link is used, is answered, not decided, here: the answer pages refuse with their own messages.
     */
    Optional<Link> resolve(String token);

    /** Marks a personal link used: its response is complete. Called once, in the completing transaction. */
    void completed(long recipientId);

    /**
     * A resolved link. {@code recipientId} is null for an open link; {@code companyId} the recipient's company (null
     * for an open link or a person without a company); {@code language} the recipient's language (nb, nn, sv, fi,
     * en); {@code used}: a personal link whose response is complete; {@code unsubscribed}: the recipient asked for no
     * more e-mails (their link still answers).
     */
    record Link(long surveyId, Long recipientId, Long companyId, String language, boolean used, boolean unsubscribed) {
    }
}
