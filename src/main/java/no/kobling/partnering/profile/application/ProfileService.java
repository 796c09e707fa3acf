package no.kobling.partnering.profile.application;

import java.time.Clock;
import no.kobling.actor.ActorZones;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import no.kobling.company.Companies;
import no.kobling.company.CompanyRef;
import no.kobling.geo.Geography;
import no.kobling.identity.SystemAccess;
import no.kobling.partnering.profile.application.ProfileAccess.Caller;
import no.kobling.partnering.profile.application.ProfileView.TagOption;
import no.kobling.partnering.profile.domain.DeclinedPair;
import no.kobling.partnering.profile.domain.PartnerProfile;
import no.kobling.partnering.profile.domain.ProfileContent;
import no.kobling.partnering.profile.domain.ProfileStatus;
import no.kobling.partnering.profile.domain.ProfileTag;
import no.kobling.partnering.profile.persistence.DeclinedPairRepository;
import no.kobling.partnering.profile.persistence.PartnerProfileRepository;
import no.kobling.shared.DomainException;
import no.kobling.shared.NotFoundException;
import no.kobling.shared.StaleVersionException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Partner profiles: create, edit, validate, renew; declining suggested partners. Checks access itself. */
@Service
public class ProfileService {

    static final Set<String> COUNTRIES = Set.of("NO", "SE", "FI", "DK", "IS", "EE", "DE", "GB");

    private final PartnerProfileRepository profiles;
    private final DeclinedPairRepository declined;
    private final ProfileAccess access;
    private final ProfileIndexSync sync;
    private final TagCatalogue tags;
    private final Companies companies;
    private final Geography geography;
    private final Clock clock;
    private final ActorZones zones;
    private final PartnerSharing sharing;

    ProfileService(PartnerProfileRepository profiles, DeclinedPairRepository declined, ProfileAccess access,
            ProfileIndexSync sync, TagCatalogue tags, Companies companies, Geography geography, Clock clock,
            ActorZones zones, PartnerSharing sharing) {
        this.sharing = sharing;
        this.profiles = profiles;
        this.declined = declined;
        this.access = access;
        this.sync = sync;
        this.tags = tags;
        this.companies = companies;
        this.geography = geography;
        this.clock = clock;
        this.zones = zones;
    }

    /** The profile of a company if the caller may see it; empty when there is none and the caller may create it. */
    @Transactional(readOnly = true)
    public Optional<ProfileView> find(long companyId, String lang) {
        Caller caller = access.caller();
        Optional<PartnerProfile> profile = profiles.findByCompanyId(companyId);
        if (profile.isEmpty()) {
            if (!access.canCreate(caller, companyId)) {
                throw new NotFoundException("partnering.profile", companyId);
            }
            return Optional.empty();
        }
        PartnerProfile p = profile.get();
        if (!shown(caller, p)) {
            throw new NotFoundException("partnering.profile", companyId);
        }
        return Optional.of(view(p, caller, lang));
    }

    /**
     * The profile for its edit form: empty when there is none and the caller may create it; 404 when the caller may
     * not change it (another organisation's published profile is readable, its edit form is not).
     */
    @Transactional(readOnly = true)
    public Optional<ProfileView> forEdit(long companyId, String lang) {
        Optional<ProfileView> found = find(companyId, lang);
        if (found.isPresent()) {
            Caller caller = access.caller();
            PartnerProfile p = profiles.findByCompanyId(companyId).orElseThrow();
            if (!access.canEdit(caller, p)) {
                throw new NotFoundException("partnering.profile", companyId);
            }
        }
        return found;
    }

    /** The visible profile of a company (404 when there is none or it is hidden from the caller). */
    @Transactional(readOnly = true)
    public ProfileView get(long companyId, String lang) {
        return find(companyId, lang).orElseThrow(() -> new NotFoundException("partnering.profile", companyId));
    }

    @Transactional(readOnly = true)
    public boolean mayCreate(long companyId) {
        return access.canCreate(access.caller(), companyId);
    }

