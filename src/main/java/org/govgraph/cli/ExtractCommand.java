package org.govgraph.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.govgraph.extract.Draft;
import org.govgraph.extract.DraftWriter;
import org.govgraph.extract.Extraction;
import org.govgraph.extract.source.ReportInputException;
import org.govgraph.ingest.DatasetException;
import org.govgraph.ingest.DatasetSource;
import org.govgraph.query.InspectionReports;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code govgraph extract REPORT|DIR...}: drafts a dataset from each report (text or PDF), writes it for review, and
 * with {@code --load} loads it. One report that fails never stops the others; a summary lists what failed and why.
 */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Draft a dataset from inspection reports (.txt, .md or .pdf; a folder takes every report in it), "
                + "each fact with its place in the text and a confidence. Writes the draft to -o (a file for one report, "
                + "a folder for several), or to the standard output; --load also loads each draft, one at a time.",
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {"0:every report drafted (and loaded, with --load)", "1:at least one report failed (see the summary)",
                "2:bad command line"})
final class ExtractCommand implements Callable<Integer> {

    @Mixin
    Settings settings;

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "REPORT", description = "Report files or folders of them.")
    List<Path> inputs;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE|DIR",
            description = "Where to write: a .yaml/.json file for one report, or a folder (one draft per inspection).")
    Path output;

    @Option(names = "--load", description = "Also load each draft into the graph (embedded, or --neo4j-uri).")
    boolean load;

    @Option(names = "--accept-low-confidence", description = "Load drafts flagged as low confidence too.")
    boolean acceptLowConfidence;

    @Option(names = "--gazetteer", paramLabel = "FILE", description = "Extra gazetteer YAML files (boards, teams, partners, posts).")
    List<Path> gazetteers = new ArrayList<>();

    @Option(names = "--format", paramLabel = "yaml|json", defaultValue = "yaml", description = "Draft format when -o is a folder or absent (default: ${DEFAULT-VALUE}).")
    String format;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<Path> reports = reportFiles();
        if (reports.isEmpty()) {
            err.println("govgraph extract: no report files (.txt, .md, .pdf) in " + inputs);
            return 1;
        }
        boolean batch = reports.size() > 1;
        if (batch && output == null && !load) {
            err.println("govgraph extract: several reports need -o FOLDER for the drafts, or --load");
            return 2;
        }
        if (batch && output != null && !Files.isDirectory(output)) {
            Files.createDirectories(output);
        }
        Run run = new Run(Extraction.withGazetteers(gazetteers), out, output == null && !batch ? err : out);
        try (Services services = load ? LoadCommand.openForLoad(settings.toConfig()) : null) {
            run.services = services;
            run.inGraph = services == null ? null : new InspectionReports(services.graph);
            for (int n = 0; n < reports.size(); n++) {
                Path report = reports.get(n);
                String prefix = batch ? String.format("[%d/%d] %s: ", n + 1, reports.size(), report.getFileName())
                        : report.getFileName() + ": ";
                run.one(report, prefix, output == null && !batch);
            }
        }
        if (batch || load || !run.failures.isEmpty()) {
            long notLoaded = run.failures.stream().filter(f -> f.contains(": not loaded: ")).count();
            out.printf("%d report(s): %d drafted, %d loaded, %d failed%n", reports.size(),
                    reports.size() - (run.failures.size() - notLoaded), run.loaded, run.failures.size());
            run.failures.forEach(f -> out.println("  failed: " + f));
        }
        return run.failures.isEmpty() ? 0 : 1;
    }

    /** The report files the inputs name: files as given, folders by their .txt, .md, .text and .pdf files in name order. */
    private List<Path> reportFiles() throws IOException {
        List<Path> reports = new ArrayList<>();
        for (Path input : inputs) {
            if (Files.isDirectory(input)) {
                try (Stream<Path> files = Files.list(input)) {
                    files.filter(f -> f.getFileName().toString().toLowerCase(Locale.ROOT).matches(".*\\.(txt|md|pdf|text)$"))
                            .sorted().forEach(reports::add);
                }
            } else {
                reports.add(input);
            }
        }
        return reports;
    }

    /** One run over the reports: drafts each, writes and loads it, and keeps what failed and why. */
    private final class Run {
        final Extraction extraction;
        final DraftWriter writer = new DraftWriter();
        final PrintWriter out;
        final PrintWriter progress;
        final List<String> failures = new ArrayList<>();
        final Map<String, Path> written = new HashMap<>();
        Services services;
        InspectionReports inGraph;
        int loaded;

        Run(Extraction extraction, PrintWriter out, PrintWriter progress) {
            this.extraction = extraction;
            this.out = out;
            this.progress = progress;
        }

        void one(Path report, String prefix, boolean toStandardOutput) throws IOException {
            try {
                long started = System.nanoTime();
                Draft draft = extraction.draft(report);
                if (inGraph != null) {
                    draft = draft.linkEarlier(inGraph::inspectionOn);
                }
                String target = uniqueName(draft, report);
                String text = writer.write(draft, target);
                if (toStandardOutput) {
                    out.print(text);
                    out.flush(); // picocli's writer flushes only on println, and the command ends with System.exit
                } else if (output != null) {
                    Files.writeString(Files.isDirectory(output) ? output.resolve(target) : output, text, StandardCharsets.UTF_8);
                }
                var d = draft.dataset();
                progress.println(String.format("%s%s, %d findings, %d recommendations, %d spells, confidence %.2f%s (%d ms)",
                        prefix, d.inspection().id(), d.findings().size(), d.recommendations().size(), d.spells().size(),
                        draft.confidence(), draft.lowConfidence() ? " LOW: read it before loading" : "",
                        (System.nanoTime() - started) / 1_000_000));
                draft.warnings().forEach(w -> progress.println("    warning: " + w));
                if (load) {
                    load(report, prefix, draft, target, text);
                }
            } catch (ReportInputException e) {
                failures.add(e.getMessage()); // it names the report file already
                progress.println(prefix + "failed: " + e.problem());
            } catch (DatasetException e) {
                failures.add(report.getFileName() + ": the draft was refused: " + e.getMessage());
                progress.println(prefix + "failed: " + e.getMessage());
            } catch (RuntimeException | StackOverflowError e) {
                // one report that breaks the extractor never stops the others
                failures.add(report.getFileName() + ": extraction failed (" + e + ")");
                progress.println(prefix + "failed: " + e);
            }
        }

        private void load(Path report, String prefix, Draft draft, String target, String text) {
            var d = draft.dataset();
            if (draft.lowConfidence() && !acceptLowConfidence) {
                failures.add(report.getFileName() + ": not loaded: low confidence (" + String.join("; ", draft.warnings())
                        + "); read the draft, or give --accept-low-confidence");
                return;
            }
            String existing = inGraph.otherReport(d.inspection().id(), d.report().id()).orElse(null);
            if (existing != null) {
                failures.add(report.getFileName() + ": not loaded: inspection " + d.inspection().id()
                        + " is already in the graph from report " + existing + "; a draft never replaces it");
                return;
            }
            services.loader.load(List.of(new DatasetSource(target, text.getBytes(StandardCharsets.UTF_8), false)));
            loaded++;
            out.println(prefix + "loaded");
        }

        /**
         * The draft's file name, unique in this run: two reports that read as the same inspection (one authority, one
         * month) get {@code id.yaml} and {@code id-2.yaml}, and the progress says so, rather than one overwriting the other.
         */
        private String uniqueName(Draft draft, Path report) {
            String name = targetName(draft);
            if (output == null || !Files.isDirectory(output)) {
                return name;
            }
            String stem = name.substring(0, name.lastIndexOf('.'));
            String extension = name.substring(name.lastIndexOf('.'));
            String unique = name;
            for (int n = 2; written.containsKey(unique); n++) {
                unique = stem + "-" + n + extension;
            }
            if (!unique.equals(name)) {
                progress.println("    note: " + report.getFileName() + " reads as the same inspection as "
                        + written.get(name).getFileName() + " (" + stem + "); its draft is " + unique);
            }
            written.put(unique, report);
            return unique;
        }
    }

    /** The draft's file name: the one -o names, or the inspection's id with the chosen format's extension. */
    private String targetName(Draft draft) {
        return output != null && !Files.isDirectory(output) ? output.getFileName().toString()
                : draft.dataset().inspection().id() + "." + format.toLowerCase(Locale.ROOT);
    }

}
