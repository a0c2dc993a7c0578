/**
 * Following a plan for four months: logging sessions and long runs, the week-3 check-in (S3),
 * the calendar export, and changing or deleting a plan. The logs are rows of the stored plan
 * (runner package), so they live and die with it; this package holds what runners do with them.
 */
package dev.crampproof.tracking;
