package no.kobling.privacy.application;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import no.kobling.audit.AuditEntryView;
import no.kobling.audit.AuditLog;
import no.kobling.identity.SystemAccess;
import no.kobling.privacy.application.PrivacyAccess.Caller;
import no.kobling.privacy.domain.PrivacyRequest;
import no.kobling.privacy.domain.ReadLogEntry;
import no.kobling.privacy.persistence.PrivacyRequestRepository;
import no.kobling.privacy.persistence.ReadLogRepository;
import no.kobling.shared.DomainException;
import no.kobling.shared.NotFoundException;
import no.kobling.shared.privacy.DataSubject;
import no.kobling.shared.privacy.PersonalData;
import no.kobling.shared.privacy.PersonalRecord;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Access requests and erasures across all modules (docs/privacy.md). The person is found by e-mail through every
 * module's {@link PersonalData} adapter; names found on those records (and the name given) complete the subject, so
 * records that carry only a name are found too. A handler who is not an administrator sees only people found in their
 * own organisation's records (anyone else answers 404, like an unknown person), and their records of no organisation.
 */
@Service
public class PrivacyRequests {

    /** Kinds whose "name" field is the person's own name (used to find records that carry only a name). */
    private static final Set<String> NAMED_KINDS = Set.of("user", "person", "entrepreneur", "participant",
            "survey-recipient");
    /** Kinds tied to a login: what a person may export about themselves without a handler. */
    private static final Set<String> LOGIN_KINDS = Set.of("user", "notification", "case", "network-facilitator");

    private final List<PersonalData> modules;
    private final PrivacyAccess access;
    private final ProcessingRegistry registry;
    private final AuditLog audit;
    private final ReadLogRepository reads;
    private final PrivacyRequestRepository requests;
    private final Clock clock;

    PrivacyRequests(List<PersonalData> modules, PrivacyAccess access, ProcessingRegistry registry, AuditLog audit,
            ReadLogRepository reads, PrivacyRequestRepository requests, Clock clock) {
        this.modules = modules;
        this.access = access;
        this.registry = registry;
        this.audit = audit;
        this.reads = reads;
        this.requests = requests;
        this.clock = clock;
    }

    /** What a search for a person found: the subject and their records in the caller's scope. */
    public record Found(DataSubject subject, List<PersonalRecord> records) {
    }

    /** One record of an export, with its purpose, lawful basis, changes (audit) and reads (read log). */
    public record ExportedRecord(String module, String kind, String id, Long organisationId, String lawfulBasis,
            String retention, Map<String, String> fields, List<AuditEntryView> changes, List<Read> reads) {
    }

    public record Read(Instant at, String reader) {
    }

    /** Everything about a person, as the JSON export and the PDF show it. */
    public record Export(String email, Set<String> names, Instant exportedAt, String exportedBy,
            List<ExportedRecord> records) {
    }

    /** What an erasure changed, per module. */
    public record Erasure(long requestId, Map<String, Integer> changed) {
    }

    @Transactional(readOnly = true)
    public Found find(String email, String name) {
        return resolve(access.handler(), email, name);
    }

    @Transactional
    public Export export(String email, String name) {
        Caller caller = access.handler();
        Found found = resolve(caller, email, name);
        Export export = export(found, caller);
        record(PrivacyRequest.Kind.EXPORT, found, caller, found.records().size() + " records");
        return export;
    }

    /** The signed-in person's own export: the records tied to their login (docs/privacy.md, "Access requests"). */
    @Transactional
    public Export exportMine() {
        PrivacyAccess.Self self = access.self();
        Caller caller = self.caller();
        String email = self.email().orElse("user-" + caller.userId() + "@invalid");
        DataSubject subject = new DataSubject(email, Set.of(), Set.of(caller.userId()));
        List<PersonalRecord> records = new ArrayList<>();
        for (PersonalData module : modules) {
            for (PersonalRecord r : module.find(subject)) {
                boolean own = ("user".equals(r.kind()) && r.id().equals(String.valueOf(caller.userId())))
                        || String.valueOf(caller.userId()).equals(r.fields().get("userId"))
                        || (LOGIN_KINDS.contains(r.kind()) && !"user".equals(r.kind()));
                if (own) {
                    records.add(r);
                }
            }
        }
        Found found = new Found(subject, records);
        Export export = export(found, caller);
        record(PrivacyRequest.Kind.EXPORT, found, caller, records.size() + " records (own)");
        return export;
    }

