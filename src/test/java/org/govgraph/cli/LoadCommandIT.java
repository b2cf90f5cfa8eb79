package org.govgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.govgraph.support.SampleDataset;
import org.govgraph.support.TestGraph;
import org.junit.jupiter.api.Test;

/** {@code govgraph load FILE...} against a data directory no server holds, as a user runs it. */
class LoadCommandIT {

    private static CliRun run(String... args) {
        return CliRun.run(args);
    }

    @Test
    void loadsAFileIntoTheDataDirectoryAndRefusesABadOneWithExit1() throws Exception {
        Path dir = Files.createTempDirectory("govgraph-load-");
        Path good = dir.resolve("testshire-2020-01.yaml");
        Files.writeString(good, SampleDataset.YAML);
        Path bad = dir.resolve("bad.yaml");
        Files.writeString(bad, SampleDataset.with("polarity: strength", "polarity: splendid"));
        String port = Integer.toString(TestGraph.freePort());

        var loaded = run("load", "--data-dir", dir.resolve("data").toString(), "--bolt-port", port, good.toString());
        assertThat(loaded.exit()).as(loaded.err()).isZero();
        assertThat(loaded.out()).contains("loaded " + good + ": inspection testshire-2020-01 of testshire, 2 findings");
        assertThat(dir.resolve("data/credentials.properties")).exists();

        var refused = run("load", "--data-dir", dir.resolve("data").toString(), "--bolt-port", port, bad.toString());
        assertThat(refused.exit()).isEqualTo(1);
        assertThat(refused.err()).contains(bad + ", line " + SampleDataset.lineOf("polarity: strength")
                + " (findings/0/polarity)", "nothing was loaded");
    }

    @Test
    void aMissingFileIsNamedAndNothingIsLoaded() {
        var run = run("load", "--data-dir", "target/never-created", "no/such/file.yaml");
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains("no/such/file.yaml: no such file");
        assertThat(Path.of("target/never-created")).doesNotExist();
    }

    @Test
    void aDataDirectoryInUseIsExplained() throws Exception {
        var db = TestGraph.get();
        Path file = Files.createTempFile("testshire-", ".yaml");
        Files.writeString(file, SampleDataset.YAML);
        var run = run("load", "--data-dir", db.config.dataDir().toString(), "--bolt-port",
                Integer.toString(TestGraph.freePort()), file.toString());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains("in use by a running govgraph", "--neo4j-uri");
    }

    @Test
    void helpListsEveryFlagWithItsEnvironmentVariable() {
        var run = run("serve", "--help");
        assertThat(run.exit()).isZero();
        for (String flag : new String[] {"--http-port", "--bolt-port", "--data-dir", "--neo4j-uri", "--neo4j-user",
                "--neo4j-password"}) {
            String env = "GOVGRAPH_" + flag.substring(2).replace('-', '_').toUpperCase(java.util.Locale.ROOT);
            assertThat(run.out()).contains(flag, env);
        }
    }

    @Test
    void aBadFlagValueIsACommandLineError() {
        var run = run("serve", "--http-port", "eighty");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("--http-port", "eighty");
        var impossible = run("serve", "--http-port", "70000");
        assertThat(impossible.exit()).isEqualTo(2);
        assertThat(impossible.err()).contains("http port must be between 0 and 65535");
        var wrongScheme = run("load", "--neo4j-uri", "http://localhost:7474", "x.yaml");
        assertThat(wrongScheme.exit()).isEqualTo(2);
        assertThat(wrongScheme.err()).contains("bolt://");
    }
}
