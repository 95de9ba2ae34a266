package uk.casehandover.victimdata;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

/**
 * The {@link VictimDataVault} of a service, only when a key store is configured:
 * <pre>
 * casehandover.victim-keys.datasource.url       the key store's PostgreSQL database (its own, never the service's)
 * casehandover.victim-keys.datasource.username / .password
 * casehandover.victim-keys.kek-file             locally: a Tink AEAD keyset file, the key-encryption key
 * casehandover.victim-keys.kms-key-uri          production instead: the KEK in a KMS (a Tink KMS extension must be
 *                                               on the class path and registered with KmsClients)
 * </pre>
 * Without the datasource URL there is no vault, and a service must refuse victim personal data. The key store's
 * connection pool is this module's own, not a {@code DataSource} bean, so the service's own datasource is untouched.
 */
@AutoConfiguration
@ConditionalOnProperty(prefix = "casehandover.victim-keys.datasource", name = "url")
public class VictimDataAutoConfiguration {

    static final String PREFIX = "casehandover.victim-keys.";

    @Bean(destroyMethod = "close")
    VictimKeysPool victimKeysPool(Environment environment) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("victim-keys");
        config.setJdbcUrl(environment.getRequiredProperty(PREFIX + "datasource.url"));
        config.setUsername(environment.getProperty(PREFIX + "datasource.username"));
        config.setPassword(environment.getProperty(PREFIX + "datasource.password"));
        config.setMaximumPoolSize(4);
        config.setMinimumIdle(0);
        return new VictimKeysPool(new HikariDataSource(config));
    }

    @Bean
    VictimDataVault victimDataVault(VictimKeysPool pool, Environment environment, ObjectProvider<Clock> clock) {
        return VictimDataVault.create(pool.dataSource(), kek(environment), clock.getIfAvailable(Clock::systemUTC));
    }

    static KeyEncryptionKey kek(Environment environment) {
        String file = environment.getProperty(PREFIX + "kek-file");
        String kmsUri = environment.getProperty(PREFIX + "kms-key-uri");
        if ((file == null) == (kmsUri == null)) {
            throw new VictimDataException("set exactly one of " + PREFIX + "kek-file (local) and " + PREFIX
                    + "kms-key-uri (production) for the victim key store's key-encryption key");
        }
        return file != null ? KeyEncryptionKey.fromKeysetFile(Path.of(file)) : KeyEncryptionKey.fromKmsUri(kmsUri);
    }

    /** The key store's own small connection pool, closed with the application context. */
    static final class VictimKeysPool implements AutoCloseable {
        private final HikariDataSource dataSource;

        VictimKeysPool(HikariDataSource dataSource) {
            this.dataSource = dataSource;
        }

        HikariDataSource dataSource() {
            return dataSource;
        }

        @Override
        public void close() {
            dataSource.close();
        }
    }
}
