package no.kobling.company;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
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
        int[] weights = {3, 2, 7, 6, 5, 4, 3, 2};
        while (true) {
            StringBuilder s = new StringBuilder("9");
            for (int i = 1; i < 8; i++) {
                s.append(ThreadLocalRandom.current().nextInt(10));
            }
            int sum = 0;
            for (int i = 0; i < 8; i++) {
                sum += (s.charAt(i) - '0') * weights[i];
            }
            int check = 11 - sum % 11;
            if (check == 11) {
                check = 0;
            }
            if (check != 10) {
                return s.append(check).toString();
            }
        }
    }

    /** A valid, random Swedish organisation number (Luhn). */
    public static String swedishNumber() {
        StringBuilder s = new StringBuilder("55");
        for (int i = 2; i < 9; i++) {
            s.append(ThreadLocalRandom.current().nextInt(10));
        }
        for (int c = 0; c < 10; c++) {
            String candidate = s.toString() + c;
            if (OrganisationNumbers.isValid("SE", candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException();
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
