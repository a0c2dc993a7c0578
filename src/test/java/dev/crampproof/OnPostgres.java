package dev.crampproof;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.test.context.ContextConfiguration;

/** Runs a Spring test class against PostgreSQL (see {@link PostgresDatabase}). */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(PostgresDatabase.Available.class)
@ContextConfiguration(initializers = PostgresDatabase.Initializer.class)
public @interface OnPostgres {
}
