package dev.crampproof.system;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationInitializer;
import org.springframework.boot.web.server.servlet.ServletWebServerFactory;
import org.springframework.stereotype.Component;

/**
 * The database's start-up ({@link DatabaseStartUp}) handed to its thread before the web server is
 * made rather than after: the web server's factory depends on Flyway's initializer, whose
 * migration only queues the work. The web server and the security filters it needs were made
 * first, and the database's thread began a second after Spring's clock; on a first start it
 * migrates an empty database (0.9 s) and sets Hibernate up (0.6 s), and the start-up waited for it
 * (docs/performance.md, "Thirteenth round").
 */
@Component
class MigrationFirst implements BeanFactoryPostProcessor {

    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory beans) {
        String[] migrations = beans.getBeanNamesForType(FlywayMigrationInitializer.class, false, false);
        for (String server : beans.getBeanNamesForType(ServletWebServerFactory.class, false, false)) {
            BeanDefinition definition = beans.getBeanDefinition(server);
            Set<String> dependsOn = new LinkedHashSet<>();
            if (definition.getDependsOn() != null) {
                Collections.addAll(dependsOn, definition.getDependsOn());
            }
            Collections.addAll(dependsOn, migrations);
            definition.setDependsOn(dependsOn.toArray(String[]::new));
        }
    }
}
