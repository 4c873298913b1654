package dev.islet.runtime.isolate;

import dev.islet.api.Outcome;
import dev.islet.errors.ErrorDescriptions;
import dev.islet.heap.Termination;
import dev.islet.objects.ErrorObject;
import dev.islet.objects.JsObject;
import dev.islet.realm.Realm;
import dev.islet.runtime.loader.WorkerException;
import dev.islet.values.JsStrings;

/** How errors and terminations of a worker are described to its callers. */
public final class Errs {
  /** workerd's text for a CPU-limit termination (also the body of islet serve's 503). */
  public static final String CPU_MESSAGE = "Worker exceeded CPU time limit.";
  /** workerd's text for a memory-limit termination (also the body of islet serve's 503). */
  public static final String MEMORY_MESSAGE = "Worker exceeded memory limit.";

  private Errs() {}

  /** The wall-clock limit's message, naming the budget. */
  public static String wallTimeMessage(long wallMs) {
    return "Worker exceeded its wall-clock time limit of " + wallMs + " ms.";
  }

  static String terminationMessage(Termination t) {
    return switch (t.kind()) {
      case CPU -> CPU_MESSAGE;
      case MEMORY -> MEMORY_MESSAGE;
      case WALL_TIME -> "Worker exceeded its wall-clock time limit.";
      case CANCELED -> "The worker was canceled.";
    };
  }

  /** A thrown JS value as the exception its caller gets: the error's name, message and stack. */
  static WorkerException fromJs(Realm realm, Object thrown, boolean withStack) {
    if (thrown instanceof JsObject o) {
      String name = ErrorDescriptions.dataString(o, "name");
      if (name == null) {
        Object n = safeGet(realm, o, "name");
        name = JsStrings.isString(n) ? JsStrings.flat(n) : "Error";
      }
      String message = ErrorDescriptions.dataString(o, "message");
      String stack = withStack && o instanceof ErrorObject e ? e.stackFrames() : "";
      if (message == null && !(o instanceof ErrorObject)) {
        return new WorkerException(Outcome.EXCEPTION, "Error", ErrorDescriptions.describe(o), "");
      }
      return new WorkerException(Outcome.EXCEPTION, name, message == null ? "" : message, stack);
    }
    return new WorkerException(Outcome.EXCEPTION, "Error", "Uncaught " + ErrorDescriptions.describe(thrown), "");
  }

  static WorkerException withoutStack(WorkerException e) {
    return e.errorStack().isEmpty() ? e : new WorkerException(e.outcome(), e.errorName(), e.errorMessage(), "");
  }

  private static Object safeGet(Realm realm, JsObject o, String key) {
    // Only plain data: describing an error must never run the worker's code (a getter could loop).
    dev.islet.objects.PropertyDescriptor d;
    for (JsObject p = o; p != null; p = p.getPrototypeOf(realm)) {
      if (!p.isOrdinaryForNamedKeys()) {
        return null;
      }
      d = p.getOwnProperty(realm, key);
      if (d != null) {
        return d.isAccessorDescriptor() ? null : d.value();
      }
    }
    return null;
  }
}
