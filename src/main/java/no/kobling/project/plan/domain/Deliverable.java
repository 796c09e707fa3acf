package no.kobling.project.plan.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.Locale;
import no.kobling.shared.DomainException;

/**
 * A deliverable of a phase: copied from the type's template (named in the viewer's language) or added by name; owned
 * by a party organisation (optionally a named user of a party organisation), due on a date, with a status and an
 * optional file (a stored document).
 */
@Entity(name = "ProjectDeliverable")
@Table(name = "project_deliverable")
public class Deliverable {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "phase_id", nullable = false)
    private long phaseId;

    @Column(name = "template_id")
    private Long templateId;

    @Column(length = 300)
    private String name;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Column(name = "owner_organisation_id")
    private Long ownerOrganisationId;

    @Column(name = "owner_user_id")
    private Long ownerUserId;

    @Column(name = "due_date")
    private LocalDate dueDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private DeliverableStatus status;

    @Column(name = "document_id")
    private Long documentId;

    @Version
    private long version;

    protected Deliverable() {
    }

    /** A deliverable from a type's template. */
    public static Deliverable fromTemplate(long phaseId, long templateId, int sortOrder) {
        Deliverable d = new Deliverable();
        d.phaseId = phaseId;
        d.templateId = templateId;
        d.sortOrder = sortOrder;
        d.status = DeliverableStatus.PLANNED;
        return d;
    }

    /** A deliverable added by name. */
    public static Deliverable named(long phaseId, String name, int sortOrder) {
        Deliverable d = new Deliverable();
        d.phaseId = phaseId;
        d.sortOrder = sortOrder;
        d.status = DeliverableStatus.PLANNED;
        d.rename(name);
        return d;
    }

    public void rename(String name) {
        if (name == null || name.isBlank()) {
            if (templateId == null) {
                throw DomainException.rule("deliverable-name-missing", "project.error.deliverable-name-missing");
            }
            this.name = null;
            return;
        }
        this.name = name.strip().length() > 300 ? name.strip().substring(0, 300) : name.strip();
    }

    /** The owner: a party organisation (checked by the service) and optionally one of its users. */
    public void assign(Long ownerOrganisationId, Long ownerUserId, LocalDate dueDate) {
        if (ownerUserId != null && ownerOrganisationId == null) {
            throw DomainException.rule("deliverable-owner-not-party", "project.error.deliverable-owner-not-party");
        }
        this.ownerOrganisationId = ownerOrganisationId;
        this.ownerUserId = ownerUserId;
        this.dueDate = dueDate;
    }

    public void setStatus(DeliverableStatus status) {
        if (status == null) {
            throw DomainException.rule("deliverable-status-missing", "project.error.deliverable-status-missing");
        }
        this.status = status;
    }

    public void attach(long documentId) {
        this.documentId = documentId;
    }

    /** The name to show: the own name, else the template's in the viewer's language. */
    public String displayName(TypeDeliverable template, Locale locale) {
        if (name != null) {
            return name;
        }
        return template == null ? "" : template.name(locale);
    }

    public Long getId() {
        return id;
    }

    public long getPhaseId() {
        return phaseId;
    }

    public Long getTemplateId() {
        return templateId;
    }

    public String getName() {
        return name;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    public Long getOwnerOrganisationId() {
        return ownerOrganisationId;
    }

    public Long getOwnerUserId() {
        return ownerUserId;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public DeliverableStatus getStatus() {
        return status;
    }

    public Long getDocumentId() {
        return documentId;
    }

    public long getVersion() {
        return version;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Deliverable d && id != null && id.equals(d.id);
    }

    @Override
    public int hashCode() {
        return Deliverable.class.hashCode();
    }
}
