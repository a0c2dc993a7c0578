package dev.crampproof.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.catalina.connector.Connector;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * The running server keeps closed connections' channels for new ones (ConnectionReuse): Tomcat's
 * own default keeps none on a heap this small, as the app's is.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ConnectionReuseTest {

    @Autowired
    WebServerApplicationContext context;

    @Test
    void the_server_keeps_closed_connections_channels_for_new_ones() {
        Connector connector = ((TomcatWebServer) context.getWebServer()).getTomcat().getConnector();
        assertThat(connector.getProperty("socket.bufferPool")).hasToString(String.valueOf(ConnectionReuse.KEPT_CHANNELS));
    }
}
