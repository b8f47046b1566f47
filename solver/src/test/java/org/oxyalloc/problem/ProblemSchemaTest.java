package org.oxyalloc.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

class ProblemSchemaTest {

    @Test
    void publishedSchemaMatchesTheFormat() throws Exception {
        Path published = Path.of("../docs/problem.schema.json");
        assertThat(published).as("regenerate with: ./oxyalloc schema --out docs/problem.schema.json").exists();
        assertThat(Files.readString(published))
                .as("docs/problem.schema.json is stale; regenerate with: ./oxyalloc schema --out docs/problem.schema.json")
                .isEqualTo(ProblemSchema.text());
    }

    @Test
    void publishedNetworkSchemaMatchesTheFormat() throws Exception {
        assertThat(Files.readString(Path.of("../docs/road-network.schema.json")))
                .as("regenerate with: ./oxyalloc schema --network --out docs/road-network.schema.json")
                .isEqualTo(ProblemSchema.networkText());
    }

    @Test
    void schemaRequiresTheEssentialsAndForbidsUnknownFields() {
        var schema = ProblemSchema.schema();
        assertThat(schema.get("required")).extracting(Object::toString).asString()
                .contains("region", "date", "suppliers", "hospitals");
        assertThat(schema.get("additionalProperties").asBoolean()).isFalse();
    }
}