    /** Creates or changes the profile; {@code expectedVersion} null for a new one. */
    @Transactional
    public ProfileView save(long companyId, ProfileContent content, Long expectedVersion, String lang) {
        Caller caller = access.caller();
        check(content);
        Instant now = clock.instant();
        Optional<PartnerProfile> existing = profiles.findByCompanyId(companyId);
        PartnerProfile p;
        if (existing.isEmpty()) {
            if (!access.canCreate(caller, companyId)) {
                throw new NotFoundException("partnering.profile", companyId);
            }
            p = profiles.save(new PartnerProfile(companyId, caller.organisationId(), content, now, caller.name()));
        } else {
            p = existing.get();
            if (!access.canSee(caller, p, now)) {
                throw new NotFoundException("partnering.profile", companyId);
            }
            if (!access.canEdit(caller, p)) {
                throw new AccessDeniedException("not an editor of this profile");
            }
            StaleVersionException.check("partnering.profile", companyId, expectedVersion, p.getVersion());
            p.update(content, now, caller.name(), access.canValidate(caller, p));
            profiles.saveAndFlush(p);
        }
        sync.changed(p);
        return view(p, caller, lang);
    }

    /** Creates or replaces a profile owned by an organisation (administrators and the system only). */
    @Transactional
    public void saveOwned(long companyId, Long ownerOrganisationId, ProfileContent content, boolean validated) {
        Caller caller = access.caller();
        if (!caller.all()) {
            throw new AccessDeniedException("administrators only");
        }
        check(content);
        Instant now = clock.instant();
        PartnerProfile p = profiles.findByCompanyId(companyId).orElse(null);
        if (p == null) {
            p = new PartnerProfile(companyId, ownerOrganisationId, content, now, caller.name());
        } else {
            p.update(content, now, caller.name(), true);
            p.setOwnerOrganisationId(ownerOrganisationId);
        }
        if (validated) {
            p.validate(now, caller.name(), zones.organisation(p.getOwnerOrganisationId()));
        }
        p = profiles.saveAndFlush(p);
        sync.changed(p);
    }

    /** A facilitator of the owner organisation checked the profile: visible to all for 12 months. */
    @Transactional
    public ProfileView validate(long companyId, String lang) {
        Caller caller = access.caller();
        PartnerProfile p = visible(caller, companyId);
        if (!access.canValidate(caller, p)) {
            throw new AccessDeniedException("only a facilitator of the owner organisation validates");
        }
        if (p.getOwnerOrganisationId() == null && caller.organisationId() != null) {
            p.setOwnerOrganisationId(caller.organisationId());
        }
        p.validate(clock.instant(), caller.name(), zones.organisation(p.getOwnerOrganisationId()));
        profiles.saveAndFlush(p);
        sync.changed(p);
        return view(p, caller, lang);
    }

    /** Another 12 months, by anyone who may edit the profile. */
    @Transactional
    public ProfileView renew(long companyId, String lang) {
        Caller caller = access.caller();
        PartnerProfile p = visible(caller, companyId);
        if (!access.canEdit(caller, p)) {
            throw new AccessDeniedException("not an editor of this profile");
        }
        p.renew(clock.instant(), caller.name(), zones.organisation(p.getOwnerOrganisationId()));
        profiles.saveAndFlush(p);
        sync.changed(p);
        return view(p, caller, lang);
    }

    /** The company declines a suggested partner: the pair is not suggested again, either way round. */
    @Transactional
    public void decline(long companyId, long partnerCompanyId) {
        Caller caller = access.caller();
        PartnerProfile p = visible(caller, companyId);
        if (!access.canEdit(caller, p)) {
            throw new AccessDeniedException("not an editor of this profile");
        }
        if (partnerCompanyId == companyId) {
            throw DomainException.rule("partnering-decline-self", "partnering.error.decline-self");
        }
        if (!declined.existsByCompanyIdAndPartnerCompanyId(companyId, partnerCompanyId)) {
            declined.save(new DeclinedPair(companyId, partnerCompanyId, caller.name(), clock.instant()));
        }
    }

