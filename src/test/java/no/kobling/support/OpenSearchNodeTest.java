package no.kobling.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The test node starts, answers as OpenSearch 2.19, and folds and prefixes Nordic names with analysis-common. */
@Tag("search")
class OpenSearchNodeTest {

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void startsOnceAndAnswersAsOpenSearch() throws Exception {
        String url = OpenSearchNode.url();
        assertThat(OpenSearchNode.url()).isEqualTo(url);
        String root = send("GET", url + "/", null);
        assertThat(root).contains("\"distribution\" : \"opensearch\"");
        if (!OpenSearchNode.isExternal()) {
            assertThat(root).contains("\"number\" : \"2.19.6\"");
        }
    }

    @Test
    void analysisCommonFoldsAndPrefixesNames() throws Exception {
        String url = OpenSearchNode.url();
        String tokens = send("POST", url + "/_analyze", """
                {"tokenizer":"standard","filter":["lowercase","asciifolding",
                 {"type":"edge_ngram","min_gram":1,"max_gram":20}],"text":"Ålesund Rør"}""");
        assertThat(tokens).contains("\"token\" : \"ales\"", "\"token\" : \"alesund\"", "\"token\" : \"ror\"")
                .doesNotContain("Å");
    }

    private String send(String method, String address, String json) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(address + "?pretty"));
        request = json == null ? request.GET()
                : request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json));
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return response.body();
    }
}
