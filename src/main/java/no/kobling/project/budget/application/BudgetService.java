package no.kobling.project.budget.application;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import no.kobling.project.budget.application.BudgetViews.BudgetOverview;
import no.kobling.project.budget.application.BudgetViews.FinancingOverview;
import no.kobling.project.budget.application.BudgetViews.Settings;
import no.kobling.project.budget.application.BudgetViews.Totals;
import no.kobling.project.budget.domain.BudgetLine;
import no.kobling.project.budget.domain.Currency;
import no.kobling.project.budget.domain.FinancingSource;
import no.kobling.project.budget.domain.ProjectEconomy;
import no.kobling.project.budget.domain.ReferenceItem;
import no.kobling.project.budget.domain.ReferenceList;
import no.kobling.project.budget.domain.StatedRate;
import no.kobling.project.budget.persistence.ActualRepository;
import no.kobling.project.budget.persistence.BudgetLineRepository;
import no.kobling.project.budget.persistence.EconomyRepository;
import no.kobling.project.budget.persistence.FinancingRepository;
import no.kobling.project.plan.domain.Project;
import no.kobling.shared.DomainException;
import no.kobling.shared.NotFoundException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Budget lines, financing sources and the project's currency and exchange rates. Read by everyone who sees the
 * project; changed by its coordinators (MANAGE_PROJECTS of the owner organisation). Totals in the project currency.
 */
@Service
public class BudgetService {

    static final String MANAGE = "hasAuthority('MANAGE_PROJECTS')";

    private final BudgetAccess access;
    private final ProjectLedger ledger;
    private final EconomyRepository economies;
    private final BudgetLineRepository lines;
    private final FinancingRepository financing;
    private final ActualRepository actuals;
    private final ReferenceService references;

    BudgetService(BudgetAccess access, ProjectLedger ledger, EconomyRepository economies, BudgetLineRepository lines,
            FinancingRepository financing, ActualRepository actuals, ReferenceService references) {
        this.access = access;
        this.ledger = ledger;
        this.economies = economies;
        this.lines = lines;
        this.financing = financing;
        this.actuals = actuals;
        this.references = references;
    }

    public record LineData(Long partyOrganisationId, Long categoryId, Integer year, BigDecimal amount,
            String currency, String note) {
    }

    public record SourceData(Long kindId, Long partyOrganisationId, BigDecimal amount, String currency,
            String note) {
    }

    public record RateData(String currency, BigDecimal rate, LocalDate rateDate, String source) {
    }

    /** Lines and settings; totals are null when a rate is missing (see {@link #totals}). */
    @Transactional(readOnly = true)
    public BudgetOverview budget(long projectId, boolean requireTotals) {
        access.visible(projectId);
        var s = ledger.of(projectId);
        return new BudgetOverview(s.settings(), s.lineViews(), totalsOrNull(s, requireTotals));
    }

    @Transactional(readOnly = true)
    public FinancingOverview financing(long projectId, boolean requireTotals) {
        access.visible(projectId);
        var s = ledger.of(projectId);
        return new FinancingOverview(s.settings(), s.sources(), totalsOrNull(s, requireTotals));
    }

    /** Totals in the project currency; 422 {@code budget-rate-missing} when a currency has no stated rate. */
    @Transactional(readOnly = true)
    public Totals totals(long projectId) {
        access.visible(projectId);
        return ledger.of(projectId).totals();
    }

    private Totals totalsOrNull(ProjectLedger.Snapshot s, boolean require) {
        try {
            return s.totals();
        } catch (DomainException e) {
            if (require) {
                throw e;
            }
            return null;
        }
    }

    // --- settings

    @PreAuthorize(MANAGE)
    @Transactional
    public Settings state(long projectId, Long version, String currency, List<RateData> rates) {
        access.editable(projectId);
        ProjectEconomy economy = economies.findById(projectId).orElse(null);
        if (economy == null) {
            economy = new ProjectEconomy(projectId);
        } else {
            economy.checkVersion(version);
        }
        economy.state(Currency.of(currency), rates == null ? List.of() : rates.stream()
                .filter(r -> r.currency() != null && !r.currency().isBlank() && r.rate() != null)
                .map(r -> new StatedRate(Currency.of(r.currency()), r.rate(), r.rateDate(), r.source())).toList());
        economies.saveAndFlush(economy);
        return ledger.of(projectId).settings();
    }

    // --- lines

    @PreAuthorize(MANAGE)
    @Transactional
    public long addLine(long projectId, LineData data) {
        Project project = access.editable(projectId);
        project.requireOpen();
        ReferenceItem category = references.requireUsable(ReferenceList.CATEGORY, data.categoryId(), null);
        long party = access.requireParty(projectId, data.partyOrganisationId());
        return lines.saveAndFlush(new BudgetLine(projectId, party, category.getId(), year(data.year()),
                data.amount(), Currency.of(data.currency()), data.note())).getId();
    }

