package org.govgraph.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class GovgraphConfigTest {

    private static GovgraphConfig config(int httpPort, String uri, String password) {
        return new GovgraphConfig("127.0.0.1", httpPort, "127.0.0.1", 7687, Path.of("data"), uri, "neo4j", password,
                "neo4j", true, GovgraphConfig.Limits.defaults());
    }

    @Test
    void withoutAUriTheDatabaseIsEmbedded() {
        assertThat(config(8080, null, null).embedded()).isTrue();
        assertThat(config(8080, "  ", null).embedded()).isTrue();
        assertThat(config(8080, "neo4j://cluster.example:7687", "secret-password").embedded()).isFalse();
    }

    @Test
    void refusesWhatCannotWork() {
        assertThatThrownBy(() -> config(70000, null, null)).hasMessageContaining("http port");
        assertThatThrownBy(() -> config(8080, "http://localhost:7474", "x")).hasMessageContaining("bolt://");
        assertThatThrownBy(() -> config(8080, null, "short")).hasMessageContaining("at least 8 characters");
    }

    @Test
    void theDataDirectoryIsMadeAbsolute() {
        assertThat(config(8080, null, null).dataDir()).isAbsolute();
    }
}
