package dev.islet.runtime.script;

import dev.islet.api.HostFunction;
import dev.islet.errors.JsThrow;
import dev.islet.objects.JsObject;
import dev.islet.objects.NativeFunction;
import dev.islet.objects.PropertyDescriptor;
import dev.islet.objects.shape.Attributes;
import dev.islet.realm.Realm;
import dev.islet.runtime.bindings.Capability;
import dev.islet.runtime.bindings.CloneReader;
import dev.islet.runtime.bindings.CloneWriter;
import dev.islet.runtime.bindings.Cloned;
import dev.islet.runtime.bindings.JavaObjectCapability;
import dev.islet.runtime.bindings.JavaValues;
import dev.islet.runtime.loader.WorkerException;
import dev.islet.runtime.webapi.console.Inspector;
import dev.islet.values.JsStrings;
import java.util.List;
import java.util.concurrent.CompletionException;

/**
 * Values between Java and an {@link IsletScriptEngine}'s isolate. Data is copied with structured clone
 * ({@link JavaValues} lists the Java types); a {@link HostFunction} becomes a JS function; an object with
 * {@link dev.islet.runtime.bindings.Exposed} methods becomes a JS object whose methods call them synchronously.
 * Out of the isolate, plain objects and arrays that clone become Maps and Lists; functions, class instances
 * and anything else that is not plain data stay in the isolate behind an opaque {@link ScriptObject}.
 * Every conversion runs inside an isolate run, so its getters and its size are charged to the isolate.
 */
final class ScriptValues {
  private final IsletScriptEngine engine;
  private final Realm realm;

  ScriptValues(IsletScriptEngine engine, Realm realm) {
    this.engine = engine;
    this.realm = realm;
  }

  Object toJava(Object v) {
    if (v instanceof JsObject o) {
      if (o.isCallable() || !isData(o)) {
        return handle(o);
      }
      try {
        return JavaValues.toJava(CloneWriter.write(realm, o, null));
      } catch (JsThrow notData) {
        return handle(o);
      }
    }
    if (JsStrings.isString(v)) {
      return JsStrings.flat(v);
    }
    if (!(v instanceof Boolean || v instanceof Number || v instanceof java.math.BigInteger) && v != null
        && v != dev.islet.values.Undefined.INSTANCE && v != dev.islet.values.Null.INSTANCE) {
      // A symbol: shown, not shared.
      return Inspector.inspect(realm, v);
    }
    return JavaValues.toJava(CloneWriter.write(realm, v, null));
  }

  /** Plain data: an object or array of this realm's own prototypes, or an exotic built-in structured clone knows. */
  private boolean isData(JsObject o) {
    JsObject proto = o.getPrototypeOf(realm);
    return proto == null || proto == realm.objectPrototype() || proto == realm.arrayPrototype()
        || o.getClass() != JsObject.class;
  }

  private ScriptObject handle(JsObject o) {
    return new ScriptObject(engine, o, Inspector.inspect(realm, o, 1));
  }

  Object[] toJs(Object[] args) {
    Object[] out = new Object[args == null ? 0 : args.length];
    for (int i = 0; i < out.length; i++) {
      out[i] = toJs(args[i]);
    }
    return out;
  }

  /** A Java value as a JS value of the engine's realm; a TypeError for Java objects that may not cross. */
  Object toJs(Object v) {
    if (v instanceof ScriptObject s) {
      if (s.owner != engine) {
        throw new JsThrow(error("TypeError", "A ScriptObject belongs to the engine that made it"));
      }
      return s.object;
    }
    if (v instanceof HostFunction fn) {
      return new NativeFunction(realm, "", 0, (r, t, args, nt) -> {
        Object[] javaArgs = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
          javaArgs[i] = toJava(args[i]);
        }
        return toJs(fn.call(javaArgs));
      }, false);
    }
    Object cloned;
    try {
      cloned = JavaValues.toCloned(v);
    } catch (IllegalArgumentException e) {
      throw new JsThrow(error("TypeError", e.getMessage()));
    }
    return CloneReader.read(realm, cloned, this::stubFor);
  }

  private Object stubFor(Realm r, Capability capability) {
    if (!(capability instanceof JavaObjectCapability java)) {
      throw new JsThrow(error("TypeError", "Only data, HostFunctions and objects with @Exposed methods cross into a script engine"));
    }
    JsObject o = JsObject.ordinary(realm, realm.objectPrototype());
    for (String name : java.methodNames()) {
      NativeFunction m = new NativeFunction(realm, name, 0, (rr, t, args, nt) -> callExposed(java, name, args), false);
      o.defineOwnProperty(realm, name, PropertyDescriptor.data(m, Attributes.HIDDEN));
    }
    return o;
  }

  private Object callExposed(JavaObjectCapability java, String name, Object[] args) {
    List<Object> cloned = CloneWriter.writeAll(realm, args, null);
    Object result;
    try {
      result = java.call(List.of(name), cloned).join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof WorkerException w) {
        throw new JsThrow(error(w.errorName(), w.errorMessage()));
      }
      throw new JsThrow(error("Error", String.valueOf(e.getCause())));
    }
    return CloneReader.read(realm, result, this::stubFor);
  }

  private Object error(String name, String message) {
    return CloneReader.error(realm, new Cloned.ErrorValue(name, message, ""));
  }
}
