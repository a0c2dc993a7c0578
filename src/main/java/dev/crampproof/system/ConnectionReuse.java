package dev.crampproof.system;

import org.springframework.boot.tomcat.TomcatConnectorCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Tomcat keeps what a closed connection used (its channel, with an 8-KB read and an 8-KB write
 * buffer) for the next connection. By default it keeps nothing on a heap under 1 GB (socket.bufferPool
 * -2 takes its size from socket.bufferPoolSize, 0 under 1 GB), and it closes a kept-alive connection
 * after 100 requests (server.tomcat.max-keep-alive-requests): under load every client reconnects every
 * 100 requests, and each new connection's objects were allocated anew. They live as long as the
 * connection, about a second, long enough to be promoted into the old generation, which they then
 * filled with garbage (docs/performance.md, "Eighteenth round").
 */
@Configuration(proxyBeanMethods = false)
class ConnectionReuse {

    /**
     * Channels kept for new connections: at most as many are waiting at once as connections were
     * closed before new ones took them, 32 under bench/load.sh's 32 clients; 64 leaves room, about
     * 1 MB of buffers when full.
     */
    static final int KEPT_CHANNELS = 64;

    @Bean
    TomcatConnectorCustomizer keptChannels() {
        return connector -> connector.setProperty("socket.bufferPool", String.valueOf(KEPT_CHANNELS));
    }
}
