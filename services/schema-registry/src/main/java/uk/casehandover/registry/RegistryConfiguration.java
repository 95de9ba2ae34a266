package uk.casehandover.registry;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import uk.casehandover.registry.compatibility.CompatibilityChecker;
import uk.casehandover.registry.compatibility.CompatibilityLevel;
import uk.casehandover.registry.config.CompatibilityConfig;
import uk.casehandover.registry.schema.AvroSchemaParser;
import uk.casehandover.registry.store.JdbcConfigStore;
import uk.casehandover.registry.store.JdbcSchemaStore;
import uk.casehandover.registry.store.RegistryTables;
import uk.casehandover.registry.subjects.SchemaRegistry;

/** Wires the Spring-free registry domain to PostgreSQL. */
@Configuration(proxyBeanMethods = false)
class RegistryConfiguration {

    @Bean
    RegistryTables registryTables(JdbcClient jdbc, TransactionTemplate transactions) {
        return new RegistryTables(jdbc, transactions);
    }

    /** The level in force while no global level was PUT; Confluent's property of the same name. */
    @Bean
    CompatibilityConfig compatibilityConfig(JdbcClient jdbc, RegistryTables tables,
            @Value("${schema.compatibility.level:BACKWARD}") String defaultLevel) {
        return new CompatibilityConfig(new JdbcConfigStore(jdbc, tables), CompatibilityLevel.parse(defaultLevel));
    }

    @Bean
    SchemaRegistry schemaRegistry(JdbcClient jdbc, TransactionTemplate transactions, RegistryTables tables,
            CompatibilityConfig config) {
        return new SchemaRegistry(new JdbcSchemaStore(jdbc, transactions, tables), config, new AvroSchemaParser(),
                new CompatibilityChecker());
    }
}
