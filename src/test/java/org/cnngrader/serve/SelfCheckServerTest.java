package org.cnngrader.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Whom a rate limit counts: behind the course's reverse proxy on the same machine every request comes from a loopback
 * address, and each student is the address the proxy forwards; anyone else is their own address, whatever header
 * they send.
 */
class SelfCheckServerTest {

    @Test
    void aProxyOnThisMachineIsSeenThroughOnIpv4AndIpv6() {
        String forwarded = "198.51.100.4, 203.0.113.9";
        assertThat(SelfCheckServer.client(new InetSocketAddress("127.0.0.1", 40000), forwarded))
                .isEqualTo("203.0.113.9");
        assertThat(SelfCheckServer.client(new InetSocketAddress("::1", 40000), forwarded)).isEqualTo("203.0.113.9");
        assertThat(SelfCheckServer.client(new InetSocketAddress("::1", 40000), null)).isEqualTo("0:0:0:0:0:0:0:1");
    }

    @Test
    void aClientElsewhereCannotChooseWhomItCountsAs() {
        assertThat(SelfCheckServer.client(new InetSocketAddress("192.0.2.5", 40000), "203.0.113.9"))
                .isEqualTo("192.0.2.5");
        assertThat(SelfCheckServer.client(new InetSocketAddress("2001:db8::5", 40000), "203.0.113.9"))
                .isEqualTo("2001:db8:0:0:0:0:0:5");
    }

    @Test
    void eachStudentBehindTheProxyHasARateOfTheirOwn() throws Exception {
        byte[] sheet = Files.readAllBytes(Path.of("submissions-sample/ps2-team-f.csv"));
        try (Uploads uploads = new Uploads(1, 20L * 1024 * 1024, Optional.empty())) {
            assertThat(post(uploads, "198.51.100.4", sheet).statusCode()).isEqualTo(200);
            HttpResponse<String> again = post(uploads, "198.51.100.4", sheet);
            assertThat(again.statusCode()).isEqualTo(429);
            assertThat(again.headers().firstValue("Retry-After")).isPresent();
            assertThat(again.body()).contains("at most 1 a minute");
            assertThat(post(uploads, "198.51.100.5", sheet).statusCode()).isEqualTo(200);
        }
    }

    /**
     * A client over its rate is refused before its upload is read; the upload is read all the same, so that the
     * refusal reaches a client still sending rather than a connection reset under it (which a few hundred uploads of
     * a 74 kB PDF showed on busy cores).
     */
    @Test
    void aRefusalForTheRateReachesAClientStillSendingItsUpload() throws Exception {
        byte[] sheet = Files.readAllBytes(Path.of("submissions-sample/ps2-team-f.csv"));
        byte[] pdf = Files.readAllBytes(Path.of("submissions-sample/team-d/answers.pdf"));
        try (Uploads uploads = new Uploads(1, 20L * 1024 * 1024, Optional.empty())) {
            assertThat(uploads.post("/api/check", "e1394-ps2", "ps2-team-f.csv", sheet).statusCode()).isEqualTo(200);
            for (int round = 0; round < 300; round++) {
                HttpResponse<String> refused = uploads.post("/api/check", "e1394-ps2", "answers.pdf", pdf);
                assertThat(refused.statusCode()).isEqualTo(429);
                assertThat(refused.body()).contains("at most 1 a minute");
            }
        }
    }

    private static HttpResponse<String> post(Uploads uploads, String student, byte[] sheet) throws Exception {
        return uploads.client.send(HttpRequest.newBuilder(uploads.uri("/api/check"))
                .header("Content-Type", Uploads.contentTypeHeader()).header("X-Forwarded-For", student)
                .POST(HttpRequest.BodyPublishers.ofByteArray(Uploads.multipart("e1394-ps2", "ps2-team-f.csv", sheet)))
                .build(), HttpResponse.BodyHandlers.ofString());
    }
}
