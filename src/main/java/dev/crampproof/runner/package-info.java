/**
 * The runner's side: the form and plan page, the JSON API, and the stored plans. Calls
 * {@link dev.crampproof.plan} for every rule and keeps what it returns.
 */
package dev.crampproof.runner;
