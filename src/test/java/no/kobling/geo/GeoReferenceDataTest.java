package no.kobling.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import no.kobling.geo.application.PlaceSearch;
import no.kobling.geo.domain.Municipality;
import no.kobling.geo.domain.NaceCode;
import no.kobling.geo.persistence.MunicipalityRepository;
import no.kobling.geo.persistence.NaceCodeRepository;
import no.kobling.geo.persistence.RegionRepository;
import no.kobling.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;

/** The reference data counts of the Foundation issue, on whichever database the suite runs against. */
@IntegrationTest
class GeoReferenceDataTest {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    RegionRepository regions;
    @Autowired
    MunicipalityRepository municipalities;
    @Autowired
    NaceCodeRepository nace;
    @Autowired
    PlaceSearch search;
    @Autowired
    Geography geography;

    @Test
    void countriesRegionsAndMunicipalities() {
        assertThat(jdbc.queryForList("select code from geo_country order by sort_order", String.class))
                .containsExactly("NO", "SE", "FI");
        assertThat(regions.countByCountryCode("NO")).isEqualTo(15);
        assertThat(regions.countByCountryCode("SE")).isEqualTo(21);
        assertThat(regions.countByCountryCode("FI")).isEqualTo(19);
        assertThat(municipalities.countByCountryCode("NO")).isEqualTo(357);
        assertThat(municipalities.countByCountryCode("SE")).isEqualTo(290);
        assertThat(municipalities.countByCountryCode("FI")).isEqualTo(308);
    }

    @Test
    void naceRev2WithNordicTitles() {
        assertThat(nace.count()).isEqualTo(996);
        assertThat(nace.countByLevel(1)).isEqualTo(21);
        assertThat(nace.countByLevel(2)).isEqualTo(88);
        assertThat(nace.countByLevel(3)).isEqualTo(272);
        assertThat(nace.countByLevel(4)).isEqualTo(615);
        NaceCode crops = nace.findById("01.1").orElseThrow();
        assertThat(crops.titleIn("nb")).isEqualTo("Dyrking av ettårige vekster");
        assertThat(nace.findById("01.11").orElseThrow().titleIn("sv"))
                .isEqualTo("Odling av spannmål (utom ris), baljväxter och oljeväxter");
        assertThat(nace.findById("A").orElseThrow().titleIn("fi")).isEqualTo("Maatalous, metsätalous ja kalatalous");
    }

    @Test
    void namesInEveryLanguageTheDataHas() {
        Municipality karasjok = municipalities.findByCountryCodeAndCode("NO", "5610").orElseThrow();
        assertThat(karasjok.getName()).isEqualTo("Kárášjohka - Karasjok");
        assertThat(karasjok.getNames()).containsEntry("se", "Kárášjohka").containsEntry("nb", "Karasjok");
        Municipality kafjord = municipalities.findByCountryCodeAndCode("NO", "5540").orElseThrow();
        assertThat(kafjord.getNames()).containsEntry("fkv", "Kaivuono");
        Municipality turku = municipalities.findByCountryCodeAndCode("FI", "853").orElseThrow();
        assertThat(turku.getNames()).containsEntry("fi", "Turku").containsEntry("sv", "Åbo");
        assertThat(geography.municipalityByCode("SE", "2584")).get().extracting(MunicipalityRef::name)
                .isEqualTo("Kiruna");
    }

    @Test
    void searchFindsPlacesByAnyOfTheirNames() {
        assertThat(first("Kárášjohka")).isEqualTo("NO5610");
        assertThat(first("Karasjok")).isEqualTo("NO5610");
        assertThat(first("Karasjohka")).isEqualTo("NO5610");
        assertThat(first("Åbo")).isEqualTo("FI853");
        assertThat(first("Turku")).isEqualTo("FI853");
        assertThat(first("Alesund")).isEqualTo("NO1508");
        assertThat(first("Kaivuono")).isEqualTo("NO5540");
        assertThat(first("Helsingfors")).isEqualTo("FI091");
    }

    @Test
    void searchFiltersByCountryAndPages() {
        var swedish = search.municipalities("", "SE", null, PageRequest.of(0, 50));
        assertThat(swedish.getTotalElements()).isEqualTo(290);
        assertThat(swedish.getContent()).hasSize(50).allMatch(m -> m.getCountryCode().equals("SE"));
        assertThat(search.municipalities("Åbo", "NO", null, PageRequest.of(0, 10)).getTotalElements()).isZero();
    }

    @Test
    void naceSearchInAnyLanguage() {
        List<NaceCode> hits = search.nace("spannmål", null, 5);
        assertThat(hits).extracting(NaceCode::getCode).contains("01.11");
        assertThat(search.nace("01.1", null, 3)).extracting(NaceCode::getCode).first().isEqualTo("01.1");
    }

    private String first(String q) {
        Municipality m = search.municipalities(q, null, null, PageRequest.of(0, 1)).getContent().get(0);
        return m.getCountryCode() + m.getCode();
    }
}
