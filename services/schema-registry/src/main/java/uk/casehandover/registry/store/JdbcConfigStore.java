package uk.casehandover.registry.store;

import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.casehandover.registry.compatibility.CompatibilityLevel;
import uk.casehandover.registry.config.ConfigStore;

/** {@link ConfigStore} in PostgreSQL: one row per scope. */
public final class JdbcConfigStore implements ConfigStore {

    private final JdbcClient jdbc;

    public JdbcConfigStore(JdbcClient jdbc, RegistryTables tables) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<CompatibilityLevel> level(String scope) {
        return jdbc.sql("select compatibility from registry_config where scope = ?")
                .param(scope).query(String.class).optional().map(CompatibilityLevel::valueOf);
    }

    @Override
    public void put(String scope, CompatibilityLevel level) {
        jdbc.sql("insert into registry_config (scope, compatibility) values (?, ?) "
                        + "on conflict (scope) do update set compatibility = excluded.compatibility")
                .params(scope, level.name()).update();
    }

    @Override
    public void remove(String scope) {
        jdbc.sql("delete from registry_config where scope = ?").param(scope).update();
    }
}
