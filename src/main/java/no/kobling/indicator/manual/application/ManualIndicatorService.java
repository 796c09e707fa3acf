package no.kobling.indicator.manual.application;

import java.math.BigDecimal;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import no.kobling.identity.CurrentUsers;
import no.kobling.indicator.application.ResultsAccess;
import no.kobling.indicator.manual.domain.Evidence;
import no.kobling.indicator.manual.domain.EvidenceKind;
import no.kobling.indicator.manual.domain.ManualEntry;
import no.kobling.indicator.manual.domain.ManualIndicator;
import no.kobling.indicator.manual.domain.ManualUnit;
import no.kobling.indicator.manual.persistence.EvidenceContentQueries;
import no.kobling.indicator.manual.persistence.EvidenceRepository;
import no.kobling.indicator.manual.persistence.ManualEntryRepository;
import no.kobling.indicator.manual.persistence.ManualIndicatorRepository;
import no.kobling.shared.DomainException;
import no.kobling.shared.NotFoundException;
import no.kobling.shared.StaleVersionException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;

/**
 * A project's manual indicators (docs/indicators.md "Manual indicators"): defined, changed, archived and given entries
 * by the project's own staff with {@code MANAGE_PROJECTS} ({@link ResultsAccess#manage}); the definitions are read by
 * whoever sees the project's results; the entries (evidence, who entered them) only by its own staff — a funder gets
 * 403 {@code manual-entries-not-allowed}. Every change is an audited entity change.
 */
@Service
public class ManualIndicatorService {

    static final String READ = "hasAnyAuthority('VIEW_REPORTS', 'MANAGE_PROJECTS', 'LOG_PROJECT_HOURS')";

    private final ResultsAccess access;
    private final ManualIndicatorRepository indicators;
    private final ManualEntryRepository entries;
    private final EvidenceRepository evidence;
    private final EvidenceContentQueries contents;
    private final CurrentUsers users;
    private final Clock clock;
    private final long maxBytes;

    ManualIndicatorService(ResultsAccess access, ManualIndicatorRepository indicators, ManualEntryRepository entries,
            EvidenceRepository evidence, EvidenceContentQueries contents, CurrentUsers users, Clock clock,
            @Value("${kobling.indicator.max-evidence-size:10MB}") DataSize maxSize) {
        this.access = access;
        this.indicators = indicators;
        this.entries = entries;
        this.evidence = evidence;
        this.contents = contents;
        this.users = users;
        this.clock = clock;
        this.maxBytes = maxSize.toBytes();
    }

    /** A file to store as evidence. */
    public record Upload(String filename, byte[] content) {
    }

    public record IndicatorView(long id, String code, String name, Map<String, String> names, ManualUnit unit,
            boolean archived, boolean hasEntries, long version) {
    }

    public record EvidenceView(long id, String filename, String contentType, long sizeBytes) {
    }

    public record EntryView(long id, String code, LocalDate date, BigDecimal value, String link,
            EvidenceView file, String note, String enteredBy, Instant enteredAt, boolean withdrawn,
            String withdrawnBy, Instant withdrawnAt, long version) {
    }

    public record EntryData(LocalDate date, BigDecimal value, String link, String note) {
    }

    public record StoredFile(EvidenceView evidence, byte[] data) {
    }

    public long maxBytes() {
        return maxBytes;
    }

    // --- definitions -----------------------------------------------------------------------------------------------

    @Transactional(readOnly = true)
    @PreAuthorize(READ)
    public List<IndicatorView> list(long projectId, Locale locale) {
        access.see(projectId);
        return indicators.findByProjectIdOrderByCreatedAtAscIdAsc(projectId).stream().map(m -> view(m, locale))
                .toList();
    }

    @Transactional(readOnly = true)
    @PreAuthorize(READ)
    public IndicatorView get(long projectId, String code, Locale locale) {
        access.see(projectId);
        return view(find(projectId, code), locale);
    }

    /**
     * Defines a manual indicator; its code {@code manual-<slug>} comes from its English name (else the first given),
     * with {@code -2}, {@code -3}, ... when the project has it already.
     */
    @Transactional
    @PreAuthorize("hasAuthority('MANAGE_PROJECTS')")
    public IndicatorView define(long projectId, Map<String, String> names, ManualUnit unit, Locale locale) {
        access.manage(projectId);
        Map<String, String> clean = ManualIndicator.cleanNames(names);
        String base = ManualIndicator.slug(clean.getOrDefault("en", clean.values().iterator().next()));
        String code = base;
        for (int i = 2; indicators.existsByProjectIdAndCode(projectId, code); i++) {
            code = base + "-" + i;
        }
        ManualIndicator m = new ManualIndicator(projectId, code, unit, clean, users.require().username(),
                clock.instant());
        return view(indicators.saveAndFlush(m), locale);
    }

