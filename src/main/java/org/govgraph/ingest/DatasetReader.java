package org.govgraph.ingest;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.serialization.NodeReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.snakeyaml.engine.v2.api.LoadSettings;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLFactory;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads one dataset file completely before anything is written: size, UTF-8, YAML or JSON syntax,
 * the JSON Schema ({@code govgraph/dataset.schema.json}), then the rules of {@link DatasetRules}.
 * Every problem found names the file, the line and the field.
 */
public final class DatasetReader {

    /** Name of the JSON Schema on the class path. */
    public static final String SCHEMA_RESOURCE = "govgraph/dataset.schema.json";

    private final long maxBytes;
    private final Schema schema;
    private final NodeReader nodeReader;
    private final LoadSettings yamlSettings;
    private final JsonMapper binder = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();
    private final ThemeVocabulary vocabulary;

    public DatasetReader(long maxBytes, ThemeVocabulary vocabulary) {
        this.maxBytes = maxBytes;
        this.vocabulary = vocabulary;
        // the YAML parser's own limit (3 MiB by default) must not undercut the documented dataset size
        this.yamlSettings = LoadSettings.builder().setCodePointLimit((int) Math.min(Integer.MAX_VALUE, maxBytes + 1)).build();
        this.nodeReader = NodeReader.builder().locationAware()
                .yamlMapper(YAMLMapper.builder(YAMLFactory.builder().loadSettings(yamlSettings)
                        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build()).build())
                .jsonMapper(JsonMapper.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build())
                .build();
        try (InputStream in = DatasetReader.class.getClassLoader().getResourceAsStream(SCHEMA_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing from the class path: " + SCHEMA_RESOURCE);
            }
            this.schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                    .getSchema(in, InputFormat.JSON);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The result of reading one file: the dataset, or the problems that stop it. */
    public record Result(DatasetSource source, Dataset dataset, List<DatasetProblem> problems) {
        public boolean ok() {
            return problems.isEmpty();
        }
    }

    /** Reads and checks one file. Never throws for bad input: problems are returned. */
    public Result read(DatasetSource source) {
        String name = source.name();
        List<DatasetProblem> problems = new ArrayList<>();
        if (source.truncated() || source.bytes().length > maxBytes) {
            problems.add(DatasetProblem.ofFile(name, "file is larger than the limit of " + maxBytes + " bytes"));
            return new Result(source, null, problems);
        }
        InputFormat format = formatOf(name);
        if (format == null) {
            problems.add(DatasetProblem.ofFile(name, "unknown kind of file: a dataset ends in .yaml, .yml or .json"));
            return new Result(source, null, problems);
        }
        String text;
        try {
            text = decodeUtf8(source.bytes());
        } catch (MalformedInputException e) {
            problems.add(new DatasetProblem(name, lineAt(source.bytes(), e), "",
                    "not UTF-8 text (save the file as UTF-8)"));
            return new Result(source, null, problems);
        } catch (CharacterCodingException e) {
            problems.add(DatasetProblem.ofFile(name, "not UTF-8 text (save the file as UTF-8)"));
            return new Result(source, null, problems);
        }
        if (text.isBlank()) {
            problems.add(DatasetProblem.ofFile(name, "file is empty"));
            return new Result(source, null, problems);
        }
        if (text.indexOf('\0') >= 0) {
            problems.add(DatasetProblem.ofFile(name, "file holds NUL characters: not a text dataset"));
            return new Result(source, null, problems);
        }
        if (format == InputFormat.YAML) {
            var alias = YamlAliases.first(text, yamlSettings);
            if (alias.isPresent()) {
                problems.add(new DatasetProblem(name, alias.getAsInt(), "",
                        "YAML anchors and aliases (&name, *name) are not supported: write each value out"));
                return new Result(source, null, problems);
            }
        }
        JsonNode tree;
        try {
            tree = nodeReader.readTree(text, format);
        } catch (JacksonException e) {
            var where = e.getLocation();
            problems.add(new DatasetProblem(name, where == null ? 0 : where.getLineNr(), "",
                    "not valid " + (format == InputFormat.JSON ? "JSON" : "YAML") + ": " + e.getOriginalMessage()));
            return new Result(source, null, problems);
        } catch (RuntimeException e) {
            problems.add(DatasetProblem.ofFile(name, "not valid " + format + ": " + e.getMessage()));
            return new Result(source, null, problems);
        }
        if (tree == null || tree.isMissingNode() || tree.isNull()) {
            problems.add(DatasetProblem.ofFile(name, "file holds no data"));
            return new Result(source, null, problems);
        }
        for (var error : schema.validate(tree)) {
            String field = error.getInstanceLocation().toString().replaceFirst("^[$]?[./]?", "")
                    .replaceAll("\\[(\\d+)]", "/$1").replace('.', '/').replaceFirst("^/", "");
            problems.add(new DatasetProblem(name, Locations.line(error.getInstanceNode()), field,
                    error.getMessage().replaceFirst("^\\$[^:]*: ", "")));
        }
        if (!problems.isEmpty()) {
            return new Result(source, null, problems);
        }
        problems.addAll(new DatasetRules(name, vocabulary).check(tree));
        if (!problems.isEmpty()) {
            return new Result(source, null, problems);
        }
        try {
            return new Result(source, binder.treeToValue(tree, Dataset.class), List.of());
        } catch (tools.jackson.databind.DatabindException e) {
            String field = e.getPath().stream()
                    .map(r -> r.getPropertyName() != null ? r.getPropertyName() : Integer.toString(r.getIndex()))
                    .reduce((a, b) -> a + "/" + b).orElse("");
            problems.add(new DatasetProblem(name, 0, field, "cannot read the dataset: " + e.getOriginalMessage()));
            return new Result(source, null, problems);
        } catch (JacksonException e) {
            problems.add(DatasetProblem.ofFile(name, "cannot read the dataset: " + e.getOriginalMessage()));
            return new Result(source, null, problems);
        }
    }

    private static InputFormat formatOf(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".json")) {
            return InputFormat.JSON;
        }
        if (lower.endsWith(".yaml") || lower.endsWith(".yml")) {
            return InputFormat.YAML;
        }
        return null;
    }

    private static String decodeUtf8(byte[] bytes) throws CharacterCodingException {
        String text = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes)).toString();
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /** The line of the first byte that is not UTF-8. */
    private static int lineAt(byte[] bytes, MalformedInputException e) {
        try {
            var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT);
            var in = ByteBuffer.wrap(bytes);
            var out = java.nio.CharBuffer.allocate(bytes.length + 1);
            var result = decoder.decode(in, out, true);
            int line = 1;
            for (int i = 0; i < in.position(); i++) {
                if (bytes[i] == '\n') {
                    line++;
                }
            }
            return result.isError() ? line : 0;
        } catch (RuntimeException ignored) {
            return 0;
        }
    }
}
