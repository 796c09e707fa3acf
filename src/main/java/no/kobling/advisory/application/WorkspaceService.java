package no.kobling.advisory.application;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import no.kobling.advisory.application.AdvisoryAccess.Viewer;
import no.kobling.advisory.application.AdvisoryViews.FollowUp;
import no.kobling.advisory.domain.Activity;
import no.kobling.advisory.domain.CalendarToken;
import no.kobling.advisory.domain.FollowUpCalendar;
import no.kobling.advisory.persistence.ActivityQueries;
import no.kobling.advisory.persistence.ActivityRepository;
import no.kobling.advisory.persistence.CalendarTokenRepository;
import no.kobling.company.Companies;
import no.kobling.company.CompanyRef;
import no.kobling.identity.Permission;
import no.kobling.identity.SystemAccess;
import no.kobling.geo.Geography;
import no.kobling.geo.MunicipalityRef;
import no.kobling.identity.UserAdministration;
import no.kobling.identity.UserDirectory;
import no.kobling.identity.UserZones;
import no.kobling.shared.DomainException;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The advisor's workspace: my companies, my follow-ups (due within {@link #DUE_SOON_DAYS} days, and overdue), and the
 * private calendar feed of my follow-ups. The feed address holds a random secret; only its SHA-256 hash is stored.
 */
@Service
public class WorkspaceService {

    public static final int DUE_SOON_DAYS = 7;

    private final ActivityRepository activities;
    private final ActivityQueries queries;
    private final CalendarTokenRepository tokens;
    private final Companies companies;
    private final AdvisoryAccess access;
    private final MessageSource messages;
    private final UserAdministration users;
    private final Clock clock;
    private final UserZones userZones;
    private final UserDirectory directory;
    private final Geography geography;
    private final SecureRandom random = new SecureRandom();

    WorkspaceService(ActivityRepository activities, ActivityQueries queries, CalendarTokenRepository tokens,
            Companies companies, AdvisoryAccess access, MessageSource messages, UserAdministration users,
            Clock clock, UserZones userZones, UserDirectory directory, Geography geography) {
        this.activities = activities;
        this.queries = queries;
        this.tokens = tokens;
        this.companies = companies;
        this.access = access;
        this.messages = messages;
        this.users = users;
        this.clock = clock;
        this.userZones = userZones;
        this.directory = directory;
        this.geography = geography;
    }

    /** Companies I logged activities for, most recent first. */
    @Transactional(readOnly = true)
    @PreAuthorize(ActivityService.WRITE)
    public List<CompanyRef> myCompanies(int limit) {
        Viewer viewer = access.viewer();
        if (viewer.userId() == null) {
            return List.of();
        }
        List<Long> ids = queries.companiesOfAdvisor(viewer.userId(), limit);
        var refs = companies.refs(ids);
        return ids.stream().flatMap(id -> refs.stream().filter(r -> r.id() == id)).toList();
    }

    /** My open follow-ups that are overdue or due within {@link #DUE_SOON_DAYS} days (all if {@code all}). */
    @Transactional(readOnly = true)
    @PreAuthorize(ActivityService.WRITE)
    public List<FollowUp> followUps(boolean all) {
        Viewer viewer = access.viewer();
        if (viewer.userId() == null) {
            return List.of();
        }
        // due and overdue in the advisor's own zone (docs/time.md)
        LocalDate today = userZones.today();
        Locale locale = ActivityService.locale();
        return activities.openFollowUps(viewer.userId()).stream().filter(viewer::canSee)
                .filter(a -> all || !a.getFollowUpDate().isAfter(today.plusDays(DUE_SOON_DAYS)))
                .map(a -> new FollowUp(a.getId(), a.getFollowUpDate(), a.getFollowUpDate().isBefore(today),
                        a.getKind().name(locale), companies.refs(a.getCompanyIds())))
                .toList();
    }

    @Transactional(readOnly = true)
    @PreAuthorize(ActivityService.WRITE)
    public boolean hasCalendarFeed() {
        Viewer viewer = access.viewer();
        return viewer.userId() != null && tokens.existsById(viewer.userId());
    }

