package fr.passerelle.engine.result;

/**
 * One explained reason behind a figure: what it says in plain French, the rule that produced it, and the data it
 * comes from (dataset and date), so that every number shown can be traced.
 */
public record Reason(String kind, String text, String rule, String data) {
}
