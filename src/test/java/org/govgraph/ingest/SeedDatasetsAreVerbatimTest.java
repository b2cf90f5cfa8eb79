package org.govgraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.govgraph.support.Seeds;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Every seed dataset passes the loader's checks, and every text and quote in it stands in its report word for
 * word (line breaks joined, Markdown emphasis and " [...] " elisions allowed, as docs/dataset-format.md says):
 * the provenance the graph shows users is real.
 */
class SeedDatasetsAreVerbatimTest {

    static Stream<DatasetSource> seeds() {
        return Seeds.all().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("seeds")
    void passesEveryCheckOfTheLoader(DatasetSource seed) {
        var result = new DatasetReader(5L << 20, ThemeVocabulary.bundled()).read(seed);
        assertThat(result.problems()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("seeds")
    void quotesEveryFactVerbatimFromItsReport(DatasetSource seed) throws IOException {
        JsonNode root = YAMLMapper.builder().build().readTree(seed.bytes());
        String file = root.path("report").path("file").asString();
        String report = normalise(reportText(file));
        List<String> missing = new ArrayList<>();
        List<String> checked = new ArrayList<>();
        walk(root, "", (path, text) -> {
            checked.add(path);
            String fragment = firstMissingFragment(text, report);
            if (fragment != null) {
                missing.add(path + ": " + fragment);
            }
        });
        assertThat(checked).hasSizeGreaterThan(20);
        assertThat(missing).isEmpty();
    }

    private static void walk(JsonNode node, String path, java.util.function.BiConsumer<String, String> check) {
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> e : node.properties()) {
                String child = path + "/" + e.getKey();
                if ((e.getKey().equals("quote") || e.getKey().equals("text")) && e.getValue().isString()) {
                    check.accept(child, e.getValue().asString());
                } else {
                    walk(e.getValue(), child, check);
                }
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                walk(node.get(i), path + "/" + i, check);
            }
        }
    }

    /** The first part of a quote (split at " [...] ") not found, in order, in the report; null if all are. */
    static String firstMissingFragment(String quote, String normalisedReport) {
        int from = 0;
        for (String part : quote.split("\\[\\.\\.\\.\\]")) {
            String fragment = normalise(part);
            if (fragment.isEmpty()) {
                continue;
            }
            int at = normalisedReport.indexOf(fragment, from);
            if (at < 0) {
                return fragment;
            }
            from = at + fragment.length();
        }
        return null;
    }

    static String normalise(String text) {
        return text.replaceAll("</?b>", "").replace("*", "")
                .replace('\u2019', '\'').replace('\u2018', '\'').replace('\u201c', '"').replace('\u201d', '"')
                .replaceAll("\\s+", " ").strip();
    }

    private static String reportText(String file) throws IOException {
        try (InputStream in = SeedDatasetsAreVerbatimTest.class.getClassLoader().getResourceAsStream("reports/" + file)) {
            assertThat(in).as("report text reports/%s", file).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
