package uk.casehandover.platform.serde;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.apache.avro.Schema;
import org.apache.avro.SchemaBuilder;
import org.junit.jupiter.api.Test;

class CachedSchemaRegistryClientTest {

    private final InMemorySchemaRegistry registry = new InMemorySchemaRegistry();

    @Test
    void registersOnceThenAnswersFromTheCache() {
        // given
        CachedSchemaRegistryClient cached = new CachedSchemaRegistryClient(registry, 10);
        int id = cached.register("s", schema("A"));

        // when
        int again = cached.register("s", schema("A"));
        String text = cached.schemaById(id);

        // then
        assertThat(again).isEqualTo(id);
        assertThat(text).isEqualTo(schema("A").toString());
        assertThat(registry.calls.get()).isEqualTo(1);
    }

    @Test
    void cachesALookupAndTheSchemaBehindItsId() {
        // given
        int id = registry.register("s", schema("A"));
        CachedSchemaRegistryClient cached = new CachedSchemaRegistryClient(registry, 10);
        int before = registry.calls.get();

        // when
        cached.lookup("s", schema("A"));
        cached.lookup("s", schema("A"));
        cached.schemaById(id);

        // then
        assertThat(registry.calls.get() - before).isEqualTo(1);
    }

    @Test
    void forgetsTheLeastRecentlyUsedSchemaBeyondItsCapacity() {
        // given
        CachedSchemaRegistryClient cached = new CachedSchemaRegistryClient(registry, 2);
        int a = registry.register("s", schema("A"));
        int b = registry.register("s", schema("B"));
        int c = registry.register("s", schema("C"));
        cached.schemaById(a);
        cached.schemaById(b);
        cached.schemaById(c);
        int before = registry.calls.get();

        // when
        cached.schemaById(c);
        cached.schemaById(a);

        // then
        assertThat(registry.calls.get() - before).isEqualTo(1);
    }

    @Test
    void doesNotCacheAFailure() {
        // given
        CachedSchemaRegistryClient cached = new CachedSchemaRegistryClient(registry, 10);
        assertThatThrownBy(() -> cached.schemaById(1)).isInstanceOf(SchemaRegistryException.class);

        // when
        registry.register("s", schema("A"));

        // then
        assertThat(cached.schemaById(1)).isEqualTo(schema("A").toString());
    }

    @Test
    void alwaysAsksTheRegistryForTheLatestVersion() {
        // given
        CachedSchemaRegistryClient cached = new CachedSchemaRegistryClient(registry, 10);
        registry.register("s", schema("A"));
        cached.latest("s");

        // when
        registry.register("s", schema("B"));

        // then
        assertThat(cached.latest("s").version()).isEqualTo(2);
    }

    private static Schema schema(String name) {
        return SchemaBuilder.record(name).namespace("uk.casehandover.common.v1").fields()
                .requiredString("eventId").endRecord();
    }
}
