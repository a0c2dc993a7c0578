/**
 * The runner's side: the form and plan page, the JSON API, and the stored plans. Calls
 * {@link dev.crampproof.plan} for every rule and keeps what it returns.
 *
 * <p>Ids come from one sequence per table ({@code <table>_seq}, V6__id_sequences.sql), a block of
 * {@link IdBlock#SIZE} at a time, so Hibernate can send a plan's rows in JDBC batches (an
 * identity column would make it insert them one by one to learn each id).
 */
@SequenceGenerator(allocationSize = IdBlock.SIZE)
package dev.crampproof.runner;

import dev.crampproof.system.IdBlock;
import jakarta.persistence.SequenceGenerator;
