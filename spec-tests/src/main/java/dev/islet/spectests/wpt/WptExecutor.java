package dev.islet.spectests.wpt;

import dev.islet.api.Isolate;
import dev.islet.api.IsolateOptions;
import dev.islet.api.Outcome;
import dev.islet.api.RunResult;
import dev.islet.api.host.HostGlobals;
import dev.islet.api.host.HostState;
import dev.islet.builtins.control.PromiseObject;
import dev.islet.objects.JsObject;
import dev.islet.ops.TypeConversion;
import dev.islet.realm.Realm;
import dev.islet.runtime.webapi.events.Clock;
import dev.islet.runtime.webapi.global.GlobalOptions;
import dev.islet.runtime.webapi.global.WorkerGlobals;
import dev.islet.values.Undefined;
import dev.islet.vm.HostHooks;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs one WPT test file in a fresh isolate: the worker globals, the prelude, {@code testharness.js},
 * the {@code META: script=} includes and the test, then {@code done()} (as WPT's worker wrapper of an
 * {@code .any.js} file does), then the event loop until the harness completes. When nothing is left
 * to run and the harness has not completed, the harness's {@code timeout()} ends the pending tests.
 */
final class WptExecutor {
  /** The origin the tests run at (as wptserve's default host). */
  static final String ORIGIN = "http://web-platform.test:8000";

  /** A subtest result: its name, status (testharness: 0 PASS, 1 FAIL, 2 TIMEOUT, 3 NOTRUN, 4 PRECONDITION_FAILED) and message. */
  record Subtest(String name, int status, String message) {}

  /**
   * What a file produced.
   *
   * @param subtests the results, in the order the harness reported them
   * @param error    why the file as a whole failed (harness error, crash, timeout), or null
   * @param broken   true when the file crashed or timed out: then every subtest counts as failed
   */
  record FileResult(List<Subtest> subtests, String error, boolean broken) {}

  private final Path root;
  private final long cpuMillis;

  WptExecutor(Path root, long cpuMillis) {
    this.root = root;
    this.cpuMillis = cpuMillis;
  }

  /** Remembers rejected promises nobody handled; the loop reports them after each task. */
  private static final class Rejections implements HostHooks {
    final Map<JsObject, Boolean> pending = new LinkedHashMap<>();

    @Override
    public void promiseRejectionTracker(JsObject promise, String operation) {
      if (operation.equals("reject")) {
        pending.put(promise, Boolean.TRUE);
      } else {
        pending.remove(promise);
      }
    }
  }

  FileResult run(WptTestFile file, long deadlineNanos) {
    List<Subtest> subtests = new ArrayList<>();
    String[] harnessStatus = {null};
    boolean[] done = {false};
    IsolateOptions options = IsolateOptions.defaults().withMemoryLimit(512L << 20).withCpuTimeLimit(cpuMillis);
    try (Isolate isolate = Isolate.create(options)) {
      Realm realm = isolate.realm();
      WptEventLoop loop = new WptEventLoop();
      isolate.setClock(loop::epochMillis);
      HostState.put(realm, Clock.Source.class, () -> (double) loop.elapsed());
      Rejections rejections = new Rejections();
      realm.agent.setHostHooks(rejections);
      String testUrl = ORIGIN + "/" + file.path();
      List<Object[]> uncaught = new ArrayList<>();
      WorkerGlobals.install(realm, GlobalOptions.defaults()
          .withBaseUrl(testUrl)
          .withFetchHandler(new WptFiles(root))
          .withScheduler(loop)
          .withErrorReporter((r, e) -> uncaught.add(new Object[] {e})));
      HostGlobals.on(realm)
          .function("__wpt_schedule", 2, (r, t, a, nt) -> {
            Object id = a[0];
            long delay = (long) TypeConversion.toNumber(r, a[1]);
            loop.schedule(delay, () -> callGlobal(realm, "__wpt_fire", id));
            return Undefined.INSTANCE;
          })
          .function("__wpt_result", 3, (r, t, a, nt) -> {
            subtests.add(new Subtest(TypeConversion.toString(r, a[0]), (int) TypeConversion.toNumber(r, a[1]),
                TypeConversion.toString(r, a[2])));
            return Undefined.INSTANCE;
          })
          .function("__wpt_done", 2, (r, t, a, nt) -> {
            int status = (int) TypeConversion.toNumber(r, a[0]);
            if (status != 0) {
              harnessStatus[0] = (status == 2 ? "harness timeout" : status == 1 ? "harness error" : "harness status " + status)
                  + ": " + TypeConversion.toString(r, a[1]);
            }
            done[0] = true;
            return Undefined.INSTANCE;
          });
      RunResult r = isolate.evaluate("wpt-prelude.js", WptPrelude.SOURCE
          + "\n" + location(testUrl));
      if (!r.isOk()) {
        return broken(subtests, "the test host's prelude failed: " + describe(r));
      }
      r = evaluateFile(isolate, "resources/testharness.js");
      if (!r.isOk()) {
        return broken(subtests, "testharness.js failed: " + describe(r));
      }
      r = isolate.evaluate("wpt-reporter.js", WptPrelude.REPORTER);
      if (!r.isOk()) {
        return broken(subtests, "the reporter failed: " + describe(r));
      }
      List<String> scripts = new ArrayList<>();
      for (String s : file.scripts()) {
        scripts.add(file.resolveScript(s));
      }
      scripts.add(file.path());
      for (String script : scripts) {
        r = evaluateFile(isolate, script);
        if (r.outcome() != Outcome.OK && r.outcome() != Outcome.EXCEPTION) {
          return broken(subtests, script + ": " + describe(r));
        }
        if (r.outcome() == Outcome.EXCEPTION) {
          String message = describe(r);
          isolate.runTask(() -> callGlobalWithError(realm, message));
        }
        reportRejections(isolate, realm, rejections, uncaught);
      }
      isolate.evaluate("wpt-done.js", "done();");
      while (!done[0]) {
        reportRejections(isolate, realm, rejections, uncaught);
        if (done[0]) {
          break;
        }
        if (System.nanoTime() > deadlineNanos) {
          return broken(subtests, "TIMEOUT: the file ran past its wall-clock limit");
        }
        boolean ran;
        RunResult[] taskResult = {null};
        ran = runNextTimer(isolate, loop, taskResult);
        if (ran && taskResult[0] != null && taskResult[0].outcome() != Outcome.OK) {
          RunResult tr = taskResult[0];
          if (tr.outcome() != Outcome.EXCEPTION) {
            return broken(subtests, describe(tr));
          }
          String message = describe(tr);
          isolate.runTask(() -> callGlobalWithError(realm, message));
        }
        if (!ran || loop.elapsed() > (file.longTimeout() ? 60_000 : 20_000)) {
          // Nothing left that could complete the pending tests: end them as timed out.
          RunResult t = isolate.evaluate("wpt-timeout.js", "timeout();");
          if (!t.isOk() && !done[0]) {
            return broken(subtests, "the harness could not time out: " + describe(t));
          }
          if (!done[0]) {
            return broken(subtests, "TIMEOUT: the harness did not complete");
          }
        }
      }
      return new FileResult(subtests, harnessStatus[0], false);
    } catch (IOException e) {
      return broken(subtests, "cannot read: " + e.getMessage());
    } catch (RuntimeException | StackOverflowError e) {
      return broken(subtests, "CRASH: " + e);
    }
  }

