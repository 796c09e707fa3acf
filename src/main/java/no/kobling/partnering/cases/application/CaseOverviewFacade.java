package no.kobling.partnering.cases.application;

import java.util.Comparator;
import java.util.List;
import no.kobling.partnering.CaseOverview;
import org.springframework.data.domain.Page;
import org.springframework.stereotype.Component;

/** The home page's view of the case board: {@link CaseService#board} checks permission and visibility. */
@Component
class CaseOverviewFacade implements CaseOverview {

    /** Open cases read for the overview; a board larger than this counts the overdue ones of its newest cases. */
    static final int SCAN = no.kobling.shared.Paging.MAX_SIZE;

    private final CaseService cases;

    CaseOverviewFacade(CaseService cases) {
        this.cases = cases;
    }

    @Override
    public Board board(int limit) {
        Page<CaseViews.CaseCard> open = cases.board(null, false, 0, SCAN);
        List<CaseViews.CaseCard> overdue = open.getContent().stream().filter(c -> c.overdueFollowUps() > 0)
                .sorted(Comparator.comparingLong(CaseViews.CaseCard::overdueFollowUps).reversed()).toList();
        return new Board(open.getTotalElements(), overdue.size(), overdue.stream().limit(Math.max(0, limit))
                .map(c -> new CaseItem(c.id(), c.stage().name(), name(c.companyA()), name(c.companyB()),
                        c.overdueFollowUps())).toList());
    }

    private static String name(CaseViews.Named named) {
        return named == null ? null : named.name();
    }
}
