package dev.islet.runtime.loader;

import java.util.concurrent.CompletableFuture;

/**
 * Something that answers HTTP requests: a worker's entrypoint, a Java service bound into a worker's
 * {@code env}, or the {@code globalOutbound} that sees every {@code fetch()} a worker makes (and may
 * answer, rewrite or forward it). Called on a runtime thread: it must not block for long; return a
 * future that completes later instead.
 */
@FunctionalInterface
public interface Fetcher {
  CompletableFuture<Response> fetch(Request request);
}
