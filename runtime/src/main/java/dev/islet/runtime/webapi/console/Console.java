package dev.islet.runtime.webapi.console;

import dev.islet.builtins.support.Args;
import dev.islet.builtins.support.BuiltinInstaller;
import dev.islet.objects.JsObject;
import dev.islet.objects.PropertyDescriptor;
import dev.islet.objects.shape.Attributes;
import dev.islet.ops.TypeConversion;
import dev.islet.realm.Realm;
import dev.islet.values.Undefined;
import java.util.Arrays;

/**
 * The {@code console} global: {@code log}, {@code info}, {@code debug} (level LOG/INFO/DEBUG),
 * {@code warn}, {@code error}, {@code trace} (WARN/ERROR), {@code assert} and {@code dir}. Each call
 * becomes one line of text ({@link ConsoleFormat}) handed to a {@link Sink}.
 *
 * <p>TODO(conform): group/groupEnd, count, time/timeEnd and table are not there yet.
 */
public final class Console {
  /** Severity of a console line; WARN and ERROR go to stderr on the command line. */
  public enum Level { DEBUG, LOG, INFO, WARN, ERROR }

  /** Receives console lines. */
  @FunctionalInterface
  public interface Sink {
    void write(Level level, String text);
  }

  /**
   * A sink that also gets the values logged (a worker's trace keeps them as data, not text). Lines
   * that are not a call's own arguments (trace, assert, dir) arrive with their text as the one value.
   */
  public interface ValuesSink extends Sink {
    void write(Realm realm, Level level, String text, Object[] values);

    @Override
    default void write(Level level, String text) {
      write(null, level, text, new Object[] {text});
    }
  }

  private final Sink sink;

  private Console(Sink sink) {
    this.sink = sink;
  }

  /** Defines {@code console} on {@code realm}'s global object, writing to {@code sink}. */
  public static void install(Realm realm, Sink sink) {
    Console c = new Console(sink);
    JsObject console = JsObject.ordinary(realm, realm.objectPrototype());
    BuiltinInstaller.on(realm, console)
        .method("log", 0, (r, t, a, nt) -> c.emit(r, Level.LOG, a))
        .method("info", 0, (r, t, a, nt) -> c.emit(r, Level.INFO, a))
        .method("debug", 0, (r, t, a, nt) -> c.emit(r, Level.DEBUG, a))
        .method("warn", 0, (r, t, a, nt) -> c.emit(r, Level.WARN, a))
        .method("error", 0, (r, t, a, nt) -> c.emit(r, Level.ERROR, a))
        .method("trace", 0, c::trace)
        .method("assert", 0, c::assert_)
        .method("dir", 0, (r, t, a, nt) -> c.line(r, Level.LOG, Inspector.inspect(r, Args.get(a, 0))));
    JsObject global = realm.globalObject();
    global.materialize();
    global.defineOwnProperty(realm, "console", PropertyDescriptor.data(console, Attributes.HIDDEN));
  }

  private Object emit(Realm realm, Level level, Object[] args) {
    return line(realm, level, ConsoleFormat.format(realm, args), args);
  }

  private Object line(Realm realm, Level level, String text) {
    return line(realm, level, text, new Object[] {text});
  }

  private Object line(Realm realm, Level level, String text, Object[] values) {
    realm.agent.chargeAppend(realm, text.length(), text.length());
    if (sink instanceof ValuesSink v) {
      v.write(realm, level, text, values);
    } else {
      sink.write(level, text);
    }
    return Undefined.INSTANCE;
  }

  /** console.trace(...): "Trace: message" and the JS stack, on stderr. */
  private Object trace(Realm realm, Object thisValue, Object[] args, JsObject newTarget) {
    String message = ConsoleFormat.format(realm, args);
    String stack = realm.agent.interpreter.stackTrace(16);
    return line(realm, Level.ERROR, "Trace" + (message.isEmpty() ? "" : ": " + message)
        + (stack.isEmpty() ? "" : "\n" + stack));
  }

  /** console.assert(condition, ...data): "Assertion failed[: data]" on stderr when the condition is falsy. */
  private Object assert_(Realm realm, Object thisValue, Object[] args, JsObject newTarget) {
    if (TypeConversion.toBoolean(Args.get(args, 0))) {
      return Undefined.INSTANCE;
    }
    Object[] rest = args.length > 1 ? Arrays.copyOfRange(args, 1, args.length) : new Object[0];
    String message = ConsoleFormat.format(realm, rest);
    return line(realm, Level.ERROR, message.isEmpty() ? "Assertion failed" : "Assertion failed: " + message);
  }
}
