package no.kobling.geo.application;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import no.kobling.geo.Geography;
import no.kobling.geo.MunicipalityRef;
import no.kobling.geo.NaceRef;
import no.kobling.geo.domain.Municipality;
import no.kobling.geo.persistence.MunicipalityRepository;
import no.kobling.geo.persistence.NaceCodeRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reference data about places, for other modules. */
@Service
@Transactional(readOnly = true)
class GeoService implements Geography {

    private final MunicipalityRepository municipalities;
    private final NaceCodeRepository nace;

    GeoService(MunicipalityRepository municipalities, NaceCodeRepository nace) {
        this.municipalities = municipalities;
        this.nace = nace;
    }

    @Override
    public Optional<MunicipalityRef> municipality(long id) {
        return municipalities.findById(id).map(GeoService::ref);
    }

    @Override
    public Optional<MunicipalityRef> municipalityByCode(String countryCode, String code) {
        if (countryCode == null || code == null) {
            return Optional.empty();
        }
        return municipalities.findByCountryCodeAndCode(countryCode.toUpperCase(), code.trim()).map(GeoService::ref);
    }

    @Override
    public List<MunicipalityRef> municipalities(Collection<Long> ids) {
        return municipalities.findAllById(ids).stream().map(GeoService::ref)
                .sorted(java.util.Comparator.comparing(MunicipalityRef::name)).toList();
    }

    @Override
    public List<MunicipalityRef> allMunicipalities(String countryCode) {
        List<Municipality> list = countryCode == null ? municipalities.findAllByOrderByCountryCodeAscNameAsc()
                : municipalities.findByCountryCodeOrderByNameAsc(countryCode.toUpperCase());
        return list.stream().map(GeoService::ref).toList();
    }

    @Override
    public List<MunicipalityRef> municipalitiesOfRegion(long regionId) {
        return municipalities.findByRegionIdOrderByNameAsc(regionId).stream().map(GeoService::ref).toList();
    }

    @Override
    public Optional<NaceRef> nace(String code, String lang) {
        String c = normalise(code);
        return c.isEmpty() ? Optional.empty() : nace.findById(c).map(n -> ref(IndustryQueries.summary(n, lang)));
    }

    @Override
    public List<NaceRef> naceChildren(String code, String lang) {
        String c = normalise(code);
        return c.isEmpty() ? List.of() : nace.findByParentCodeOrderBySortOrderAsc(c).stream()
                .map(n -> ref(IndustryQueries.summary(n, lang))).toList();
    }

    private static String normalise(String code) {
        return code == null ? "" : code.strip().toUpperCase(java.util.Locale.ROOT);
    }

    private static NaceRef ref(NaceSummary s) {
        return new NaceRef(s.code(), s.level(), s.parentCode(), s.sectionCode(), s.title(), s.titleLanguage());
    }

    static MunicipalityRef ref(Municipality m) {
        return new MunicipalityRef(m.getId(), m.getCountryCode(), m.getCode(), m.getName(), m.getRegion().getCode(),
                m.getRegion().getName());
    }
}
