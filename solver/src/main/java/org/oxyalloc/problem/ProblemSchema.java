package org.oxyalloc.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.victools.jsonschema.generator.Option;
import com.github.victools.jsonschema.generator.OptionPreset;
import com.github.victools.jsonschema.generator.SchemaGenerator;
import com.github.victools.jsonschema.generator.SchemaGeneratorConfigBuilder;
import com.github.victools.jsonschema.generator.SchemaVersion;
import com.github.victools.jsonschema.module.jackson.JacksonModule;
import com.github.victools.jsonschema.module.jackson.JacksonOption;
import com.github.victools.jsonschema.module.jakarta.validation.JakartaValidationModule;
import com.github.victools.jsonschema.module.jakarta.validation.JakartaValidationOption;

/** The JSON Schemas of the problem file and the road network file, generated from the annotations of {@link Problem}; published in docs/. */
public final class ProblemSchema {

    public static final String ID = "https://oxyalloc.org/schema/problem.schema.json";
    public static final String NETWORK_ID = "https://oxyalloc.org/schema/road-network.schema.json";

    private static final ObjectNode SCHEMA = generate(Problem.class, ID, "oxyalloc problem");
    private static final ObjectNode NETWORK_SCHEMA = generate(Problem.RoadNetwork.class, NETWORK_ID, "oxyalloc road network");

    private ProblemSchema() {
    }

    public static ObjectNode schema() {
        return SCHEMA.deepCopy();
    }

    /** The schema of a road network file (the problem's roadNetwork, given on its own). */
    public static ObjectNode networkSchema() {
        return NETWORK_SCHEMA.deepCopy();
    }

    /** The schema as published in docs/problem.schema.json. */
    public static String text() {
        return text(SCHEMA);
    }

    /** The schema as published in docs/road-network.schema.json. */
    public static String networkText() {
        return text(NETWORK_SCHEMA);
    }

    private static String text(ObjectNode schema) {
        try {
            return ProblemJson.mapper().writeValueAsString(schema) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the generated schema cannot be written", e);
        }
    }

    private static ObjectNode generate(Class<?> root, String id, String title) {
        SchemaGeneratorConfigBuilder config = new SchemaGeneratorConfigBuilder(ProblemJson.mapper(),
                SchemaVersion.DRAFT_2020_12, OptionPreset.PLAIN_JSON)
                .with(new JacksonModule(JacksonOption.RESPECT_JSONPROPERTY_REQUIRED,
                        JacksonOption.FLATTENED_ENUMS_FROM_JSONPROPERTY))
                .with(new JakartaValidationModule(JakartaValidationOption.INCLUDE_PATTERN_EXPRESSIONS))
                .with(Option.FORBIDDEN_ADDITIONAL_PROPERTIES_BY_DEFAULT, Option.MAP_VALUES_AS_ADDITIONAL_PROPERTIES);
        ObjectNode schema = new SchemaGenerator(config.build()).generateSchema(root);
        schema.put("$id", id);
        schema.put("title", title);
        return schema;
    }
}
