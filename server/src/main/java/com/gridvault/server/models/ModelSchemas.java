package com.gridvault.server.models;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.victools.jsonschema.generator.Option;
import com.github.victools.jsonschema.generator.OptionPreset;
import com.github.victools.jsonschema.generator.SchemaGenerator;
import com.github.victools.jsonschema.generator.SchemaGeneratorConfigBuilder;
import com.github.victools.jsonschema.generator.SchemaVersion;
import com.gridvault.plugin.api.model.Doc;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;

/**
 * Generates (once per class, released with the class) the JSON Schema of a model's input or output
 * record. Descriptions come from {@link Doc}; primitives are required, boxed values optional.
 */
final class ModelSchemas {

    private static final SchemaGenerator GENERATOR = createGenerator();

    private static final ClassValue<JsonObject> CACHE = new ClassValue<>() {
        @Override
        protected JsonObject computeValue(Class<?> type) {
            ObjectNode schema = GENERATOR.generateSchema(type);
            try (var reader = Json.createReader(new StringReader(schema.toString()))) {
                return reader.readObject();
            }
        }
    };

    private ModelSchemas() {}

    static JsonObject of(Class<?> type) {
        return CACHE.get(type);
    }

    private static SchemaGenerator createGenerator() {
        SchemaGeneratorConfigBuilder config = new SchemaGeneratorConfigBuilder(
                        SchemaVersion.DRAFT_2020_12, OptionPreset.PLAIN_JSON)
                .with(Option.FORBIDDEN_ADDITIONAL_PROPERTIES_BY_DEFAULT)
                .with(Option.DEFINITIONS_FOR_ALL_OBJECTS);
        config.forFields()
                .withDescriptionResolver(field -> {
                    Doc doc = field.getAnnotationConsideringFieldAndGetter(Doc.class);
                    return doc == null ? null : doc.value();
                })
                .withRequiredCheck(field -> field.getType().getErasedType().isPrimitive());
        config.forTypesInGeneral().withDescriptionResolver(scope -> {
            Doc doc = scope.getType().getErasedType().getAnnotation(Doc.class);
            return doc == null ? null : doc.value();
        });
        return new SchemaGenerator(config.build());
    }
}
