package dev.islet.spectests.test262;

/**
 * One file of test262's {@code harness/} folder, read once per run and shared by every test that
 * includes it. Executors that compile harness code may key their own caches on this object.
 *
 * @param name the name as tests write it in {@code includes} (e.g. {@code propertyHelper.js})
 * @param text the file's text
 */
public record HarnessFile(String name, String text) {}
