package org.govgraph.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.govgraph.config.GovgraphConfig;
import org.govgraph.support.TestGraph;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.exceptions.AuthenticationException;
import org.neo4j.driver.exceptions.ClientException;

/** The embedded database keeps its data and password across restarts, and is closed to what it should refuse. */
class EmbeddedDatabaseIT {

    private static GovgraphConfig config(Path dir, int port, String password) {
        var c = TestGraph.config(dir, port);
        return new GovgraphConfig(c.httpHost(), c.httpPort(), c.boltHost(), c.boltPort(), c.dataDir(), null,
                "neo4j", password, "neo4j", false, c.limits());
    }

    private static String storedPassword(Path dir) throws Exception {
        var props = new Properties();
        try (var in = Files.newBufferedReader(dir.resolve("credentials.properties"))) {
            props.load(in);
        }
        return props.getProperty("neo4j.password");
    }

    @Test
    void dataAndGeneratedPasswordSurviveARestartAndANewPasswordReplacesTheOld() throws Exception {
        Path dir = Files.createTempDirectory("govgraph-restart-");
        int port = TestGraph.freePort();

        var first = GraphConnector.open(config(dir, port, null));
        String generated;
        try (var graph = first.graph()) {
            assertThat(first.passwordGenerated()).isTrue();
            generated = first.password();
            assertThat(generated).hasSizeGreaterThanOrEqualTo(GovgraphConfig.MIN_PASSWORD_LENGTH);
            graph.write(tx -> tx.run("CREATE (:Authority {id: 'survivor', name: 'Survivor Council'})").consume());
        }
        assertThat(storedPassword(dir)).isEqualTo(generated);
        assertThat(Files.getPosixFilePermissions(dir.resolve("credentials.properties")))
                .containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);

        var second = GraphConnector.open(config(dir, port, null));
        try (var graph = second.graph()) {
            assertThat(second.passwordGenerated()).isFalse();
            assertThat(second.password()).isEqualTo(generated);
            assertThat(graph.readAll("MATCH (a:Authority {id: 'survivor'}) RETURN a.name AS name", Map.of()))
                    .extracting(r -> r.get("name").asString()).containsExactly("Survivor Council");
        }

        var third = GraphConnector.open(config(dir, port, "a-new-password-1"));
        try (var graph = third.graph()) {
            assertThat(storedPassword(dir)).isEqualTo("a-new-password-1");
            try (var driver = GraphDatabase.driver(third.boltUri(), AuthTokens.basic("neo4j", generated))) {
                assertThatThrownBy(driver::verifyConnectivity).isInstanceOf(AuthenticationException.class);
            }
        }
    }

    @Test
    void boltRefusesAWrongPasswordAndLoadCsvCannotReadFiles() {
        var db = TestGraph.get();
        try (var driver = GraphDatabase.driver(db.opened.boltUri(), AuthTokens.basic("neo4j", "not-the-password"))) {
            assertThatThrownBy(driver::verifyConnectivity).isInstanceOf(AuthenticationException.class);
        }
        assertThatThrownBy(() -> db.graph.readAll("LOAD CSV FROM 'file:///etc/passwd' AS row RETURN count(row)", Map.of()))
                .isInstanceOf(ClientException.class)
                .hasMessageContaining("file");
        // the running server's own settings: Bolt bound to loopback, authentication on, no file URLs
        var settings = new java.util.HashMap<String, String>();
        db.graph.readAll("SHOW SETTINGS YIELD name, value WHERE name IN $names RETURN name, value",
                Map.of("names", List.of("server.bolt.listen_address", "dbms.security.auth_enabled",
                        "dbms.security.allow_csv_import_from_file_urls", "db.transaction.timeout")))
                .forEach(r -> settings.put(r.get("name").asString(), r.get("value").asString()));
        assertThat(settings.get("server.bolt.listen_address")).startsWith("127.0.0.1:");
        assertThat(settings).containsEntry("dbms.security.auth_enabled", "true")
                .containsEntry("dbms.security.allow_csv_import_from_file_urls", "false");
        assertThat(settings.get("db.transaction.timeout")).isNotIn("0s", "0", null);
    }

    @Test
    void theSchemaCanBeAppliedAgainWithoutChange() {
        var db = TestGraph.get();
        assertThat(new SchemaInitializer(db.graph).apply()).isEmpty();
        List<String> names = db.strings("SHOW INDEXES YIELD name, type WHERE type = 'FULLTEXT' RETURN name", Map.of());
        assertThat(names).contains("statement_text");
    }
}
