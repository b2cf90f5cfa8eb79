package org.govgraph.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.govgraph.config.GovgraphConfig;
import org.govgraph.ingest.DatasetReader;
import org.govgraph.ingest.ThemeVocabulary;
import org.govgraph.ingest.synthetic.GenerationRequest;
import org.govgraph.ingest.synthetic.SeedMaterial;
import org.govgraph.ingest.synthetic.SyntheticDatasets;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code govgraph generate}: synthetic datasets for scale testing, shaped by the seed datasets and reproducible from a
 * seed number; every file says it is synthetic.
 */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = "Write synthetic datasets for scale testing, one YAML file per inspection: authorities spread "
                + "over England's regions, sharing regional boards and partners, with inspections, posts and spells, "
                + "findings and recommendations in the numbers and words of the seed datasets. The same seed gives the "
                + "same files, byte for byte. Every id starts syn- and every report says it is synthetic.",
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {"0:written", "1:failed while writing", "2:bad command line, or DIR not empty without --force"})
final class GenerateCommand implements Callable<Integer> {

    @Option(names = "--authorities", required = true, paramLabel = "N",
            description = "How many authorities (ids syn-001 and up), 1 to " + GenerationRequest.MAX_AUTHORITIES + ".")
    int authorities;

    @Option(names = "--inspections", required = true, paramLabel = "M",
            description = "How many inspections of each authority, each following up the one before, 1 to "
                    + GenerationRequest.MAX_INSPECTIONS + ".")
    int inspections;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "S",
            description = "Seed of the random numbers: the same seed gives the same files (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--out", required = true, paramLabel = "DIR",
            description = "Directory to write into, created if missing; it must be empty unless --force.")
    Path out;

    @Option(names = "--force",
            description = "Write into a DIR that is not empty: files generated before (syn-*.yaml) are removed first, "
                    + "other files are left alone.")
    boolean force;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        GenerationRequest request;
        try {
            request = new GenerationRequest(authorities, inspections, seed);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage(), e);
        }
        var err = spec.commandLine().getErr();
        if (Files.exists(out) && !Files.isDirectory(out)) {
            err.println("govgraph generate: " + out + " is a file, not a directory");
            return 2;
        }
        List<Path> present = list(out);
        if (!present.isEmpty() && !force) {
            err.println("govgraph generate: " + out + " is not empty (" + present.size() + " entries): give an empty "
                    + "or new directory, or --force to replace the synthetic files in it");
            return 2;
        }
        long started = System.nanoTime();
        for (Path file : present) {
            String name = file.getFileName().toString();
            if (name.startsWith("syn-") && name.endsWith(".yaml") && Files.isRegularFile(file)) {
                delete(file);
            }
        }
        long maxBytes = GovgraphConfig.Limits.defaults().maxDatasetBytes();
        var vocabulary = ThemeVocabulary.bundled();
        var material = SeedMaterial.bundled(new DatasetReader(maxBytes, vocabulary), vocabulary, maxBytes);
        var summary = new SyntheticDatasets(material).write(request, out);
        double seconds = (System.nanoTime() - started) / 1e9;
        spec.commandLine().getOut().printf(java.util.Locale.ROOT,
                "generated %d files in %s (%d authorities x %d inspections, seed %d): %d findings, %d recommendations, "
                        + "%d spells, %.1f MB in %.1f s%n",
                summary.files(), out, request.authorities(), request.inspections(), request.seed(), summary.findings(),
                summary.recommendations(), summary.spells(), summary.bytes() / 1e6, seconds);
        return 0;
    }

    private static List<Path> list(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + dir + ": " + e.getMessage(), e);
        }
    }

    private static void delete(Path file) {
        try {
            Files.delete(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove " + file + ": " + e.getMessage(), e);
        }
    }
}
