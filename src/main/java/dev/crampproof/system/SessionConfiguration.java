package dev.crampproof.system;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.jdbc.config.annotation.web.http.EnableJdbcHttpSession;

/**
 * With {@code crampproof.sessions=jdbc} (set by the postgres profile) HTTP sessions live in the
 * database, not in one instance's memory, so instances behind a load balancer are
 * interchangeable. The default H2 file database serves one instance by nature (it is locked to
 * it), so there the servlet container keeps the sessions. The tables come from Flyway (V4); the
 * session cookie is HttpOnly, SameSite=Lax, and Secure whenever the request came over HTTPS.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty(name = SessionConfiguration.SWITCH)
@EnableJdbcHttpSession
class SessionConfiguration {

    /** On: sessions in the database. Also read by AheadOfTimeCheck. */
    static final String SWITCH = "crampproof.sessions.jdbc";
}
