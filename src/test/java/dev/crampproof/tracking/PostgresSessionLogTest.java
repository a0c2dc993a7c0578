package dev.crampproof.tracking;

import dev.crampproof.OnPostgres;

/** {@link SessionLogTest} on PostgreSQL. */
@OnPostgres
class PostgresSessionLogTest extends SessionLogTest {
}
