package dev.crampproof.system;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crampproof.CrampProofTest;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.orm.jpa.LocalContainerEntityManagerFactoryBean;

/** What shortens the start-up (docs/performance.md, "Start-up and memory") is in place. */
@CrampProofTest
class StartUpTest {

    @Autowired
    Flyway flyway;

    @Autowired
    LocalContainerEntityManagerFactoryBean entityManagerFactory;

    @Test
    void flyway_migrates_h2_with_a_write_delay() {
        assertThat(flyway.getConfiguration().getCallbacks()).hasAtLeastOneElementOfType(MigrationWriteDelay.class);
    }

    @Test
    void hibernate_is_set_up_on_a_thread_of_its_own() {
        assertThat(entityManagerFactory.getBootstrapExecutor()).isNotNull();
    }
}