    /** Creates (or replaces: the old address stops working) my feed secret; the secret is shown only now. */
    @Transactional
    @PreAuthorize(ActivityService.WRITE)
    public String regenerateCalendarFeed() {
        Viewer viewer = access.viewer();
        if (viewer.userId() == null) {
            throw DomainException.rule("advisory-no-user", "advisory.error.no-user");
        }
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        CalendarToken token = tokens.findById(viewer.userId()).orElse(null);
        if (token == null) {
            tokens.save(new CalendarToken(viewer.userId(), hash(secret), clock.instant()));
        } else {
            token.replace(hash(secret), clock.instant());
        }
        return secret;
    }

    @Transactional
    @PreAuthorize(ActivityService.WRITE)
    public void revokeCalendarFeed() {
        Viewer viewer = access.viewer();
        if (viewer.userId() != null) {
            tokens.findById(viewer.userId()).ifPresent(tokens::delete);
        }
    }

    /**
     * The feed for a secret (empty for an unknown or revoked one, and while its owner is disabled or may no longer log
     * activities: the rights are checked on every fetch, as for a session). Runs without a signed-in user.
     */
    @Transactional(readOnly = true)
    public Optional<String> calendarFeed(String secret, Locale locale) {
        if (secret == null || secret.length() > 100) {
            return Optional.empty();
        }
        return tokens.findByTokenHash(hash(secret))
                .filter(token -> users.activeWith(token.getUserId(), Permission.LOG_ACTIVITIES))
                .map(token -> SystemAccess.run(() -> {
            List<FollowUpCalendar.Entry> entries = activities.openFollowUps(token.getUserId()).stream()
                    .map(a -> entry(a, token.getUserId(), locale)).toList();
            String name = messages.getMessage("advisory.calendar.name", null, "Kobling", locale);
            return FollowUpCalendar.write(name, entries, clock.instant());
        }));
    }

    /**
     * A follow-up in the feed: the summary names the companies; the description says what was done when, the notes,
     * and who to ask (the advisor who logged the activity, else the feed's owner) with their address; the ORGANIZER is
     * that advisor; the LOCATION the activity's municipality, else the companies' (when known).
     */
    private FollowUpCalendar.Entry entry(Activity a, long ownerId, Locale locale) {
        List<CompanyRef> refs = companies.refs(a.getCompanyIds());
        String names = String.join(", ", refs.stream().map(CompanyRef::name).sorted().toList());
        String summary = messages.getMessage("advisory.calendar.summary", new Object[] {names}, names, locale);
        Optional<UserDirectory.UserInfo> organiser = Optional.ofNullable(a.getCreatedBy()).flatMap(directory::find)
                .filter(UserDirectory.UserInfo::enabled).or(() -> directory.find(ownerId));
        String email = organiser.map(UserDirectory.UserInfo::email).filter(e -> e != null && !e.isBlank())
                .map(String::strip).orElse(null);
        String name = organiser.map(UserDirectory.UserInfo::displayName).orElse(null);
        List<String> about = new java.util.ArrayList<>();
        about.add(messages.getMessage("workspacegaps.ical.done", new Object[] {a.getKind().name(locale),
                java.time.format.DateTimeFormatter.ofLocalizedDate(java.time.format.FormatStyle.LONG)
                        .withLocale(locale).format(a.getDate())}, locale));
        if (a.getNotes() != null && !a.getNotes().isBlank()) {
            about.add(a.getNotes());
        }
        if (name != null) {
            about.add(email == null ? messages.getMessage("workspacegaps.ical.advisor", new Object[] {name}, locale)
                    : messages.getMessage("workspacegaps.ical.advisor-mail", new Object[] {name, email}, locale));
        }
        return new FollowUpCalendar.Entry("follow-up-" + a.getId() + "@kobling", a.getFollowUpDate(), summary,
                String.join("\n", about), location(a, refs), name, email);
    }

    private String location(Activity a, List<CompanyRef> refs) {
        List<Long> ids = a.getMunicipalityId() != null ? List.of(a.getMunicipalityId())
                : refs.stream().map(CompanyRef::municipalityId).filter(java.util.Objects::nonNull).distinct()
                        .toList();
        if (ids.isEmpty()) {
            return null;
        }
        List<String> names = geography.municipalities(ids).stream().map(MunicipalityRef::name).sorted().toList();
        return names.isEmpty() ? null : String.join(", ", names);
    }

    static String hash(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
