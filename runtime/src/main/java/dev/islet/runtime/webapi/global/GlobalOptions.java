package dev.islet.runtime.webapi.global;

import dev.islet.api.host.HostErrorReporter;
import dev.islet.api.host.HostScheduler;
import dev.islet.runtime.webapi.fetch.FetchHandler;

/**
 * What a worker global scope is connected to.
 *
 * @param fetchHandler  where {@code fetch()} sends requests (default: every request fails)
 * @param baseUrl       the URL relative request URLs resolve against, or null (a worker: URLs must be absolute)
 * @param scheduler     the event loop for timers of host APIs ({@code AbortSignal.timeout}), or null
 * @param errorReporter where exceptions nobody can catch go (a throwing event listener), or null
 */
public record GlobalOptions(FetchHandler fetchHandler, String baseUrl, HostScheduler scheduler, HostErrorReporter errorReporter) {
  public static GlobalOptions defaults() {
    return new GlobalOptions(FetchHandler.REJECT, null, null, null);
  }

  public GlobalOptions withFetchHandler(FetchHandler handler) {
    return new GlobalOptions(handler, baseUrl, scheduler, errorReporter);
  }

  public GlobalOptions withBaseUrl(String url) {
    return new GlobalOptions(fetchHandler, url, scheduler, errorReporter);
  }

  public GlobalOptions withScheduler(HostScheduler s) {
    return new GlobalOptions(fetchHandler, baseUrl, s, errorReporter);
  }

  public GlobalOptions withErrorReporter(HostErrorReporter r) {
    return new GlobalOptions(fetchHandler, baseUrl, scheduler, r);
  }
}
