package no.kobling.project.budget.application;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import no.kobling.project.budget.application.BudgetViews.ActualView;
import no.kobling.project.budget.domain.ActualCost;
import no.kobling.project.budget.domain.BudgetLine;
import no.kobling.project.budget.domain.Currency;
import no.kobling.project.budget.domain.LedgerCsv;
import no.kobling.project.budget.domain.ReferenceItem;
import no.kobling.project.budget.domain.ReferenceList;
import no.kobling.project.budget.persistence.ActualRepository;
import no.kobling.project.budget.persistence.BudgetLineRepository;
import no.kobling.project.budget.persistence.BudgetReferenceRepository;
import no.kobling.project.plan.domain.Project;
import no.kobling.shared.DomainException;
import no.kobling.shared.NotFoundException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Actual costs against budget lines: entered by hand, or imported from a ledger export (docs/project-budget.md).
 * An import adds the good rows and reports the bad ones with their line numbers; it never changes or removes
 * existing actuals.
 */
@Service
public class ActualsService {

    public static final int MAX_IMPORT_BYTES = 2 * 1024 * 1024;

    private final BudgetAccess access;
    private final ProjectLedger ledger;
    private final ActualRepository actuals;
    private final BudgetLineRepository lines;
    private final BudgetReferenceRepository references;

    ActualsService(BudgetAccess access, ProjectLedger ledger, ActualRepository actuals,
            BudgetLineRepository lines, BudgetReferenceRepository references) {
        this.access = access;
        this.ledger = ledger;
        this.actuals = actuals;
        this.lines = lines;
        this.references = references;
    }

    public record ActualData(Long lineId, LocalDate date, BigDecimal amount, String currency, String text) {
    }

    public record ImportProblem(int line, String code, String messageKey, String value)
            implements java.io.Serializable {
    }

    public record ImportReport(int imported, List<ImportProblem> problems) implements java.io.Serializable {
    }

    @Transactional(readOnly = true)
    public List<ActualView> list(long projectId) {
        access.visible(projectId);
        return ledger.of(projectId).actualViews();
    }

    @PreAuthorize(BudgetService.MANAGE)
    @Transactional
    public long add(long projectId, ActualData data) {
        Project project = access.editable(projectId);
        project.requireOpen();
        if (data.lineId() == null) {
            throw DomainException.rule("budget-line-missing", "budget.error.line-missing");
        }
        BudgetLine line = lines.findById(data.lineId()).filter(l -> l.getProjectId() == projectId)
                .orElseThrow(() -> DomainException.rule("budget-line-missing", "budget.error.line-missing"));
        return actuals.saveAndFlush(new ActualCost(projectId, line.getId(), data.date(), data.amount(),
                Currency.of(data.currency()), data.text(), ActualCost.Source.MANUAL, access.callerName(),
                access.now())).getId();
    }

    @PreAuthorize(BudgetService.MANAGE)
    @Transactional
    public void delete(long projectId, long actualId) {
        Project project = access.editable(projectId);
        project.requireOpen();
        ActualCost a = actuals.findById(actualId).filter(x -> x.getProjectId() == projectId)
                .orElseThrow(() -> new NotFoundException("actual", actualId));
        actuals.delete(a);
    }

    /** Imports a ledger export; rows whose party, category and year match no budget line are reported. */
    @PreAuthorize(BudgetService.MANAGE)
    @Transactional
    public ImportReport importLedger(long projectId, byte[] content) {
        Project project = access.editable(projectId);
        project.requireOpen();
        if (content == null || content.length == 0) {
            throw DomainException.rule("budget-import-empty", "budget.error.import-empty");
        }
        if (content.length > MAX_IMPORT_BYTES) {
            throw DomainException.rule("budget-import-too-large", "budget.error.import-too-large",
                    MAX_IMPORT_BYTES / 1024 / 1024);
        }
        LedgerCsv.Result parsed = LedgerCsv.parse(content);
        List<ImportProblem> problems = new ArrayList<>();
        parsed.problems().forEach(p -> problems.add(new ImportProblem(p.line(), p.code(), p.messageKey(),
                p.value())));
        List<BudgetLine> projectLines = lines.findByProjectIdOrderByYearAscPartyIdAscCategoryIdAscIdAsc(projectId);
        Map<String, Long> partyByName = new HashMap<>();
        java.util.Set<Long> partyIds = new java.util.HashSet<>(access.parties(projectId));
        projectLines.forEach(l -> partyIds.add(l.getPartyId()));
        access.organisationNames(partyIds).forEach((id, name) -> partyByName.put(key(name), id));
        Map<String, Long> categoryByName = new HashMap<>();
        for (ReferenceItem r : references.findByListOrderByIdAsc(ReferenceList.CATEGORY)) {
            categoryByName.put(key(r.getCode()), r.getId());
            r.getNames().values().forEach(n -> categoryByName.putIfAbsent(key(n), r.getId()));
        }
        int imported = 0;
        for (LedgerCsv.Row row : parsed.rows()) {
            Long party = partyByName.get(key(row.party()));
            if (party == null && row.party().matches("\\d{1,18}") && partyIds.contains(Long.valueOf(row.party()))) {
                party = Long.valueOf(row.party());
            }
            if (party == null) {
                problems.add(new ImportProblem(row.line(), "budget-import-party-unknown",
                        "budget.import.party-unknown", row.party()));
                continue;
            }
            Long category = categoryByName.get(key(row.category()));
            if (category == null) {
                problems.add(new ImportProblem(row.line(), "budget-import-category-unknown",
                        "budget.import.category-unknown", row.category()));
                continue;
            }
            long p = party;
            long c = category;
            BudgetLine line = projectLines.stream().filter(l -> l.getPartyId() == p && l.getCategoryId() == c
                    && l.getYear() == row.date().getYear()).findFirst().orElse(null);
            if (line == null) {
                problems.add(new ImportProblem(row.line(), "budget-import-no-line", "budget.import.no-line",
                        row.party() + " / " + row.category() + " / " + row.date().getYear()));
                continue;
            }
            actuals.save(new ActualCost(projectId, line.getId(), row.date(), row.amount(), row.currency(),
                    row.text(), ActualCost.Source.IMPORT, access.callerName(), access.now()));
            imported++;
        }
        actuals.flush();
        problems.sort(java.util.Comparator.comparingInt(ImportProblem::line));
        return new ImportReport(imported, problems);
    }

    private static String key(String s) {
        return s == null ? "" : s.strip().toLowerCase(Locale.ROOT);
    }
}
