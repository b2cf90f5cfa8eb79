package org.govgraph.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The seed reports shipped under src/main/resources/reports. */
final class SeedText {

    private SeedText() {
    }

    static String read(String file) {
        try (InputStream in = SeedText.class.getClassLoader().getResourceAsStream("reports/" + file)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
