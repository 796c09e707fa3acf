package no.kobling.advisory.catalogue.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.kobling.advisory.catalogue.domain.ExpertRanking.Candidate;
import no.kobling.advisory.catalogue.domain.ExpertRanking.Distance;
import no.kobling.advisory.catalogue.domain.ExpertRanking.Place;
import no.kobling.shared.DomainException;
import org.junit.jupiter.api.Test;

/** Rules of the catalogue's domain: referral moves, service texts and area, distance and ranking. */
class CatalogueDomainTest {

    static final LocalDate DAY = LocalDate.of(2026, 12, 3);

    Referral referral() {
        return new Referral(1, 2, 3, 4L, "adv", null, DAY, Instant.parse("2026-12-03T10:00:00Z"));
    }

    @Test
    void referralMovesOnlyForwardAndFeedbackNeedsAScoreFromOneToFive() {
        Referral r = referral();
        assertThatThrownBy(() -> r.deliver(DAY)).isInstanceOfSatisfying(DomainException.class, e -> {
            assertThat(e.code()).isEqualTo("referral-transition-illegal");
            assertThat(e.messageKey()).isEqualTo("catalogue.error.transition.REFERRED");
            assertThat(e.status()).isEqualTo(409);
        });
        r.accept(DAY);
        assertThatThrownBy(() -> r.giveFeedback(4, null)).isInstanceOf(DomainException.class);
        r.deliver(DAY);
        assertThatThrownBy(() -> r.giveFeedback(6, null)).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.code()).isEqualTo("referral-feedback-score"));
        assertThatThrownBy(() -> r.giveFeedback(0, null)).isInstanceOf(DomainException.class);
        assertThat(r.getStatus()).isEqualTo(ReferralStatus.DELIVERED);
        r.giveFeedback(5, "  Nyttig ");
        assertThat(r.getStatus()).isEqualTo(ReferralStatus.FEEDBACK_GIVEN);
        assertThat(r.getFeedbackComment()).isEqualTo("Nyttig");
        assertThatThrownBy(() -> r.giveFeedback(3, null)).isInstanceOf(DomainException.class);

        Referral declined = referral();
        declined.decline(DAY);
        assertThatThrownBy(() -> declined.accept(DAY)).isInstanceOf(DomainException.class);
    }

    @Test
    void serviceNeedsANameAndAnAreaAndFallsBackToAnotherLanguage() {
        OfferedService s = new OfferedService(1, "coord", Instant.EPOCH);
        assertThatThrownBy(() -> s.describe(Map.of("nb", new ServiceText(" ", null))))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.code()).isEqualTo("service-name-required"));
        assertThatThrownBy(() -> s.describe(Map.of("de", new ServiceText("Export", null))))
                .isInstanceOf(DomainException.class);
        s.describe(Map.of("sv", new ServiceText("Rådgivning", null), "en", new ServiceText("Advice", "Free")));
        assertThat(s.name("sv")).isEqualTo("Rådgivning");
        assertThat(s.name("en")).isEqualTo("Advice");
        assertThat(s.name("nb")).isEqualTo("Rådgivning");
        assertThat(s.name("fi")).isEqualTo("Rådgivning");
        assertThatThrownBy(() -> s.offerIn(null, Set.of())).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.code()).isEqualTo("service-area-required"));
        s.offerIn(7L, Set.of(10L));
        assertThat(s.isOfferedIn(10, Set.of())).isTrue();
        assertThat(s.isOfferedIn(11, Set.of(11L, 12L))).isTrue();
        assertThat(s.isOfferedIn(13, Set.of(11L, 12L))).isFalse();
        assertThatThrownBy(() -> s.limitTo(-1)).isInstanceOf(DomainException.class);
    }

    @Test
    void distanceIsSameMunicipalityThenRegionThenCountryThenOther() {
        Place giske = new Place(1L, "15", "NO");
        assertThat(Distance.between(giske, new Place(1L, "15", "NO"))).isEqualTo(Distance.SAME_MUNICIPALITY);
        assertThat(Distance.between(giske, new Place(2L, "15", "NO"))).isEqualTo(Distance.SAME_REGION);
        assertThat(Distance.between(giske, new Place(3L, "50", "NO"))).isEqualTo(Distance.SAME_COUNTRY);
        assertThat(Distance.between(giske, new Place(4L, "25", "SE"))).isEqualTo(Distance.OTHER);
        assertThat(Distance.between(giske, Place.UNKNOWN)).isEqualTo(Distance.UNKNOWN);
    }

    @Test
    void rankingWeighsCompetenceLanguageCapacityAndDistance() {
        Place company = new Place(1L, "15", "NO");
        Candidate both = new Candidate(1, "Both", Set.of("sv"), Set.of("export", "financing"),
                new Place(2L, "15", "NO"), BigDecimal.TEN, BigDecimal.valueOf(5));
        Candidate half = new Candidate(2, "Half", Set.of("sv"), Set.of("export"), company, BigDecimal.TEN,
                BigDecimal.ZERO);
        Candidate none = new Candidate(3, "None", Set.of("sv"), Set.of("tourism"), company, BigDecimal.TEN,
                BigDecimal.ZERO);
        Candidate zero = new Candidate(4, "Zero", Set.of(), Set.of("financing"), Place.UNKNOWN, BigDecimal.ZERO,
                BigDecimal.ZERO);
        var ranked = ExpertRanking.rank(new ExpertRanking.Query(Set.of("export", "financing"), "sv", company),
                List.of(none, half, zero, both));
        // both: 50 + 20 + 20*5/10 + 10*2/3 = 86.67; half: 25 + 20 + 20 + 10 = 75; zero: 25 + 0 + 0 + 0
        assertThat(ranked).extracting(r -> r.candidate().name()).containsExactly("Both", "Half", "Zero");
        assertThat(ranked).extracting(ExpertRanking.Ranked::score).containsExactly(87, 75, 25);
        assertThat(ranked.get(0).hoursLeft()).isEqualByComparingTo("5");
        assertThat(ExpertRanking.rank(new ExpertRanking.Query(Set.of(), null, company), List.of(both))).isEmpty();
    }

    @Test
    void hoursArePositiveAndDeliveredHoursAreNotInTheFuture() {
        assertThatThrownBy(() -> Hours.positive(BigDecimal.valueOf(-1), BigDecimal.TEN))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.code()).isEqualTo("hours-not-positive"));
        assertThatThrownBy(() -> Hours.positive(BigDecimal.valueOf(11), BigDecimal.TEN))
                .isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> new DeliveredHours(1, DAY.plusDays(1), BigDecimal.ONE, null, "e", Instant.EPOCH,
                DAY)).isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.code()).isEqualTo("hours-in-future"));
        assertThat(new DeliveredHours(1, DAY, new BigDecimal("1.25"), null, "e", Instant.EPOCH, DAY).getHours())
                .isEqualByComparingTo("1.3");
    }
}
