package dev.sagedeck.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The harness fails loudly when the moto it was told to use is not there; AWS tests never skip. */
class MotoServerTest {

    @Test
    void givenEndpointNobodyListensOn_failsNamingTheAddress() throws IOException {
        int closedPort;
        try (ServerSocket s = new ServerSocket(0)) {
            closedPort = s.getLocalPort();
        }
        URI nowhere = URI.create("http://127.0.0.1:" + closedPort);

        assertThatThrownBy(() -> MotoServer.requireReachable(nowhere, Duration.ofMillis(300)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("moto_server is required but not reachable at " + nowhere);
    }

    @Test
    void runningMoto_isAcceptedAsIs() {
        URI running = MotoServer.endpoint();

        assertThat(MotoServer.requireReachable(running, Duration.ofSeconds(5))).isEqualTo(running);
    }
}
