/** What every feature shares: security, the clock, wording of messages, error pages. */
package dev.crampproof.system;