    /** Profiles the caller keeps (own organisation, represented companies) first, then validated ones; at most 200. */
    @Transactional(readOnly = true)
    public List<ProfileView> list(String lang) {
        Caller caller = access.caller();
        if (!caller.usesProfiles()) {
            throw new org.springframework.security.access.AccessDeniedException("no profile permission");
        }
        Instant now = clock.instant();
        Map<Long, PartnerProfile> found = new LinkedHashMap<>();
        if (caller.organisationId() != null) {
            profiles.findByOwnerOrganisationIdOrderByUpdatedAtDesc(caller.organisationId())
                    .forEach(p -> found.put(p.getCompanyId(), p));
        }
        if (caller.represents()) {
            profiles.findByCompanyIdIn(companies.representedCompanyIds()).forEach(p -> found.put(p.getCompanyId(), p));
        }
        if (caller.views() || caller.all()) {
            profiles.findByStatusOrderByUpdatedAtDesc(ProfileStatus.VALIDATED).stream().limit(200)
                    .forEach(p -> found.putIfAbsent(p.getCompanyId(), p));
        }
        List<PartnerProfile> seen = found.values().stream().filter(p -> access.canSee(caller, p, now)).toList();
        Set<Long> withheld = sharing.withheld(caller, seen);
        List<PartnerProfile> shown = seen.stream().filter(p -> !withheld.contains(p.getCompanyId())).limit(200)
                .toList();
        // the companies' names in one batch for the whole list, not one lookup per profile
        Map<Long, CompanyRef> refs = new java.util.HashMap<>();
        SystemAccess.run(() -> companies.refs(shown.stream().map(PartnerProfile::getCompanyId).toList()))
                .forEach(r -> refs.put(r.id(), r));
        List<ProfileView> out = new ArrayList<>();
        for (PartnerProfile p : shown) {
            out.add(view(p, caller, lang, Optional.ofNullable(refs.get(p.getCompanyId()))));
        }
        return out;
    }

    private PartnerProfile visible(Caller caller, long companyId) {
        PartnerProfile p = profiles.findByCompanyId(companyId)
                .orElseThrow(() -> new NotFoundException("partnering.profile", companyId));
        if (!shown(caller, p)) {
            throw new NotFoundException("partnering.profile", companyId);
        }
        return p;
    }

    /** Visible to the caller and not withheld from them for a withdrawn consent to partner sharing. */
    private boolean shown(Caller caller, PartnerProfile p) {
        return access.canSee(caller, p, clock.instant()) && !sharing.withheld(caller, p);
    }

    private void check(ProfileContent c) {
        Set<String> known = tags.names("en").keySet();
        for (String t : concat(c.offerTags(), c.seekTags())) {
            if (!known.contains(t)) {
                throw DomainException.rule("partnering-profile-unknown-tag", "partnering.profile.error.unknown-tag", t);
            }
        }
        for (String country : c.countriesSought()) {
            if (!COUNTRIES.contains(country)) {
                throw DomainException.rule("partnering-profile-country", "partnering.profile.error.country", country);
            }
        }
        for (String region : c.regionsSought()) {
            if (!region.matches("[A-Za-z0-9-]{1,20}")) {
                throw DomainException.rule("partnering-profile-region", "partnering.profile.error.region", region);
            }
        }
        for (String nace : c.industries()) {
            if (SystemAccess.run(() -> geography.nace(nace, "en")).isEmpty()) {
                throw DomainException.rule("partnering-profile-nace", "partnering.profile.error.nace", nace);
            }
        }
    }

    private static List<String> concat(Set<String> a, Set<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    ProfileView view(PartnerProfile p, Caller caller, String lang) {
        return view(p, caller, lang, SystemAccess.run(() -> companies.ref(p.getCompanyId())));
    }

    private ProfileView view(PartnerProfile p, Caller caller, String lang, Optional<CompanyRef> ref) {
        Map<String, String> names = tags.names(lang);
        return new ProfileView(p.getCompanyId(), ref.map(CompanyRef::name).orElse("#" + p.getCompanyId()),
                ref.map(CompanyRef::countryCode).orElse(null), ref.map(CompanyRef::naceCode).orElse(null),
                p.getOffers(), p.getOffersLanguage(), p.getSeeks(), p.getSeeksLanguage(),
                options(p.tagsOn(ProfileTag.OFFERS), names), options(p.tagsOn(ProfileTag.SEEKS), names),
                p.getCooperationTypes(), p.getIndustries(), p.getCountriesSought(), p.getRegionsSought(),
                p.getLanguages(), p.getStatus(), p.getValidatedAt(), p.getValidatedBy(), p.getExpiresAt(),
                p.isPublic(clock.instant()), p.getVersion(), access.canEdit(caller, p), access.canValidate(caller, p));
    }

    private static List<TagOption> options(Set<String> codes, Map<String, String> names) {
        return codes.stream().map(c -> new TagOption(c, names.getOrDefault(c, c)))
                .sorted(Comparator.comparing(TagOption::name)).toList();
    }
}
