package no.kobling.project.budget.application;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import no.kobling.project.budget.domain.ReferenceItem;
import no.kobling.project.budget.domain.ReferenceList;
import no.kobling.project.budget.persistence.BudgetLineRepository;
import no.kobling.project.budget.persistence.FinancingRepository;
import no.kobling.project.budget.persistence.BudgetReferenceRepository;
import no.kobling.shared.DomainException;
import no.kobling.shared.NotFoundException;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The reference lists of the budget (cost categories, kinds of financing): read by every signed-in user, edited by
 * administrators of reference data. An entry in use is archived on delete, an unused one is deleted.
 */
@Service
public class ReferenceService {

    static final String ADMIN = "hasAuthority('ADMINISTER_REFERENCE_DATA')";

    private final BudgetReferenceRepository references;
    private final BudgetLineRepository lines;
    private final FinancingRepository financing;

    ReferenceService(BudgetReferenceRepository references, BudgetLineRepository lines, FinancingRepository financing) {
        this.references = references;
        this.lines = lines;
        this.financing = financing;
    }

    public record ReferenceView(long id, String code, String name, Map<String, String> names, boolean archived,
            boolean inKindHours, long version) {

        static ReferenceView of(ReferenceItem r, Locale locale) {
            return new ReferenceView(r.getId(), r.getCode(), r.name(locale), r.getNames(), r.isArchived(),
                    r.isInKindHours(), r.getVersion());
        }
    }

    @Transactional(readOnly = true)
    public List<ReferenceView> list(ReferenceList list, boolean includeArchived) {
        Locale locale = LocaleContextHolder.getLocale();
        return references.findByListOrderByIdAsc(list).stream().filter(r -> includeArchived || !r.isArchived())
                .map(r -> ReferenceView.of(r, locale)).toList();
    }

    /** The entry of the list; a missing one or one of the other list → 404. */
    @Transactional(readOnly = true)
    public ReferenceItem require(ReferenceList list, long id) {
        return references.findById(id).filter(r -> r.getList() == list)
                .orElseThrow(() -> new NotFoundException(list == ReferenceList.CATEGORY ? "budget-category"
                        : "financing-kind", id));
    }

    /** An entry that may be chosen for a new or changed record: not archived (else 422). */
    ReferenceItem requireUsable(ReferenceList list, Long id, Long current) {
        if (id == null) {
            throw DomainException.rule("budget-reference-missing", "budget.error.reference-missing");
        }
        ReferenceItem item = references.findById(id).filter(r -> r.getList() == list)
                .orElseThrow(() -> DomainException.rule("budget-reference-missing",
                        "budget.error.reference-missing"));
        if (item.isArchived() && !id.equals(current)) {
            throw DomainException.rule("budget-reference-archived", "budget.error.reference-archived");
        }
        return item;
    }

    @PreAuthorize(ADMIN)
    @Transactional
    public ReferenceView create(ReferenceList list, String code, Map<String, String> names) {
        String clean = code == null ? null : code.strip();
        if (clean != null && references.findByListAndCode(list, clean).isPresent()) {
            throw DomainException.conflict("budget-reference-code-taken", "budget.error.reference-code-taken", clean);
        }
        return ReferenceView.of(references.saveAndFlush(new ReferenceItem(list, clean, names)),
                LocaleContextHolder.getLocale());
    }

    @PreAuthorize(ADMIN)
    @Transactional
    public ReferenceView rename(ReferenceList list, long id, Long version, Map<String, String> names) {
        ReferenceItem item = require(list, id);
        item.checkVersion(version);
        item.rename(names);
        references.flush();
        return ReferenceView.of(item, LocaleContextHolder.getLocale());
    }

    /** Deletes an unused entry; one in use is archived. Returns whether it was archived. */
    @PreAuthorize(ADMIN)
    @Transactional
    public boolean delete(ReferenceList list, long id) {
        ReferenceItem item = require(list, id);
        boolean inUse = item.isInKindHours() || (list == ReferenceList.CATEGORY ? lines.existsByCategoryId(id)
                : financing.existsByKindId(id));
        if (inUse) {
            item.archive();
            return true;
        }
        references.delete(item);
        return false;
    }

    @PreAuthorize(ADMIN)
    @Transactional
    public ReferenceView restore(ReferenceList list, long id) {
        ReferenceItem item = require(list, id);
        item.restore();
        return ReferenceView.of(item, LocaleContextHolder.getLocale());
    }
}
