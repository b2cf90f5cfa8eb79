package org.govgraph.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The shared theme vocabulary ({@code govgraph/themes.yaml}): the themes every dataset may use without
 * declaring them, so that inspections and authorities can be compared on the same themes.
 */
public final class ThemeVocabulary {

    public static final String RESOURCE = "govgraph/themes.yaml";

    private final Map<String, Dataset.Theme> themes;

    private ThemeVocabulary(Map<String, Dataset.Theme> themes) {
        this.themes = Map.copyOf(themes);
    }

    /** The vocabulary shipped in the jar. */
    public static ThemeVocabulary bundled() {
        try (InputStream in = ThemeVocabulary.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing from the class path: " + RESOURCE);
            }
            record File(List<Dataset.Theme> themes) {
            }
            File file = YAMLMapper.builder().build().readValue(in, File.class);
            Map<String, Dataset.Theme> byId = new LinkedHashMap<>();
            file.themes().forEach(t -> byId.put(t.id(), t));
            return new ThemeVocabulary(byId);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public boolean contains(String id) {
        return themes.containsKey(id);
    }

    /** Every theme of the vocabulary. */
    public List<Dataset.Theme> all() {
        return List.copyOf(themes.values());
    }

}
