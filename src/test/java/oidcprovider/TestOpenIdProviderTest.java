package oidcprovider;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** The test provider itself answers discovery with its own issuer (the SSO tests depend on it). */
class TestOpenIdProviderTest {

    @Test
    void discoveryNamesTheIssuerAndTheEndSessionEndpoint() throws Exception {
        TestOpenIdProvider idp = TestOpenIdProvider.shared();
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(idp.issuer() + "/.well-known/openid-configuration")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("\"issuer\":\"" + idp.issuer() + "\"").contains("end_session_endpoint");
    }
}
