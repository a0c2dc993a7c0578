package dev.crampproof.coach;

import org.springframework.test.context.TestPropertySource;

/**
 * {@link RosterTest} with sorts by completion that never wait for the squad's count of the day:
 * whenever some athlete's stored count is of another day, the page ranks by counting then
 * (RecentCompletion.BY_PLAN), and must rank exactly as the stored counts do once they are in.
 */
@TestPropertySource(properties = "crampproof.roster.count-patience=0s")
class RosterWhileCountingTest extends RosterTest {
}