  private boolean runNextTimer(Isolate isolate, WptEventLoop loop, RunResult[] result) {
    if (!loop.hasPending()) {
      return false;
    }
    RunResult r = isolate.runTask(() -> loop.runNext());
    result[0] = r;
    return true;
  }

  private static void callGlobal(Realm realm, String name, Object arg) {
    JsObject g = realm.globalObject();
    Object f = g.get(realm, name, g);
    if (f instanceof JsObject fn && fn.isCallable()) {
      fn.call(Undefined.INSTANCE, new Object[] {arg});
    }
  }

  private static void callGlobalWithError(Realm realm, String message) {
    JsObject g = realm.globalObject();
    Object f = g.get(realm, "__wpt_uncaught", g);
    if (f instanceof JsObject fn && fn.isCallable()) {
      fn.call(Undefined.INSTANCE, new Object[] {Undefined.INSTANCE, message});
    }
  }

  /** Dispatches "unhandledrejection" for each promise rejected without a handler, and "error" for each reported exception. */
  private static void reportRejections(Isolate isolate, Realm realm, Rejections rejections, List<Object[]> uncaught) {
    while (!rejections.pending.isEmpty() || !uncaught.isEmpty()) {
      List<Object> reasons = new ArrayList<>();
      for (JsObject p : rejections.pending.keySet()) {
        if (p instanceof PromiseObject promise && promise.state() == PromiseObject.REJECTED) {
          reasons.add(promise.result());
        }
      }
      rejections.pending.clear();
      List<Object[]> errors = new ArrayList<>(uncaught);
      uncaught.clear();
      isolate.runTask(() -> {
        JsObject g = realm.globalObject();
        for (Object[] e : errors) {
          Object f = g.get(realm, "__wpt_uncaught", g);
          if (f instanceof JsObject fn && fn.isCallable()) {
            fn.call(Undefined.INSTANCE, new Object[] {e[0], dev.islet.errors.ErrorDescriptions.describe(e[0])});
          }
        }
        for (Object reason : reasons) {
          callGlobal(realm, "__wpt_unhandled", reason);
        }
      });
    }
  }

  private RunResult evaluateFile(Isolate isolate, String path) throws IOException {
    String source = Files.readString(root.resolve(path), StandardCharsets.UTF_8);
    if (path.equals("url/toascii.window.js")) {
      // As the WPT folder's README says: islet has no <a> or <area>, so the loop covers "url" only.
      source = source.replace(";[\"url\", \"a\", \"area\"].forEach(", ";[\"url\"].forEach(");
    }
    return isolate.evaluate(path, source);
  }

  private static FileResult broken(List<Subtest> subtests, String error) {
    return new FileResult(subtests, error, true);
  }

  private static String describe(RunResult r) {
    if (r.error() != null) {
      return r.error().toString();
    }
    return r.outcome().jsName() + (r.detail() == null ? "" : ": " + r.detail());
  }

  /** A WorkerLocation-like {@code location}: the URL's parts as read-only data, and toString. */
  private static String location(String url) {
    return "(() => { const u = new URL(" + jsString(url) + "); const l = {};"
        + " for (const k of ['href', 'origin', 'protocol', 'host', 'hostname', 'port', 'pathname', 'search', 'hash'])"
        + " Object.defineProperty(l, k, {value: u[k], enumerable: true});"
        + " l.toString = () => u.href; globalThis.location = l; })();";
  }

  private static String jsString(String s) {
    return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }
}
