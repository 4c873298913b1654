package dev.islet.spectests.report;

/**
 * One failing run of a test.
 *
 * @param file    the test's path relative to the root
 * @param mode    {@code sloppy}, {@code strict} or {@code module}
 * @param message why it failed
 */
public record Failure(String file, String mode, String message) {}
