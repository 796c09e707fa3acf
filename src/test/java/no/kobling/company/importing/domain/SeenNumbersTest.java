package no.kobling.company.importing.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SeenNumbersTest {

    @Test
    void remembersEveryNumberOnceAndGrowsInProportion() {
        SeenNumbers seen = new SeenNumbers();
        int n = 200_000;
        for (int i = 0; i < n; i++) {
            assertThat(seen.add(String.valueOf(800_000_000L + i))).isTrue();
        }
        for (int i = 0; i < n; i += 997) {
            assertThat(seen.add(String.valueOf(800_000_000L + i))).isFalse();
        }
        assertThat(seen.size()).isEqualTo(n);
        // load factor stays between 1/4 and 1/2: memory proportional to the numbers seen, not more
        assertThat(seen.capacity()).isBetween(2 * n, 4 * n);
    }

    @Test
    void finnishAndSwedishFormsAreKeyedByTheirDigits() {
        SeenNumbers seen = new SeenNumbers();
        assertThat(seen.add("2331972-7")).isTrue();
        assertThat(seen.add("2331972-7")).isFalse();
        assertThat(seen.add("5560160680")).isTrue();
    }
}
