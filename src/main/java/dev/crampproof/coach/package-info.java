/**
 * The coach's side: accounts (Spring Security form login), invite codes, the roster of
 * athletes, and reviewing an athlete's plan with comments and adjustments. A coach only ever
 * reaches plans that joined them with their code.
 *
 * <p>Coach ids come from the sequence {@code coach_seq}, as the runner's tables do (see
 * {@link dev.crampproof.runner}).
 */
@SequenceGenerator(allocationSize = IdBlock.SIZE)
package dev.crampproof.coach;

import dev.crampproof.system.IdBlock;
import jakarta.persistence.SequenceGenerator;
