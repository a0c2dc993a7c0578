package dev.crampproof.tracking;

import dev.crampproof.OnPostgres;

/** {@link ChangeAndDeleteTest} on PostgreSQL. */
@OnPostgres
class PostgresChangeAndDeleteTest extends ChangeAndDeleteTest {
}