    @PreAuthorize(MANAGE)
    @Transactional
    public void changeLine(long projectId, long lineId, Long version, LineData data) {
        Project project = access.editable(projectId);
        project.requireOpen();
        BudgetLine line = line(projectId, lineId);
        line.checkVersion(version);
        ReferenceItem category = references.requireUsable(ReferenceList.CATEGORY, data.categoryId(),
                line.getCategoryId());
        long party = data.partyOrganisationId() != null && data.partyOrganisationId() == line.getPartyId()
                ? line.getPartyId() : access.requireParty(projectId, data.partyOrganisationId());
        line.change(party, category.getId(), year(data.year()), data.amount(), Currency.of(data.currency()),
                data.note());
        lines.flush();
    }

    /** Deletes a line without actual costs; a line with actuals is kept (422 {@code budget-line-has-actuals}). */
    @PreAuthorize(MANAGE)
    @Transactional
    public void deleteLine(long projectId, long lineId) {
        Project project = access.editable(projectId);
        project.requireOpen();
        BudgetLine line = line(projectId, lineId);
        if (actuals.existsByLineId(lineId)) {
            throw DomainException.rule("budget-line-has-actuals", "budget.error.line-has-actuals");
        }
        lines.delete(line);
    }

    BudgetLine line(long projectId, long lineId) {
        return lines.findById(lineId).filter(l -> l.getProjectId() == projectId)
                .orElseThrow(() -> new NotFoundException("budget-line", lineId));
    }

    private static int year(Integer year) {
        if (year == null) {
            throw DomainException.rule("budget-year-invalid", "budget.error.year-invalid", "");
        }
        return year;
    }

    // --- financing

    @PreAuthorize(MANAGE)
    @Transactional
    public long addSource(long projectId, SourceData data) {
        Project project = access.editable(projectId);
        project.requireOpen();
        ReferenceItem kind = kind(data.kindId(), null);
        Long party = data.partyOrganisationId() == null ? null
                : access.requireParty(projectId, data.partyOrganisationId());
        return financing.saveAndFlush(new FinancingSource(projectId, kind.getId(), party, data.amount(),
                Currency.of(data.currency()), data.note())).getId();
    }

    @PreAuthorize(MANAGE)
    @Transactional
    public void changeSource(long projectId, long sourceId, Long version, SourceData data) {
        Project project = access.editable(projectId);
        project.requireOpen();
        FinancingSource source = source(projectId, sourceId);
        source.checkVersion(version);
        ReferenceItem kind = kind(data.kindId(), source.getKindId());
        Long party = data.partyOrganisationId() == null ? null
                : data.partyOrganisationId().equals(source.getPartyId()) ? source.getPartyId()
                        : access.requireParty(projectId, data.partyOrganisationId());
        source.change(kind.getId(), party, data.amount(), Currency.of(data.currency()), data.note());
        financing.flush();
    }

    @PreAuthorize(MANAGE)
    @Transactional
    public void deleteSource(long projectId, long sourceId) {
        Project project = access.editable(projectId);
        project.requireOpen();
        financing.delete(source(projectId, sourceId));
    }

    private ReferenceItem kind(Long kindId, Long current) {
        ReferenceItem kind = references.requireUsable(ReferenceList.FINANCING, kindId, current);
        if (kind.isInKindHours()) {
            throw DomainException.rule("budget-in-kind-from-hours", "budget.error.in-kind-from-hours");
        }
        return kind;
    }

    private FinancingSource source(long projectId, long sourceId) {
        return financing.findById(sourceId).filter(s -> s.getProjectId() == projectId)
                .orElseThrow(() -> new NotFoundException("financing", sourceId));
    }

    /** What every budget page shows at the top: the project's name and whether the caller may change it. */
    public record ProjectHeader(long id, String name, boolean mayEdit) {
    }

    @Transactional(readOnly = true)
    public ProjectHeader header(long projectId) {
        Project project = access.visible(projectId);
        return new ProjectHeader(projectId, project.getName(), access.mayEdit(project));
    }

    /** The parties (owner and not archived parties) by name, for forms. */
    @Transactional(readOnly = true)
    public java.util.Map<Long, String> partyNames(long projectId) {
        access.visible(projectId);
        java.util.Map<Long, String> names = access.organisationNames(access.parties(projectId));
        java.util.Map<Long, String> sorted = new java.util.LinkedHashMap<>();
        names.entrySet().stream().sorted(java.util.Map.Entry.comparingByValue())
                .forEach(e -> sorted.put(e.getKey(), e.getValue()));
        return sorted;
    }
}
