package org.govgraph.store;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.exceptions.AuthenticationException;
import org.neo4j.driver.exceptions.ClientException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Bolt password of the embedded database. A password given in the configuration wins; otherwise the
 * one kept in {@code DATA_DIR/credentials.properties} is reused, and at the very first start one is
 * generated and kept there (readable by the owner only). The password is set through Bolt itself, with
 * {@code ALTER CURRENT USER}, starting from Neo4j's initial {@code neo4j}/{@code neo4j}.
 */
final class EmbeddedCredentials {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedCredentials.class);
    private static final String INITIAL_PASSWORD = "neo4j";
    static final String FILE_NAME = "credentials.properties";

    private EmbeddedCredentials() {
    }

    /** What was settled: the password in force and whether it was generated just now. */
    record Settled(String user, String password, boolean generated, Path file) {
    }

    static Settled settle(URI boltUri, Path dataDir, String user, String configuredPassword) {
        Path file = dataDir.resolve(FILE_NAME);
        Optional<String> stored = read(file);
        boolean generated = configuredPassword == null && stored.isEmpty();
        String wanted = configuredPassword != null ? configuredPassword : stored.orElseGet(EmbeddedCredentials::generate);

        var candidates = new LinkedHashSet<String>();
        candidates.add(wanted);
        stored.ifPresent(candidates::add);
        candidates.add(INITIAL_PASSWORD);
        List<String> refusals = new ArrayList<>();
        for (String candidate : candidates) {
            try {
                useOrChange(boltUri, user, candidate, wanted);
                if (!stored.equals(Optional.of(wanted))) {
                    write(file, user, wanted);
                }
                if (!candidate.equals(wanted)) {
                    LOG.info("Bolt password of user {} set (kept in {})", user, file);
                }
                return new Settled(user, wanted, generated, file);
            } catch (AuthenticationException e) {
                refusals.add(e.getMessage());
            }
        }
        throw new IllegalStateException("The embedded database in " + dataDir + " refused the Bolt password for user '"
                + user + "' (the one given, the one in " + file + " and the initial one). Give the right one with "
                + "--neo4j-password or GOVGRAPH_NEO4J_PASSWORD. Neo4j said: " + String.join(" / ", refusals));
    }

    private static void useOrChange(URI boltUri, String user, String password, String wanted) {
        try (var driver = GraphDatabase.driver(boltUri, AuthTokens.basic(user, password),
                Config.builder().withMaxConnectionPoolSize(1).build());
             var session = driver.session(SessionConfig.forDatabase("system"))) {
            if (password.equals(wanted)) {
                try {
                    session.run("SHOW CURRENT USER YIELD user").consume();
                    return;
                } catch (ClientException e) {
                    if (!e.code().contains("CredentialsExpired")) {
                        throw e;
                    }
                    // the initial password is the one wanted: Neo4j still requires a change, so refuse it
                    throw new IllegalStateException("the password must differ from Neo4j's initial one");
                }
            }
            session.run("ALTER CURRENT USER SET PASSWORD FROM $old TO $new", Map.of("old", password, "new", wanted))
                    .consume();
        }
    }

    private static String generate() {
        byte[] bytes = new byte[18];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static Optional<String> read(Path file) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            var props = new Properties();
            props.load(in);
            return Optional.ofNullable(props.getProperty("neo4j.password")).filter(p -> !p.isEmpty());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private static void write(Path file, String user, String password) {
        try {
            Files.createDirectories(file.getParent());
            Path tmp = file.resolveSibling(FILE_NAME + ".tmp");
            Files.deleteIfExists(tmp);
            try {
                Files.createFile(tmp, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } catch (UnsupportedOperationException e) {
                Files.createFile(tmp);
            }
            try (Writer out = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                var props = new Properties();
                props.setProperty("neo4j.user", user);
                props.setProperty("neo4j.password", password);
                props.store(out, "Bolt credentials of govgraph's embedded Neo4j");
            }
            Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }
}
