/**
 * The rules of a cramp-prevention plan: a runner's answers and today's date in, a dated
 * strength block out. Plain Java only (no Spring, JPA or servlet types) so that every rule of
 * plan-rules.md lives here once, can be tested in isolation and is shared by the runner pages,
 * the API and, later, the coach's editor. User-facing words are not here: rules produce
 * {@link dev.crampproof.plan.Text} message codes that the web layer resolves.
 */
package dev.crampproof.plan;
