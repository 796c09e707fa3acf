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
import no.kobling.partnering.profile.application.RecommendationExplainer.Side;
import no.kobling.partnering.profile.application.RecommendationView.MatchedTerm;
import no.kobling.partnering.profile.application.Recommendations.EmptyReason;
import no.kobling.partnering.profile.domain.ProfileTag;
import no.kobling.partnering.profile.matching.ConceptDictionary;
import no.kobling.partnering.profile.matching.Match;
import no.kobling.partnering.profile.matching.MatchIndex;
import no.kobling.partnering.profile.matching.MatchProfile;
import no.kobling.partnering.profile.persistence.DeclinedPairRepository;
import no.kobling.partnering.profile.persistence.PartnerProfileRepository;
import no.kobling.shared.DomainException;
import no.kobling.shared.NotFoundException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reciprocal partner recommendations for a company, with reasons ({@link RecommendationExplainer}). Partners that
 * fit both ways are the recommendations; those that fit one way only are shown apart, labelled; an empty list says
 * why ({@link Recommendations.EmptyReason}). Only profiles the caller may see are suggested;
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
    private final PartnerSharing sharing;
    private final ObjectProvider<CasePairs> casePairs;
    private final RecommendationExplainer explainer;
    private final Clock clock;

    RecommendationService(PartnerProfileRepository profiles, DeclinedPairRepository declined, ProfileAccess access,
            ProfileIndexer indexer, TagCatalogue tags, Companies companies, ObjectProvider<CasePairs> casePairs,
            RecommendationExplainer explainer, Clock clock, PartnerSharing sharing) {
        this.sharing = sharing;
        this.profiles = profiles;
        this.declined = declined;
        this.access = access;
        this.indexer = indexer;
        this.tags = tags;
        this.companies = companies;
        this.casePairs = casePairs;
        this.explainer = explainer;
        this.clock = clock;
    }

    /**
     * For the company's editors (its facilitators, advisors, representatives): partners that fit both ways first,
     * then those that fit one way only, each labelled with its direction, at most {@code limit}.
     */
    @Transactional(readOnly = true)
    public List<RecommendationView> recommend(long companyId, int limit, String lang) {
        Recommendations r = compute(companyId, null, limit, lang, true);
        return ranked(r, limit);
    }

    /**
     * For the company's editors, in sections: two-way fits (the recommendations), one-way fits apart, and when there
     * is no two-way fit, why and what to add to the profile.
     */
    @Transactional(readOnly = true)
    public Recommendations overview(long companyId, int limit, String lang) {
        return compute(companyId, null, limit, lang, true);
    }

    /** Among given companies only (an event's participants); for anyone who may see the company's profile. */
    @Transactional(readOnly = true)
    public List<RecommendationView> recommendAmong(long companyId, Collection<Long> among, int limit, String lang) {
        return ranked(compute(companyId, Set.copyOf(among), limit, lang, false), limit);
    }

    private static List<RecommendationView> ranked(Recommendations r, int limit) {
        List<RecommendationView> out = new ArrayList<>(r.twoWay());
        out.addAll(r.oneWay());
        return out.size() > limit ? List.copyOf(out.subList(0, limit)) : out;
    }

    private Recommendations compute(long companyId, Set<Long> among, int limit, String lang, boolean editorsOnly) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw DomainException.rule("partnering-limit", "partnering.error.limit", MAX_LIMIT);
        }
        Caller caller = access.caller();
        PartnerProfile own = profiles.findByCompanyId(companyId)
                .orElseThrow(() -> new NotFoundException("partnering.profile", companyId));
        if (!access.canSee(caller, own, clock.instant()) || sharing.withheld(caller, own)) {
            throw new NotFoundException("partnering.profile", companyId);
        }
        if (editorsOnly && !access.canEdit(caller, own)) {
            throw new AccessDeniedException("recommendations are for the company's own facilitators");
        }
        MatchProfile self = indexer.toMatch(List.of(own)).get(0);
        Set<Long> excluded = excluded(companyId);
        long org = caller.organisationId() == null ? Long.MIN_VALUE : caller.organisationId();
        boolean all = caller.all();
        // partners withheld for a withdrawn consent to partner sharing; found among the best matches and asked again
        Set<Long> withheld = new HashSet<>();
        Predicate<MatchProfile> visible = p -> (all || p.isPublic() || p.ownerOrganisationId() == org)
                && !withheld.contains(p.companyId());
        Predicate<MatchProfile> candidates = among == null ? visible
                : visible.and(p -> among.contains(p.companyId()));
        MatchIndex index = indexer.index();
        MatchIndex.Split split = index.recommendSplit(self, limit, limit, candidates, excluded::contains);
        for (Set<Long> found = withheld(caller, split); !found.isEmpty(); found = withheld(caller, split)) {
            withheld.addAll(found);
            split = index.recommendSplit(self, limit, limit, candidates, excluded::contains);
        }
        Locale locale = Locale.forLanguageTag(lang);
        EmptyReason empty = split.twoWay().isEmpty()
                ? emptyReason(own, self, split, index, visible, candidates, excluded, among != null, locale)
                : null;
        List<Match> shown = new ArrayList<>(split.twoWay());
        shown.addAll(split.oneWay());
        List<RecommendationView> views = views(own, shown, lang);
        int twoWay = split.twoWay().size();
        return new Recommendations(List.copyOf(views.subList(0, twoWay)), List.copyOf(views.subList(twoWay,
                views.size())), empty);
    }

    /**
     * Why there is no two-way fit, most specific first: nothing sought, nothing offered, no words the matcher
     * knows, every fit declined or in a case, the filter (an event's participants) too narrow, fits one way only, or
     * simply no profile yet that fits.
     */
    private EmptyReason emptyReason(PartnerProfile own, MatchProfile self, MatchIndex.Split split, MatchIndex index,
            Predicate<MatchProfile> visible, Predicate<MatchProfile> candidates, Set<Long> excluded, boolean filtered,
            Locale locale) {
        String code;
        if (isBlank(own.getSeeks()) && own.tagsOn(ProfileTag.SEEKS).isEmpty()) {
            code = "no-seeks";
        } else if (isBlank(own.getOffers()) && own.tagsOn(ProfileTag.OFFERS).isEmpty()) {
            code = "no-offers";
        } else if (!knowsAny(index, self.seeks()) || !knowsAny(index, self.offers())) {
            code = "no-concepts";
        } else if (!excluded.isEmpty()
                && !index.recommendSplit(self, 1, 0, candidates, null).twoWay().isEmpty()) {
            code = "all-declined";
        } else if (filtered && !index.recommendSplit(self, 1, 0, visible, excluded::contains).twoWay().isEmpty()) {
            code = "filters-too-narrow";
        } else if (!split.oneWay().isEmpty()) {
            code = "only-one-way";
        } else {
            code = "no-partners-yet";
        }
        String key = "matching.rec.empty." + code;
        return new EmptyReason(code, key, explainer.msg(key, locale), key + ".hint",
                explainer.msg(key + ".hint", locale));
    }

    private static boolean knowsAny(MatchIndex index, int[] concepts) {
        for (int c : concepts) {
            if (!MatchIndex.isPlace(index.dictionary().id(c))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    private Set<Long> withheld(Caller caller, MatchIndex.Split split) {
        List<Long> ids = new ArrayList<>();
        split.twoWay().forEach(m -> ids.add(m.companyId()));
        split.oneWay().forEach(m -> ids.add(m.companyId()));
        return ids.isEmpty() ? Set.of() : sharing.withheld(caller, profiles.findByCompanyIdIn(ids));
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

    private List<RecommendationView> views(PartnerProfile own, List<Match> matches, String lang) {
        if (matches.isEmpty()) {
            return List.of();
        }
        List<Long> ids = matches.stream().map(Match::companyId).toList();
        Map<Long, CompanyRef> refs = new HashMap<>();
        SystemAccess.run(() -> companies.refs(ids)).forEach(r -> refs.put(r.id(), r));
        Map<Long, PartnerProfile> partners = new HashMap<>();
        profiles.findByCompanyIdIn(ids).forEach(p -> partners.put(p.getCompanyId(), p));
        Map<String, String> names = tags.names(lang);
        Locale locale = Locale.forLanguageTag(lang);
        ConceptDictionary dictionary = indexer.dictionary();
        Side yourSeeks = Side.of(dictionary, own, ProfileTag.SEEKS);
        Side yourOffers = Side.of(dictionary, own, ProfileTag.OFFERS);
        boolean youSeekCountries = !own.getCountriesSought().isEmpty();
        List<RecommendationView> out = new ArrayList<>();
        for (Match m : matches) {
            CompanyRef ref = refs.get(m.companyId());
            PartnerProfile partner = partners.get(m.companyId());
            List<MatchedTerm> terms = explainer.terms(dictionary, m, yourSeeks, yourOffers,
                    Side.of(dictionary, partner, ProfileTag.OFFERS), Side.of(dictionary, partner, ProfileTag.SEEKS),
                    names);
            List<String> offer = m.theyOffer().stream().map(c -> RecommendationExplainer.gloss(c, names)).toList();
            List<String> seek = m.theySeek().stream().map(c -> RecommendationExplainer.gloss(c, names)).toList();
            out.add(new RecommendationView(m.companyId(), ref == null ? "#" + m.companyId() : ref.name(),
                    m.partnerCountry(), round(m.score()), round(m.needFit()), round(m.offerFit()), offer, seek,
                    explainer.reasons(m, terms, names, youSeekCountries, locale), m.direction().name(), terms,
                    m.competitor()));
        }
        return out;
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
