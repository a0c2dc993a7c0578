/**
 * The coach's side: accounts (Spring Security form login), invite codes, the roster of
 * athletes, and reviewing an athlete's plan with comments and adjustments. A coach only ever
 * reaches plans that joined them with their code.
 */
package dev.crampproof.coach;