    /**
     * Changes names, unit and whether it is archived (the code stays). The unit cannot change once there are entries
     * ({@code manual-unit-locked}); a stale version answers 409.
     */
    @Transactional
    @PreAuthorize("hasAuthority('MANAGE_PROJECTS')")
    public IndicatorView change(long projectId, String code, Map<String, String> names, ManualUnit unit,
            Boolean archived, Long expectedVersion, Locale locale) {
        access.manage(projectId);
        ManualIndicator m = find(projectId, code);
        if (expectedVersion != null) {
            StaleVersionException.check("indicator.manual", m.getId(), expectedVersion, m.getVersion());
        }
        ManualUnit newUnit = unit == null ? m.getUnit() : unit;
        if (newUnit != m.getUnit() && entries.existsByManualId(m.getId())) {
            throw DomainException.rule("manual-unit-locked", "indicator.manual.error.unit-locked");
        }
        m.change(newUnit, names == null ? m.names() : names);
        if (archived != null) {
            m.archive(archived);
        }
        return view(indicators.saveAndFlush(m), locale);
    }

    /**
     * Deletes an indicator without entries (and its targets stay as they are: a target without its indicator is not
     * shown); one with entries is refused ({@code manual-indicator-has-entries}: archive it instead).
     */
    @Transactional
    @PreAuthorize("hasAuthority('MANAGE_PROJECTS')")
    public void delete(long projectId, String code) {
        access.manage(projectId);
        ManualIndicator m = find(projectId, code);
        if (entries.existsByManualId(m.getId())) {
            throw DomainException.conflict("manual-indicator-has-entries", "indicator.manual.error.has-entries");
        }
        indicators.delete(m);
    }

    // --- entries ---------------------------------------------------------------------------------------------------

    @Transactional(readOnly = true)
    @PreAuthorize(READ)
    public List<EntryView> entries(long projectId, String code) {
        staff(projectId);
        ManualIndicator m = find(projectId, code);
        return entries.findByManualIdOrderByDateDescIdDesc(m.getId()).stream().map(e -> view(m, e)).toList();
    }

    /** Enters a value with its evidence (a link, a file or both); refused on an archived indicator. */
    @Transactional
    @PreAuthorize("hasAuthority('MANAGE_PROJECTS')")
    public EntryView enter(long projectId, String code, EntryData data, Upload file) {
        access.manage(projectId);
        ManualIndicator m = find(projectId, code);
        if (m.isArchived()) {
            throw DomainException.rule("manual-indicator-archived", "indicator.manual.error.archived");
        }
        String username = users.require().username();
        Long fileId = file == null ? null : store(projectId, file, username);
        ManualEntry e = new ManualEntry(m.getId(), username, clock.instant());
        e.set(m.getUnit(), data.date(), data.value(), data.link(), fileId, data.note());
        return view(m, entries.saveAndFlush(e));
    }

    /**
     * Corrects an entry (date, value, link, note; a new file replaces the old one, {@code removeFile} drops it). The
     * audit keeps who changed which fields when. A withdrawn entry cannot be corrected.
     */
    @Transactional
    @PreAuthorize("hasAuthority('MANAGE_PROJECTS')")
    public EntryView correct(long projectId, String code, long entryId, EntryData data, Upload file,
            boolean removeFile, Long expectedVersion) {
        access.manage(projectId);
        ManualIndicator m = find(projectId, code);
        ManualEntry e = entry(m, entryId);
        if (expectedVersion != null) {
            StaleVersionException.check("indicator.manual-entry", e.getId(), expectedVersion, e.getVersion());
        }
        if (e.isWithdrawn()) {
            throw DomainException.rule("manual-entry-withdrawn", "indicator.manual.error.withdrawn");
        }
        Long fileId = removeFile ? null : e.getEvidenceId();
        if (file != null) {
            fileId = store(projectId, file, users.require().username());
        }
        e.set(m.getUnit(), data.date(), data.value(), data.link(), fileId, data.note());
        return view(m, entries.saveAndFlush(e));
    }

