package no.kobling.project.budget.application;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import no.kobling.project.budget.application.BudgetViews.Totals;
import no.kobling.project.budget.domain.Currency;
import no.kobling.project.budget.domain.PartyTerms;
import no.kobling.project.budget.domain.ProjectEconomy;
import no.kobling.project.budget.persistence.EconomyRepository;
import no.kobling.project.budget.persistence.PartyTermsRepository;
import no.kobling.project.plan.domain.Party;
import no.kobling.project.plan.domain.Project;
import no.kobling.project.plan.persistence.PartyRepository;
import no.kobling.shared.DomainException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The project agreement (issue 13 point 4): the parties, each party's responsibilities (its text and the deliverables
 * it owns), its economic frame (budget, financing, in-kind hours and their rate), the agreement date and each party's
 * signature (signer and date).
 */
@Service
public class ProjectAgreementService {

    private final BudgetAccess access;
    private final ProjectLedger ledger;
    private final EconomyRepository economies;
    private final PartyTermsRepository terms;
    private final PartyRepository parties;

    ProjectAgreementService(BudgetAccess access, ProjectLedger ledger, EconomyRepository economies,
            PartyTermsRepository terms, PartyRepository parties) {
        this.access = access;
        this.ledger = ledger;
        this.economies = economies;
        this.terms = terms;
        this.parties = parties;
    }

    public record PartyAgreement(long organisationId, String name, boolean owner, String responsibilities,
            List<String> deliverables, BigDecimal budget, BigDecimal financing, BigDecimal inKindHours,
            BigDecimal hourRate, Currency hourRateCurrency, String signer, LocalDate signedOn, long version) {
    }

    /** {@code totals} is null (and {@code rateMissing} true) when a currency has no stated rate. */
    public record AgreementView(long projectId, String projectName, LocalDate agreementDate, Currency currency,
            List<PartyAgreement> parties, BigDecimal budgetTotal, BigDecimal financingTotal, boolean rateMissing,
            boolean signedByAll, long version) {
    }

    @Transactional(readOnly = true)
    public AgreementView view(long projectId) {
        Project project = access.visible(projectId);
        var snapshot = ledger.of(projectId);
        Totals totals;
        try {
            totals = snapshot.totals();
        } catch (DomainException e) {
            totals = null;
        }
        Map<Long, BudgetViews.PartyTotal> byParty = new HashMap<>();
        if (totals != null) {
            totals.byParty().forEach(t -> byParty.put(t.partyOrganisationId(), t));
        }
        Map<Long, String> responsibilities = new HashMap<>();
        for (Party p : parties.findByProjectIdOrderById(projectId)) {
            if (!p.isArchived()) {
                responsibilities.put(p.getOrganisationId(), p.getResponsibilities());
            }
        }
        Map<Long, List<String>> owned = new HashMap<>();
        access.deliverables(projectId).forEach(d -> {
            if (d.ownerOrganisationId() != null) {
                owned.computeIfAbsent(d.ownerOrganisationId(), k -> new ArrayList<>()).add(d.name());
            }
        });
        Map<Long, PartyTerms> termsByParty = new HashMap<>();
        terms.findByProjectId(projectId).forEach(t -> termsByParty.put(t.getPartyId(), t));
        Set<Long> orgs = new TreeSet<>(access.parties(projectId));
        Map<Long, String> names = access.organisationNames(orgs);
        List<PartyAgreement> out = new ArrayList<>();
        boolean all = !orgs.isEmpty();
        for (long org : orgs.stream().sorted((a, b) -> Boolean.compare(b == project.getOwnerOrganisationId(),
                a == project.getOwnerOrganisationId())).toList()) {
            PartyTerms t = termsByParty.get(org);
            BudgetViews.PartyTotal total = byParty.get(org);
            BigDecimal hours = snapshot.hoursByParty.getOrDefault(org, BigDecimal.ZERO);
            all &= t != null && t.getSignedOn() != null;
            out.add(new PartyAgreement(org, names.getOrDefault(org, String.valueOf(org)),
                    org == project.getOwnerOrganisationId(), responsibilities.get(org),
                    owned.getOrDefault(org, List.of()), total == null ? null : total.budget(),
                    total == null ? null : total.financing(), hours, t == null ? null : t.getHourRate(),
                    t == null ? null : t.getHourRateCurrency(), t == null ? null : t.getSigner(),
                    t == null ? null : t.getSignedOn(), t == null ? 0 : t.getVersion()));
        }
        return new AgreementView(projectId, project.getName(), snapshot.economy.getAgreementDate(),
                snapshot.economy.getCurrency(), out, totals == null ? null : totals.budgetTotal(),
                totals == null ? null : totals.financingTotal(), totals == null, all, snapshot.economy.getVersion());
    }

    /** Sets (or clears, with null) the date of the project agreement. */
    @PreAuthorize(BudgetService.MANAGE)
    @Transactional
    public void date(long projectId, Long version, LocalDate date) {
        access.editable(projectId);
        ProjectEconomy economy = economies.findById(projectId).orElse(null);
        if (economy == null) {
            economy = new ProjectEconomy(projectId);
        } else {
            economy.checkVersion(version);
        }
        economy.agreedOn(date);
        economies.saveAndFlush(economy);
    }

    /**
     * A party's terms: the rate of its in-kind hours (null clears it) and its signature (signer and date; a blank
     * signer removes it). The party must be one of the project's parties (else 422 {@code budget-party-unknown}).
     */
    @PreAuthorize(BudgetService.MANAGE)
    @Transactional
    public void partyTerms(long projectId, long organisationId, Long version, BigDecimal hourRate,
            String hourRateCurrency, String signer, LocalDate signedOn) {
        access.editable(projectId);
        access.requireParty(projectId, organisationId);
        PartyTerms t = terms.findByProjectIdAndPartyId(projectId, organisationId).orElse(null);
        if (t == null) {
            t = new PartyTerms(projectId, organisationId);
        } else {
            t.checkVersion(version);
        }
        t.rate(hourRate, hourRate == null ? null : Currency.of(hourRateCurrency));
        if (signer == null || signer.isBlank()) {
            t.unsign();
        } else {
            t.sign(signer, signedOn);
        }
        terms.saveAndFlush(t);
    }
}
