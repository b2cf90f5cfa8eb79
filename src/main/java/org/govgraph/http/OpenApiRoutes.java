package org.govgraph.http;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** Serves the OpenAPI document ({@code govgraph/openapi.yaml}) as YAML and as JSON. */
final class OpenApiRoutes {

    static final String RESOURCE = "govgraph/openapi.yaml";

    private final String yaml;
    private final String json;

    OpenApiRoutes() {
        try (InputStream in = OpenApiRoutes.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing from the class path: " + RESOURCE);
            }
            this.yaml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.json = JsonMapper.builder().build().writeValueAsString(YAMLMapper.builder().build().readTree(yaml));
    }

    void yaml(Context ctx) {
        ctx.contentType("application/yaml; charset=utf-8").result(yaml);
    }

    void json(Context ctx) {
        ctx.contentType("application/json").result(json);
    }
}