    /** Withdraws an entry: kept (with who and when), no longer counted. */
    @Transactional
    @PreAuthorize("hasAuthority('MANAGE_PROJECTS')")
    public EntryView withdraw(long projectId, String code, long entryId) {
        access.manage(projectId);
        ManualIndicator m = find(projectId, code);
        ManualEntry e = entry(m, entryId);
        if (!e.isWithdrawn()) {
            e.withdraw(users.require().username(), clock.instant());
        }
        return view(m, entries.saveAndFlush(e));
    }

    /** An entry's evidence file, for the project's own staff; checked against its stored checksum. */
    @Transactional(readOnly = true)
    @PreAuthorize(READ)
    public StoredFile file(long projectId, String code, long entryId) {
        staff(projectId);
        ManualIndicator m = find(projectId, code);
        ManualEntry e = entry(m, entryId);
        if (e.getEvidenceId() == null) {
            throw new NotFoundException("manual-evidence", entryId);
        }
        Evidence ev = evidence.findById(e.getEvidenceId()).filter(x -> x.getProjectId() == projectId)
                .orElseThrow(() -> new NotFoundException("manual-evidence", entryId));
        byte[] data = contents.read(ev.getId());
        if (data == null || !sha256(data).equals(ev.getSha256())) {
            throw new IllegalStateException("evidence " + ev.getId() + " does not match its checksum");
        }
        return new StoredFile(view(ev), data);
    }

    // --- helpers ---------------------------------------------------------------------------------------------------

    private void staff(long projectId) {
        ResultsAccess.Seen seen = access.see(projectId);
        if (!seen.staff()) {
            throw new DomainException(403, "manual-entries-not-allowed", "indicator.manual.error.entries-not-allowed");
        }
    }

    private ManualIndicator find(long projectId, String code) {
        return indicators.findByProjectIdAndCode(projectId, code)
                .orElseThrow(() -> new NotFoundException("manual-indicator", code));
    }

    private ManualEntry entry(ManualIndicator m, long entryId) {
        return entries.findById(entryId).filter(e -> e.getManualId() == m.getId())
                .orElseThrow(() -> new NotFoundException("manual-entry", entryId));
    }

    /**
     * Checks and stores an evidence file. Refused (422): empty ({@code evidence-empty}), over the size limit
     * ({@code evidence-too-large}), content that is no PDF, Office file, PNG or JPEG ({@code evidence-type-not-allowed}),
     * an extension that disagrees with the content ({@code evidence-name-mismatch}).
     */
    private long store(long projectId, Upload file, String username) {
        byte[] content = file.content();
        if (content == null || content.length == 0) {
            throw DomainException.rule("evidence-empty", "indicator.manual.error.evidence-empty");
        }
        if (content.length > maxBytes) {
            throw DomainException.rule("evidence-too-large", "indicator.manual.error.evidence-too-large",
                    maxBytes / (1024 * 1024));
        }
        EvidenceKind kind = EvidenceKind.detect(content).orElseThrow(
                () -> DomainException.rule("evidence-type-not-allowed", "indicator.manual.error.evidence-type"));
        String name = cleanName(file.filename());
        if (!kind.fitsName(name)) {
            throw DomainException.rule("evidence-name-mismatch", "indicator.manual.error.evidence-name-mismatch",
                    name);
        }
        Evidence ev = evidence.saveAndFlush(new Evidence(projectId, name, kind, content.length, sha256(content),
                username, clock.instant()));
        contents.store(ev.getId(), content);
        return ev.getId();
    }

    static String cleanName(String filename) {
        String name = filename == null ? "" : filename.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"]", "").strip();
        if (name.isEmpty()) {
            name = "evidence";
        }
        return name.length() > 200 ? name.substring(name.length() - 200) : name;
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private IndicatorView view(ManualIndicator m, Locale locale) {
        return new IndicatorView(m.getId(), m.getCode(), m.name(locale), m.names(), m.getUnit(), m.isArchived(),
                m.getId() != null && entries.existsByManualId(m.getId()), m.getVersion());
    }

    private EntryView view(ManualIndicator m, ManualEntry e) {
        EvidenceView file = e.getEvidenceId() == null ? null
                : evidence.findById(e.getEvidenceId()).map(ManualIndicatorService::view).orElse(null);
        return new EntryView(e.getId(), m.getCode(), e.getDate(), e.getValue(), e.getLink(), file, e.getNote(),
                e.getEnteredBy(), e.getEnteredAt(), e.isWithdrawn(), e.getWithdrawnBy(), e.getWithdrawnAt(),
                e.getVersion());
    }

    private static EvidenceView view(Evidence ev) {
        return new EvidenceView(ev.getId(), ev.getFilename(), ev.getKind().contentType(), ev.getSizeBytes());
    }
}
