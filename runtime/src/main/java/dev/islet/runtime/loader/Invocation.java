package dev.islet.runtime.loader;

import dev.islet.runtime.tail.TraceItem;

/**
 * The result of an invocation together with its trace, delivered once the invocation is completely done
 * (its response out and every {@code waitUntil} settled), so no log line is lost to a race with tail
 * consumers.
 */
public record Invocation<T>(T value, TraceItem trace) {}
