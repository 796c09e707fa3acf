package no.kobling.company;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import no.kobling.company.application.CompanyCommand;
import no.kobling.company.application.CompanyService;
import no.kobling.company.application.Views.CompanyView;
import no.kobling.company.domain.CompanyFacts;
import no.kobling.company.domain.CompanyStatus;
import no.kobling.geo.Geography;
import no.kobling.identity.SystemAccess;

/** Creates test companies through the service (as the system) with valid, random organisation numbers. */
public final class CompanyTestData {

    private final CompanyService companies;
    private final Geography geography;

    public CompanyTestData(CompanyService companies, Geography geography) {
        this.companies = companies;
        this.geography = geography;
    }

    /** A valid, random Norwegian organisation number (mod 11). */
    public static String norwegianNumber() {
        return TestOrgNumbers.norway();
    }

    /** A valid, random Swedish organisation number (Luhn). */
    public static String swedishNumber() {
        return TestOrgNumbers.sweden();
    }

    public long municipality(String country, String code) {
        return SystemAccess.run(() -> geography.municipalityByCode(country, code).orElseThrow().id());
    }

    public static CompanyFacts facts(Integer employees, String description) {
        return new CompanyFacts("AS", null, null, null, null, null, null, null, null, null, null, null, employees,
                null, CompanyStatus.ACTIVE, null, description, List.of());
    }

    public CompanyView create(String name, String municipalityCode, String nace, Integer employees,
            String description, Set<String> targetGroups) {
        Long municipality = municipalityCode == null ? null : municipality("NO", municipalityCode);
        return SystemAccess.run(() -> companies.create(new CompanyCommand("NO", norwegianNumber(), name,
                facts(employees, description), nace, municipality, targetGroups)));
    }

    public void figure(long id, int year, long revenue, int employees) {
        SystemAccess.run(() -> companies.recordFigure(id, year, BigDecimal.valueOf(revenue), "NOK", employees, null));
    }
}
