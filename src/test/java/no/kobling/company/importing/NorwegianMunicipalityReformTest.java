package no.kobling.company.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import no.kobling.company.importing.domain.NorwegianMunicipalityReform;
import org.junit.jupiter.api.Test;

/** The old→new table (derived by name, see company-import/SOURCES.md) checked against the 2024 municipality list. */
class NorwegianMunicipalityReformTest {

    @Test
    void everyOldNameIsTheNameOfItsNewCodeInASuccessorCounty() throws Exception {
        Map<String, String> names2024 = new HashMap<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                getClass().getResourceAsStream("/geo/norway_municipalities.csv"), StandardCharsets.UTF_8))) {
            r.readLine();
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String[] f = line.split(",");
                names2024.put(f[0], f[3]); // kommunenavn_norsk
            }
        }
        Map<String, Set<String>> successors = Map.of("30", Set.of("31", "32", "33"), "38", Set.of("39", "40"),
                "54", Set.of("55", "56"));
        Set<String> usedNew = new HashSet<>();
        int rows = 0;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                getClass().getResourceAsStream(NorwegianMunicipalityReform.RESOURCE), StandardCharsets.UTF_8))) {
            r.readLine();
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String[] f = line.split(",");
                rows++;
                assertThat(names2024).as(line).containsKey(f[2]);
                assertThat(names2024.get(f[2])).as(line).isEqualTo(f[1]);
                assertThat(successors.get(f[0].substring(0, 2))).as(line).contains(f[2].substring(0, 2));
                assertThat(usedNew.add(f[2])).as("new code used twice: " + line).isTrue();
            }
        }
        assertThat(rows).isEqualTo(113);
        long inSuccessorCounties = names2024.keySet().stream()
                .filter(c -> Set.of("31", "32", "33", "39", "40", "55", "56").contains(c.substring(0, 2))).count();
        assertThat(usedNew).hasSize((int) inSuccessorCounties);
    }

    @Test
    void translatesUnambiguousCodesAndAlesundOnlyByPlace() {
        NorwegianMunicipalityReform reform = NorwegianMunicipalityReform.load();
        assertThat(reform.translate("3001")).contains("3101");
        assertThat(reform.translate("5401")).contains("5501");
        assertThat(reform.translate("3803")).contains("3905");
        assertThat(reform.translate("1507")).isEmpty();
        assertThat(reform.translateAlesund("BRATTVÅG")).contains("1580");
        assertThat(reform.translateAlesund(null, "Ålesund")).contains("1508");
        assertThat(reform.translateAlesund("VORMEDAL")).isEmpty();
        assertThat(reform.isRetired("0101")).isTrue();
        assertThat(reform.isRetired("1508")).isFalse();
    }
}
