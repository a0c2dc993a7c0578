package dev.crampproof.plan;

/** A piece of advice and the rule it comes from (A1-A5). */
public record Advice(String rule, Text text) {
}
