package no.kobling.company.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import no.kobling.shared.DomainException;
import org.junit.jupiter.api.Test;

class CompanyDomainTest {

    static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");
    static final LocalDate TODAY = LocalDate.parse("2026-03-01");

    @Test
    void sizeBandsFollowTheDocumentedLimits() {
        assertThat(SizeBand.of(null)).isEqualTo(SizeBand.UNKNOWN);
        assertThat(SizeBand.of(0)).isEqualTo(SizeBand.NONE);
        assertThat(SizeBand.of(1)).isEqualTo(SizeBand.MICRO);
        assertThat(SizeBand.of(4)).isEqualTo(SizeBand.MICRO);
        assertThat(SizeBand.of(5)).isEqualTo(SizeBand.SMALL_MICRO);
        assertThat(SizeBand.of(9)).isEqualTo(SizeBand.SMALL_MICRO);
        assertThat(SizeBand.of(10)).isEqualTo(SizeBand.SMALL);
        assertThat(SizeBand.of(49)).isEqualTo(SizeBand.SMALL);
        assertThat(SizeBand.of(50)).isEqualTo(SizeBand.MEDIUM);
        assertThat(SizeBand.of(249)).isEqualTo(SizeBand.MEDIUM);
        assertThat(SizeBand.of(250)).isEqualTo(SizeBand.LARGE);
        assertThat(SizeBand.of(100_000)).isEqualTo(SizeBand.LARGE);
    }

    @Test
    void naceCodesCarryAllTheirAncestors() {
        assertThat(NaceLevels.of("62.01", "J")).containsExactly("J", "62", "62.0", "62.01");
        assertThat(NaceLevels.of("62.0", "J")).containsExactly("J", "62", "62.0");
        assertThat(NaceLevels.of("62", "J")).containsExactly("J", "62");
        assertThat(NaceLevels.of("J", "J")).containsExactly("J");
        assertThat(NaceLevels.of(null, null)).isEmpty();
    }

    @Test
    void namesAreNormalisedAndComparedTolerantly() {
        assertThat(CompanyNames.normalise("Ålesund Bakeri AS")).isEqualTo("alesund bakeri");
        assertThat(CompanyNames.normalise("Kiitos Oyj")).isEqualTo("kiitos");
        assertThat(CompanyNames.normalise("Søre Æsvika AB")).isEqualTo("sore aesvika");
        assertThat(CompanyNames.similar("Ålesund Bakeri AS", "Alesund bakeri")).isTrue();
        assertThat(CompanyNames.similar("Giske Sjømat AS", "Giske Sjomatt")).isTrue();
        assertThat(CompanyNames.similar("Nordlys Design", "Nordlys Design og Trykk AS")).isTrue();
        assertThat(CompanyNames.similar("Nordlys Design", "Sørlys Regnskap")).isFalse();
        assertThat(CompanyNames.similar("AS", "AS")).isFalse();
        assertThat(CompanyNames.distance("kitten", "sitting")).isEqualTo(3);
    }

    @Test
    void organisationNumberIsValidatedAndNormalised() {
        Company c = new Company("no", "974 760 673", "Brønnøysundregistrene", NOW);
        assertThat(c.getCountryCode()).isEqualTo("NO");
        assertThat(c.getOrgNumber()).isEqualTo("974760673");
        assertThatThrownBy(() -> new Company("NO", "974760674", "X", NOW)).isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).code()).isEqualTo("invalid-org-number");
    }

    @Test
    void renamingKeepsTheOldNameAsFormerName() {
        Company c = new Company("NO", "974760673", "Gammelt Navn AS", NOW);
        assertThat(c.rename("Nytt Navn AS", TODAY)).isTrue();
        assertThat(c.rename("Nytt Navn AS", TODAY)).isFalse();
        assertThat(c.getFormerNames()).containsExactly(new FormerName("Gammelt Navn AS", TODAY));
    }

    @Test
    void mergeKeepsEverythingAndTheSurvivorWinsOnConflictingYears() {
        Company a = new Company("NO", "974760673", "Fjordbakst AS", NOW);
        a.recordFigure(2023, BigDecimal.valueOf(1000), "NOK", 3, FigureSource.ENTERED);
        Company b = new Company("NO", "923609016", "Fjordbakst Ålesund AS", NOW);
        b.rename("Fjord Bakst Ålesund AS", TODAY);
        b.recordFigure(2023, BigDecimal.valueOf(9999), "NOK", 9, FigureSource.IMPORTED);
        b.recordFigure(2022, BigDecimal.valueOf(800), "NOK", 2, FigureSource.IMPORTED);

        List<Integer> conflicts = a.absorb(b, TODAY, NOW);

        assertThat(conflicts).containsExactly(2023);
        assertThat(a.getFigures()).extracting(YearlyFigure::getFiscalYear).containsExactly(2022, 2023);
        assertThat(a.figure(2023).orElseThrow().getRevenue()).isEqualByComparingTo("1000");
        assertThat(a.figure(2022).orElseThrow().getRevenue()).isEqualByComparingTo("800");
        assertThat(a.getFormerNames()).extracting(FormerName::getName)
                .containsExactlyInAnyOrder("Fjord Bakst Ålesund AS", "Fjordbakst Ålesund AS");
        assertThat(b.getFigures()).hasSize(2);
        assertThatThrownBy(() -> a.absorb(a, TODAY, NOW)).isInstanceOf(DomainException.class);
    }

    @Test
    void figuresAreValidated() {
        Company c = new Company("NO", "974760673", "Tall AS", NOW);
        assertThatThrownBy(() -> c.recordFigure(2024, BigDecimal.TEN, "USD", 1, FigureSource.ENTERED))
                .isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> c.recordFigure(2024, null, null, -1, FigureSource.ENTERED))
                .isInstanceOf(DomainException.class);
        c.recordFigure(2024, BigDecimal.TEN, "NOK", 1, FigureSource.ENTERED);
        c.recordFigure(2024, BigDecimal.ONE, "NOK", 2, FigureSource.ENTERED);
        assertThat(c.getFigures()).hasSize(1);
        assertThat(c.figure(2024).orElseThrow().getEmployees()).isEqualTo(2);
    }

    @Test
    void entrepreneursNeedConsent() {
        assertThatThrownBy(() -> new Entrepreneur(1L, "Kari", false, NOW)).isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).code()).isEqualTo("consent-required");
        Entrepreneur e = new Entrepreneur(1L, "Kari", true, NOW);
        assertThat(e.getConsentAt()).isEqualTo(NOW);
        e.startedCompany(5L, TODAY);
        assertThat(e.getCompanyLinkedOn()).isEqualTo(TODAY);
        e.update("Kari N", null, null, null, null, true, Set.of());
        assertThat(e.isShared()).isTrue();
    }
}
