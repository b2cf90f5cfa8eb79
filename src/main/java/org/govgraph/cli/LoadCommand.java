package org.govgraph.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.govgraph.ingest.DatasetException;
import org.govgraph.ingest.DatasetSource;
import org.govgraph.ingest.LoadSummary;
import org.govgraph.store.DataDirectoryInUseException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code govgraph load FILE...}: checks dataset files and loads them all, or none. */
@Command(name = "load", mixinStandardHelpOptions = true,
        description = "Check dataset files (YAML or JSON, see docs/dataset-format.md) and load them all in one "
                + "transaction, or none: into the embedded database in --data-dir when no server holds it, or "
                + "through a running server's Bolt with --neo4j-uri.",
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {"0:loaded", "1:nothing loaded: a file was refused or the database failed", "2:bad command line"})
final class LoadCommand implements Callable<Integer> {

    @Mixin
    Settings settings;

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Dataset files (.yaml, .yml or .json).")
    List<Path> files;

    @Override
    public Integer call() {
        var config = settings.toConfig();
        var err = spec.commandLine().getErr();
        var out = spec.commandLine().getOut();
        List<DatasetSource> sources = new ArrayList<>();
        for (Path file : files) {
            if (!Files.isRegularFile(file)) {
                err.println("govgraph load: " + file + ": no such file; nothing was loaded");
                return 1;
            }
            sources.add(DatasetSource.read(file, config.limits().maxDatasetBytes()));
        }
        try (var services = openForLoad(config)) {
            LoadSummary summary = services.loader.load(sources);
            for (var d : summary.datasets()) {
                out.printf("loaded %s: inspection %s of %s, %d findings, %d recommendations, %d spells%n",
                        d.file(), d.inspection(), d.authority(), d.findings(), d.recommendations(), d.spells());
            }
            out.printf("%d file(s) loaded in %d ms: %d nodes and %d relationships created, %d properties set%n",
                    summary.datasets().size(), summary.millis(), summary.nodesCreated(),
                    summary.relationshipsCreated(), summary.propertiesSet());
            return 0;
        } catch (DatasetException e) {
            err.println("govgraph load: " + e.getMessage());
            return 1;
        }
    }

    static Services openForLoad(org.govgraph.config.GovgraphConfig config) {
        try {
            return Services.open(config);
        } catch (DataDirectoryInUseException e) {
            throw new IllegalStateException("the data directory " + e.dataDir() + " is in use by a running "
                    + "govgraph: load through it with --neo4j-uri bolt://HOST:PORT and its Bolt password", e);
        }
    }
}
