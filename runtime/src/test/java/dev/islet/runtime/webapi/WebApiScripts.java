package dev.islet.runtime.webapi;

import dev.islet.api.Isolate;
import dev.islet.api.RunResult;
import dev.islet.runtime.webapi.global.GlobalOptions;
import dev.islet.runtime.webapi.global.WorkerGlobals;

/** Runs scripts in a fresh isolate with the worker globals, for the Web API tests. */
public final class WebApiScripts {
  private WebApiScripts() {}

  /** The completion value of {@code source} as a string ("ERROR Name: message" when it throws). */
  public static String eval(String source) {
    return eval(GlobalOptions.defaults(), source);
  }

  public static String eval(GlobalOptions options, String source) {
    try (Isolate isolate = Isolate.create()) {
      WorkerGlobals.install(isolate.realm(), options);
      RunResult r = isolate.evaluate("test.js", source);
      if (!r.isOk()) {
        return "ERROR " + (r.error() != null ? r.error().toString() : r.detail());
      }
      return String.valueOf(r.value());
    }
  }

  /**
   * Runs {@code body} as an async function body and returns what it returns (after the microtasks
   * ran), or "REJECTED Name: message".
   */
  public static String evalAsync(String body) {
    try (Isolate isolate = Isolate.create()) {
      WorkerGlobals.install(isolate.realm(), GlobalOptions.defaults());
      RunResult r = isolate.evaluate("test.js", "var __out = 'PENDING'; (async () => {" + body + "\n})().then(v => { __out = String(v); },"
          + " e => { __out = 'REJECTED ' + (e && e.name) + ': ' + (e && e.message); });");
      if (!r.isOk()) {
        return "ERROR " + (r.error() != null ? r.error().toString() : r.detail());
      }
      return String.valueOf(isolate.evaluate("out.js", "__out").value());
    }
  }
}
