package org.govgraph.ingest.synthetic;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.nio.charset.StandardCharsets;
import org.govgraph.ingest.Dataset;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.dataformat.yaml.YAMLMapper;
import tools.jackson.dataformat.yaml.YAMLWriteFeature;

/**
 * Writes a dataset as the YAML file users read and the loader checks: the format's field names, absent and empty
 * fields left out, one line per value, and a first line saying the file is synthetic. The same dataset always gives
 * the same bytes.
 */
final class DatasetYaml {

    private final YAMLMapper yaml = YAMLMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .changeDefaultPropertyInclusion(i -> JsonInclude.Value.construct(JsonInclude.Include.NON_EMPTY,
                    JsonInclude.Include.NON_EMPTY))
            .disable(YAMLWriteFeature.WRITE_DOC_START_MARKER)
            .disable(YAMLWriteFeature.SPLIT_LINES)
            .enable(YAMLWriteFeature.MINIMIZE_QUOTES)
            .enable(YAMLWriteFeature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
            .build();
    private final byte[] header;

    DatasetYaml(long seed) {
        this.header = ("# Synthetic dataset made by govgraph generate (seed " + seed + "): not a real inspection report.\n")
                .getBytes(StandardCharsets.UTF_8);
    }

    byte[] write(Dataset dataset) {
        byte[] body = yaml.writeValueAsBytes(dataset);
        byte[] file = new byte[header.length + body.length];
        System.arraycopy(header, 0, file, 0, header.length);
        System.arraycopy(body, 0, file, header.length, body.length);
        return file;
    }
}
