package no.kobling.partnering.cases.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import no.kobling.partnering.cases.application.CaseViews.CaseDetail;
import no.kobling.partnering.cases.application.CaseViews.FollowUpView;
import no.kobling.partnering.cases.domain.Stage;

/**
 * What the case page puts first: a summary (next follow-up, last activity) and the actions grouped by the next step.
 * The stage selector only offers forward moves and preselects the next stage; a move back is a separate, explicit
 * action. Pure: no Spring, so the rules are tested without a page.
 */
final class CasePageGuide {

    /** Names of the action fragments in {@code cases/actions.html}. */
    static final String PARTNER = "partner", CONSENT = "consent", STAGE = "stage", BACK = "back",
            MEETING = "meeting", OUTCOME = "outcome", CLOSE = "close", PROJECT = "project";

    private CasePageGuide() {
    }

    /** The stages a facilitator may move to by hand, forward ones first; {@code preselected} is the next stage. */
    record StageChoices(List<Stage> forward, List<Stage> back, Stage preselected) {
        static StageChoices of(Stage current) {
            List<Stage> forward = Arrays.stream(Stage.values())
                    .filter(s -> s.compareTo(current) > 0 && current.mayMoveByHandTo(s)).toList();
            List<Stage> back = Arrays.stream(Stage.values())
                    .filter(s -> s.compareTo(current) < 0 && current.mayMoveByHandTo(s)).toList();
            return new StageChoices(forward, back, forward.isEmpty() ? null : forward.get(0));
        }
    }

    /** The actions of the next step first, the rest to fold away. */
    record Actions(List<String> next, List<String> other) {
    }

    record Summary(LocalDate nextFollowUp, boolean nextOverdue, Instant lastActivity) {
    }

    static Summary summary(CaseDetail c) {
        FollowUpView next = c.followUps().stream().filter(f -> f.doneAt() == null)
                .min(Comparator.comparing(FollowUpView::dueOn)).orElse(null);
        Instant last = Stream.of(c.entries().stream().map(e -> e.createdAt()),
                        c.meetings().stream().map(m -> m.heldAt()),
                        c.followUps().stream().map(FollowUpView::doneAt), Stream.of(c.createdAt(), c.closedAt()))
                .flatMap(s -> s).filter(Objects::nonNull).max(Comparator.naturalOrder()).orElse(null);
        return new Summary(next == null ? null : next.dueOn(), next != null && next.overdue(), last);
    }

    static Actions actions(CaseDetail c, boolean projectChoices) {
        Stage stage = c.card().stage();
        StageChoices choices = StageChoices.of(stage);
        boolean consentMissing = c.consentA() == null || (c.card().companyB() != null && c.consentB() == null);
        List<String> next = new ArrayList<>();
        if (c.card().companyB() == null) {
            next.add(PARTNER);
        }
        switch (stage) {
            case MAPPING, SHORTLIST -> {
                if (consentMissing) {
                    next.add(CONSENT);
                }
                next.add(STAGE);
            }
            case INTRODUCTION -> {
                if (consentMissing) {
                    next.add(CONSENT);
                }
                next.add(MEETING);
                next.add(STAGE);
            }
            case MEETING -> next.add(MEETING);
            case FOLLOW_UP -> next.add(OUTCOME);
            case OUTCOME -> {
                next.add(OUTCOME);
                next.add(CLOSE);
            }
        }
        List<String> all = new ArrayList<>(List.of(STAGE, CONSENT, MEETING, OUTCOME, BACK, PROJECT, CLOSE));
        all.removeIf(a -> (a.equals(STAGE) && choices.forward().isEmpty()) || (a.equals(BACK) && choices.back().isEmpty())
                || (a.equals(PROJECT) && !projectChoices) || (a.equals(CLOSE) && c.outcomes().isEmpty()));
        next.removeIf(a -> !a.equals(PARTNER) && !all.contains(a));
        List<String> other = all.stream().filter(a -> !next.contains(a)).toList();
        return new Actions(List.copyOf(next), other);
    }
}
