package no.kobling.partnering.cases.web;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import no.kobling.partnering.cases.domain.EntryKind;
import no.kobling.partnering.cases.domain.OutcomeKind;
import no.kobling.partnering.cases.domain.Side;
import no.kobling.shared.DomainException;
import no.kobling.shared.web.FormErrors;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.BindingResult;

/** The forms of the case pages (bound by Spring MVC, shown again with their errors). */
public final class CaseForms {

    private CaseForms() {
    }

    /** Which field a rule broken in the service belongs to, so the message is shown next to it. */
    static final Map<String, String> FIELD_OF_CODE = Map.ofEntries(
            Map.entry("company-unknown", "companyA"), Map.entry("same-company", "companyB"),
            Map.entry("partner-required", "companyB"), Map.entry("facilitator-not-permitted", "facilitatorA"),
            Map.entry("not-found", "partnershipId"), Map.entry("partnership-ended", "partnershipId"),
            Map.entry("currency-required", "currency"), Map.entry("currency-unknown", "currency"),
            Map.entry("transaction-value-required", "amount"), Map.entry("transaction-value-invalid", "amount"),
            Map.entry("reason-required", "reason"), Map.entry("outcome-date-invalid", "occurredOn"),
            Map.entry("consent-incomplete", "givenBy"), Map.entry("consent-too-long", "how"),
            Map.entry("entry-empty", "body"), Map.entry("entry-too-long", "body"),
            Map.entry("meeting-date-invalid", "heldOn"), Map.entry("note-too-long", "note"),
            Map.entry("project-not-taggable", "projectId"));

    /** Puts the rule next to its field when the form has that field, else above the form. */
    static void reject(BindingResult result, DomainException e) {
        String field = FIELD_OF_CODE.get(e.code());
        if ("facilitator-not-permitted".equals(e.code()) && result.getTarget() instanceof NewCaseForm form
                && e.args().length > 0 && String.valueOf(form.getFacilitatorB()).equals(String.valueOf(e.args()[0]))
                && !String.valueOf(form.getFacilitatorA()).equals(String.valueOf(e.args()[0]))) {
            field = "facilitatorB";
        }
        if (field != null && result.getTarget() != null && hasField(result.getTarget(), field)) {
            FormErrors.reject(result, field, e);
        } else {
            FormErrors.reject(result, e);
        }
    }

    private static boolean hasField(Object target, String field) {
        try {
            target.getClass().getDeclaredField(field);
            return true;
        } catch (NoSuchFieldException e) {
            return false;
        }
    }

    public static class NewCaseForm {
        @NotNull
        private Long partnershipId;
        @NotNull
        private Long companyA;
        private Long companyB;
        @Size(max = 500)
        private String candidates;
        @NotNull
        private Long facilitatorA;
        @NotNull
        private Long facilitatorB;
        /** The project the case is tagged with (empty: none). */
        private Long projectId;

        public Long getProjectId() {
            return projectId;
        }

        public void setProjectId(Long projectId) {
            this.projectId = projectId;
        }

        public Long getPartnershipId() {
            return partnershipId;
        }

        public void setPartnershipId(Long partnershipId) {
            this.partnershipId = partnershipId;
        }

        public Long getCompanyA() {
            return companyA;
        }

        public void setCompanyA(Long companyA) {
            this.companyA = companyA;
        }

        public Long getCompanyB() {
            return companyB;
        }

        public void setCompanyB(Long companyB) {
            this.companyB = companyB;
        }

        public String getCandidates() {
            return candidates;
        }

        public void setCandidates(String candidates) {
            this.candidates = candidates;
        }

        /** The candidate company ids typed as "12, 15 19"; null when one is not a number. */
        java.util.Set<Long> candidateIds() {
            java.util.Set<Long> ids = new java.util.LinkedHashSet<>();
            if (candidates != null) {
                for (String part : candidates.split("[,;\\s]+")) {
                    if (!part.isBlank()) {
                        try {
                            ids.add(Long.parseLong(part.strip()));
                        } catch (NumberFormatException e) {
                            return null;
                        }
                    }
                }
            }
            return ids;
        }

        public Long getFacilitatorA() {
            return facilitatorA;
        }

        public void setFacilitatorA(Long facilitatorA) {
            this.facilitatorA = facilitatorA;
        }

        public Long getFacilitatorB() {
            return facilitatorB;
        }

        public void setFacilitatorB(Long facilitatorB) {
            this.facilitatorB = facilitatorB;
        }
    }

    public static class ConsentForm {
        @NotNull
        private Side side = Side.A;
        @NotBlank
        @Size(max = 200)
        private String givenBy;
        @NotNull
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate givenOn;
        @NotBlank
        @Size(max = 300)
        private String how;

        public Side getSide() {
            return side;
        }

        public void setSide(Side side) {
            this.side = side;
        }

        public String getGivenBy() {
            return givenBy;
        }

        public void setGivenBy(String givenBy) {
            this.givenBy = givenBy;
        }

        public LocalDate getGivenOn() {
            return givenOn;
        }

        public void setGivenOn(LocalDate givenOn) {
            this.givenOn = givenOn;
        }

        public String getHow() {
            return how;
        }

        public void setHow(String how) {
            this.how = how;
        }
    }

    public static class OutcomeForm {
        @NotNull
        private OutcomeKind kind;
        @NotNull
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate occurredOn;
        @DecimalMin("0.01")
        private BigDecimal amount;
        private String currency;
        @Size(max = 2000)
        private String reason;
        @Size(max = 2000)
        private String note;

        public OutcomeKind getKind() {
            return kind;
        }

        public void setKind(OutcomeKind kind) {
            this.kind = kind;
        }

        public LocalDate getOccurredOn() {
            return occurredOn;
        }

        public void setOccurredOn(LocalDate occurredOn) {
            this.occurredOn = occurredOn;
        }

        public BigDecimal getAmount() {
            return amount;
        }

        public void setAmount(BigDecimal amount) {
            this.amount = amount;
        }

        public String getCurrency() {
            return currency;
        }

        public void setCurrency(String currency) {
            this.currency = currency;
        }

        public String getReason() {
            return reason;
        }

        public void setReason(String reason) {
            this.reason = reason;
        }

        public String getNote() {
            return note;
        }

        public void setNote(String note) {
            this.note = note;
        }
    }

    public static class EntryForm {
        @NotNull
        private EntryKind kind = EntryKind.MESSAGE;
        @NotBlank
        @Size(max = 4000)
        private String body;

        public EntryKind getKind() {
            return kind;
        }

        public void setKind(EntryKind kind) {
            this.kind = kind;
        }

        public String getBody() {
            return body;
        }

        public void setBody(String body) {
            this.body = body;
        }
    }

    public static class MeetingForm {
        @NotNull
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate heldOn;

        public LocalDate getHeldOn() {
            return heldOn;
        }

        public void setHeldOn(LocalDate heldOn) {
            this.heldOn = heldOn;
        }
    }
}
