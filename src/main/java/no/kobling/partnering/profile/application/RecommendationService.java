package no.kobling.partnering.profile.application;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import no.kobling.company.Companies;
import no.kobling.company.CompanyRef;
import no.kobling.identity.SystemAccess;
import no.kobling.partnering.application.CasePairs;
import no.kobling.partnering.profile.application.ProfileAccess.Caller;
import no.kobling.partnering.profile.domain.DeclinedPair;
import no.kobling.partnering.profile.domain.PartnerProfile;
import no.kobling.partnering.profile.matching.Match;
import no.kobling.partnering.profile.matching.MatchProfile;
import no.kobling.partnering.profile.persistence.DeclinedPairRepository;
import no.kobling.partnering.profile.persistence.PartnerProfileRepository;
import no.kobling.shared.DomainException;
import no.kobling.shared.NotFoundException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reciprocal partner recommendations for a company, with reasons. Only profiles the caller may see are suggested;
 * companies that already have a case with the company ({@link CasePairs}, when the cases module is present) and
 * declined pairs are left out.
 */
@Service
public class RecommendationService {

    public static final int MAX_LIMIT = 100;

    private final PartnerProfileRepository profiles;
    private final DeclinedPairRepository declined;
    private final ProfileAccess access;
    private final ProfileIndexer indexer;
    private final TagCatalogue tags;
    private final Companies companies;
    private final ObjectProvider<CasePairs> casePairs;
    private final MessageSource messages;
    private final Clock clock;

    RecommendationService(PartnerProfileRepository profiles, DeclinedPairRepository declined, ProfileAccess access,
            ProfileIndexer indexer, TagCatalogue tags, Companies companies, ObjectProvider<CasePairs> casePairs,
            MessageSource messages, Clock clock) {
        this.profiles = profiles;
        this.declined = declined;
        this.access = access;
        this.indexer = indexer;
        this.tags = tags;
        this.companies = companies;
        this.casePairs = casePairs;
        this.messages = messages;
        this.clock = clock;
    }

    /** For the company's editors (its facilitators, advisors, representatives). */
    @Transactional(readOnly = true)
    public List<RecommendationView> recommend(long companyId, int limit, String lang) {
        return recommend(companyId, null, limit, lang, true);
    }

    /** Among given companies only (an event's participants); for anyone who may see the company's profile. */
    @Transactional(readOnly = true)
    public List<RecommendationView> recommendAmong(long companyId, Collection<Long> among, int limit, String lang) {
        return recommend(companyId, Set.copyOf(among), limit, lang, false);
    }

    private List<RecommendationView> recommend(long companyId, Set<Long> among, int limit, String lang,
            boolean editorsOnly) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw DomainException.rule("partnering-limit", "partnering.error.limit", MAX_LIMIT);
        }
        Caller caller = access.caller();
        PartnerProfile own = profiles.findByCompanyId(companyId)
                .orElseThrow(() -> new NotFoundException("partnering.profile", companyId));
        if (!access.canSee(caller, own, clock.instant())) {
            throw new NotFoundException("partnering.profile", companyId);
        }
        if (editorsOnly && !access.canEdit(caller, own)) {
            throw new AccessDeniedException("recommendations are for the company's own facilitators");
        }
        MatchProfile self = indexer.toMatch(List.of(own)).get(0);
        Set<Long> excluded = excluded(companyId);
        long org = caller.organisationId() == null ? Long.MIN_VALUE : caller.organisationId();
        boolean all = caller.all();
        Predicate<MatchProfile> visible = p -> (all || p.isPublic() || p.ownerOrganisationId() == org)
                && (among == null || among.contains(p.companyId()));
        List<Match> matches = indexer.index().recommend(self, limit, visible, excluded::contains);
        return views(matches, lang);
    }

    private Set<Long> excluded(long companyId) {
        Set<Long> out = new HashSet<>();
        for (DeclinedPair d : declined.findByCompanyIdOrPartnerCompanyId(companyId, companyId)) {
            out.add(d.getCompanyId() == companyId ? d.getPartnerCompanyId() : d.getCompanyId());
        }
        CasePairs cases = casePairs.getIfAvailable();
        if (cases != null) {
            out.addAll(cases.companiesInCasesWith(companyId));
        }
        return out;
    }

    private List<RecommendationView> views(List<Match> matches, String lang) {
        Map<Long, CompanyRef> refs = new HashMap<>();
        SystemAccess.run(() -> companies.refs(matches.stream().map(Match::companyId).toList()))
                .forEach(r -> refs.put(r.id(), r));
        Map<String, String> names = tags.names(lang);
        Locale locale = Locale.forLanguageTag(lang);
        List<RecommendationView> out = new ArrayList<>();
        for (Match m : matches) {
            CompanyRef ref = refs.get(m.companyId());
            List<String> offer = m.theyOffer().stream().map(c -> label(c, names)).toList();
            List<String> seek = m.theySeek().stream().map(c -> label(c, names)).toList();
            out.add(new RecommendationView(m.companyId(), ref == null ? "#" + m.companyId() : ref.name(),
                    m.partnerCountry(), round(m.score()), round(m.needFit()), round(m.offerFit()), offer, seek,
                    reasons(m, offer, seek, locale)));
        }
        return out;
    }

    List<String> reasons(Match m, List<String> offer, List<String> seek, Locale locale) {
        List<String> out = new ArrayList<>();
        if (!offer.isEmpty()) {
            out.add(msg("partnering.reason.they-offer", locale, String.join(", ", offer)));
        }
        if (!seek.isEmpty()) {
            out.add(msg("partnering.reason.they-seek", locale, String.join(", ", seek)));
        }
        if (offer.isEmpty() || seek.isEmpty()) {
            out.add(msg("partnering.reason.one-sided", locale));
        }
        if (m.ownType() != null) {
            out.add(msg("partnering.reason.types", locale,
                    msg("partnering.cooperation." + m.ownType(), locale),
                    msg("partnering.cooperation." + m.partnerType(), locale)));
        }
        if (m.industryFit() >= 0.5) {
            out.add(msg("partnering.reason.industry", locale));
        }
        if (m.crossBorder()) {
            out.add(msg("partnering.reason.cross-border", locale, msg("partnering.country." + m.partnerCountry(),
                    locale)));
        }
        if (!m.sharedLanguages().isEmpty()) {
            out.add(msg("partnering.reason.languages", locale, String.join(", ", m.sharedLanguages().stream()
                    .map(l -> msg("language." + l, locale)).toList())));
        }
        return out;
    }

    private String msg(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }

    private static String label(String concept, Map<String, String> names) {
        return names.getOrDefault(concept, concept.replace('-', ' '));
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
