package dev.islet.spectests.test262;

/** A negative test's expectation: the error constructor {@code type} must escape during {@code phase}. */
public record Negative(Phase phase, String type) {}