    /**
     * Anonymises the person everywhere: refused with 409 (nothing changed) while something stands in the way, e.g. the
     * person facilitates an open case ({@code privacy-open-case-facilitator}: hand it over first).
     */
    @Transactional
    public Erasure erase(String email, String name) {
        Caller caller = access.handler();
        Found found = resolve(caller, email, name);
        DataSubject subject = found.subject();
        List<String> blockers = modules.stream().flatMap(m -> m.erasureBlockers(subject).stream()).distinct()
                .toList();
        if (!blockers.isEmpty()) {
            String code = blockers.get(0);
            throw DomainException.conflict(code, "privacy.error." + code);
        }
        Map<String, Integer> changed = new LinkedHashMap<>();
        for (PersonalData module : modules) {
            changed.merge(module.module(), module.erase(subject), Integer::sum);
        }
        String outcome = changed.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining(", "));
        PrivacyRequest request = record(PrivacyRequest.Kind.ERASURE, found, caller, outcome);
        return new Erasure(request.getId(), changed);
    }

    /** The SHA-256 of a normalised e-mail, as privacy requests keep the person. */
    public static String hash(String email) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(email.trim().toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private Found resolve(Caller caller, String email, String name) {
        DataSubject base;
        try {
            base = new DataSubject(email, name == null ? Set.of() : Set.of(name));
        } catch (IllegalArgumentException e) {
            throw DomainException.rule("privacy-email-invalid", "privacy.error.email-invalid");
        }
        List<PersonalRecord> first = scoped(caller, base);
        boolean ownOrganisation = caller.administrator() || first.stream()
                .anyMatch(r -> r.organisationId() != null && r.organisationId().equals(caller.organisationId()));
        if (first.isEmpty() || !ownOrganisation) {
            throw new NotFoundException("privacy-subject", "");
        }
        Set<String> names = new LinkedHashSet<>(base.names());
        Set<Long> userIds = new LinkedHashSet<>();
        for (PersonalRecord r : first) {
            if (NAMED_KINDS.contains(r.kind()) && base.hasEmail(r.fields().get("email"))
                    && r.fields().get("name") != null) {
                names.add(r.fields().get("name"));
            }
            if ("user".equals(r.kind())) {
                userIds.add(Long.parseLong(r.id()));
            }
        }
        DataSubject subject = new DataSubject(base.email(), names, userIds);
        return new Found(subject, scoped(caller, subject));
    }

    private List<PersonalRecord> scoped(Caller caller, DataSubject subject) {
        List<PersonalRecord> records = new ArrayList<>();
        for (PersonalData module : modules) {
            module.find(subject).stream().filter(r -> caller.sees(r.organisationId())).forEach(records::add);
        }
        return records;
    }

    private Export export(Found found, Caller caller) {
        List<ExportedRecord> records = new ArrayList<>();
        for (PersonalRecord r : found.records()) {
            var line = registry.line(r.kind());
            List<AuditEntryView> changes = r.auditType() == null ? List.of()
                    : SystemAccess.run(() -> audit.search(r.auditType(), r.id(), null, PageRequest.of(0, 200)))
                            .content();
            List<Read> readBy = reads.findByKindAndRecordIdOrderByOccurredAtAscIdAsc(r.kind(), r.id()).stream()
                    .map((ReadLogEntry e) -> new Read(e.getOccurredAt(), e.getReader())).toList();
            records.add(new ExportedRecord(r.module(), r.kind(), r.id(), r.organisationId(),
                    line.map(l -> l.basis().name()).orElse(null),
                    line.map(l -> l.retention() == null ? null : l.retention().toString()).orElse(null),
                    r.fields(), changes, readBy));
        }
        return new Export(found.subject().email(), found.subject().names(), clock.instant(), caller.username(),
                records);
    }

    private PrivacyRequest record(PrivacyRequest.Kind kind, Found found, Caller caller, String outcome) {
        return requests.save(new PrivacyRequest(kind, hash(found.subject().email()), caller.organisationId(),
                caller.username(), clock.instant(), outcome));
    }
}
