package no.kobling.company.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SearchTextTest {

    @Test
    void removesQuerySyntaxAndCapsTheLength() {
        assertThat(SearchText.clean(null)).isEmpty();
        assertThat(SearchText.clean("\"")).isEmpty();
        assertThat(SearchText.clean("AND OR (")).isEqualTo("AND OR");
        assertThat(SearchText.clean("name:foo~2 ^3")).isEqualTo("name foo 2 3");
        assertThat(SearchText.clean("🚀 Ålesund")).isEqualTo("Ålesund");
        assertThat(SearchText.clean("x".repeat(10_000)).length()).isLessThanOrEqualTo(SearchText.MAX_CHARS);
        assertThat(SearchText.clean("a b c d e f g h i j k l m").split(" ")).hasSize(SearchText.MAX_TOKENS);
    }
}
