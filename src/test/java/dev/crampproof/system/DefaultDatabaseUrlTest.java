package dev.crampproof.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.PropertiesLoaderUtils;

/**
 * The default database URL's options are ones H2 takes: commits written at once, a page cache of
 * 2 MB, up to 10 s of compacting the file when it closes, and 64 statements kept prepared on each
 * connection (application.properties says why).
 * Opened here on a file of its own, not ./data.
 */
class DefaultDatabaseUrlTest {

    @Test
    void the_default_h2_file_writes_every_commit_keeps_2_mb_of_pages_and_64_statements_and_may_compact_for_10_s(@TempDir Path dir) throws Exception {
        Properties properties = PropertiesLoaderUtils.loadProperties(new ClassPathResource("application.properties"));
        String url = properties.getProperty("spring.datasource.url");
        assertThat(url).startsWith("jdbc:h2:file:./data/crampproof;");

        try (Connection connection = DriverManager.getConnection(
                url.replace("./data/crampproof", dir.resolve("db").toString()), "sa", "")) {
            assertThat(setting(connection, "WRITE_DELAY")).isEqualTo("0");
            assertThat(setting(connection, "info.CACHE_MAX_SIZE")).as("MB").isEqualTo("2");
            assertThat(setting(connection, "MAX_COMPACT_TIME")).as("ms").isEqualTo("10000");
            assertThat(setting(connection, "QUERY_CACHE_SIZE")).as("statements").isEqualTo("64");
        }
    }

    private static String setting(Connection connection, String name) throws Exception {
        try (var query = connection.prepareStatement(
                "select setting_value from information_schema.settings where setting_name = ?")) {
            query.setString(1, name);
            try (ResultSet rows = query.executeQuery()) {
                assertThat(rows.next()).as(name).isTrue();
                return rows.getString(1);
            }
        }
    }
}
