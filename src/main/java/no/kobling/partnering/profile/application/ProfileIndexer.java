package no.kobling.partnering.profile.application;

import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import no.kobling.company.Companies;
import no.kobling.company.CompanyRef;
import no.kobling.geo.Geography;
import no.kobling.identity.SystemAccess;
import no.kobling.partnering.profile.domain.PartnerProfile;
import no.kobling.partnering.profile.domain.ProfileTag;
import no.kobling.partnering.profile.matching.ConceptDictionary;
import no.kobling.partnering.profile.matching.MatchIndex;
import no.kobling.partnering.profile.matching.MatchProfile;
import no.kobling.partnering.profile.matching.MatchWeights;
import no.kobling.partnering.profile.persistence.PartnerProfileRepository;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Keeps the in-memory {@link MatchIndex} in step with the profiles: built from the database on first use, updated
 * after each committed change. One index per application node (see docs/decisions/partner-matching.md).
 */
@Component
public class ProfileIndexer {

    private final PartnerProfileRepository profiles;
    private final Companies companies;
    private final Geography geography;
    private final Clock clock;
    private final MatchIndex index;
    private volatile boolean built;

    ProfileIndexer(PartnerProfileRepository profiles, Companies companies, Geography geography, Clock clock,
            @Value("${kobling.partnering.cross-border-weight:0.1}") double crossBorderWeight) {
        this.profiles = profiles;
        this.companies = companies;
        this.geography = geography;
        this.clock = clock;
        this.index = new MatchIndex(ConceptDictionary.standard(), MatchWeights.defaults()
                .withCrossBorder(crossBorderWeight));
    }

    /** The index, built on first use. */
    public MatchIndex index() {
        if (!built) {
            synchronized (this) {
                if (!built) {
                    index.clear();
                    toMatch(profiles.findAll()).forEach(index::put);
                    built = true;
                }
            }
        }
        return index;
    }

    public ConceptDictionary dictionary() {
        return index.dictionary();
    }

    /** Re-indexes a profile once the current transaction commits (at once without one). */
    public void changed(PartnerProfile profile) {
        MatchProfile match = toMatch(List.of(profile)).get(0);
        Runnable update = () -> {
            if (built) {
                index.put(match);
            }
        };
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    update.run();
                }
            });
        } else {
            update.run();
        }
    }

    public List<MatchProfile> toMatch(Collection<PartnerProfile> list) {
        if (list.isEmpty()) {
            return List.of();
        }
        Map<Long, CompanyRef> refs = new HashMap<>();
        SystemAccess.run(() -> companies.refs(list.stream().map(PartnerProfile::getCompanyId).toList()))
                .forEach(r -> refs.put(r.id(), r));
        Set<Long> municipalityIds = refs.values().stream().map(CompanyRef::municipalityId).filter(Objects::nonNull)
                .collect(Collectors.toSet());
        Map<Long, String> regions = new HashMap<>();
        if (!municipalityIds.isEmpty()) {
            SystemAccess.run(() -> geography.municipalities(municipalityIds))
                    .forEach(m -> regions.put(m.id(), m.regionCode()));
        }
        ConceptDictionary dictionary = index.dictionary();
        var now = clock.instant();
        return list.stream().map(p -> {
            CompanyRef ref = refs.get(p.getCompanyId());
            return new MatchProfile(p.getCompanyId(), ref == null ? null : ref.countryCode(),
                    ref == null ? null : MatchProfile.division(ref.naceCode()),
                    ref == null || ref.municipalityId() == null ? null : regions.get(ref.municipalityId()),
                    concepts(dictionary, p.getOffers(), p.getOffersLanguage(), p.tagsOn(ProfileTag.OFFERS)),
                    concepts(dictionary, p.getSeeks(), p.getSeeksLanguage(), p.tagsOn(ProfileTag.SEEKS)),
                    p.getCooperationTypes(),
                    p.getIndustries().stream().map(MatchProfile::division).filter(Objects::nonNull)
                            .collect(Collectors.toSet()),
                    p.getLanguages(), p.getCountriesSought(), p.getRegionsSought(),
                    p.getOwnerOrganisationId() == null ? -1 : p.getOwnerOrganisationId(), p.isPublic(now));
        }).toList();
    }

    /**
     * The concepts of a text (analysed in its declared or detected language, see ConceptDictionary.analyse) and of
     * the tags chosen with it.
     */
    static int[] concepts(ConceptDictionary dictionary, String text, String language, Set<String> tags) {
        Set<Integer> all = new TreeSet<>(dictionary.analyse(text, language).keySet());
        for (String tag : tags) {
            int c = dictionary.concept(tag);
            if (c >= 0) {
                all.add(c);
            }
        }
        return all.stream().mapToInt(Integer::intValue).toArray();
    }

    /** Drops a profile that no longer exists from this node's index ({@link ProfileIndexSync}). */
    void removed(long companyId) {
        if (built) {
            index.remove(companyId);
        }
    }
}
