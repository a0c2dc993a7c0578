package dev.crampproof.coach;

import dev.crampproof.OnPostgres;

/** {@link SignInThrottleTest} on PostgreSQL. */
@OnPostgres
class PostgresSignInThrottleTest extends SignInThrottleTest {
}
