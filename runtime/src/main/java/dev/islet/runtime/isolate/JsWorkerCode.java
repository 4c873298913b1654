package dev.islet.runtime.isolate;

import dev.islet.builtins.indexed.TypedArrayObject;
import dev.islet.builtins.structured.ArrayBufferObject;
import dev.islet.builtins.structured.DataViewObject;
import dev.islet.objects.JsObject;
import dev.islet.ops.ObjectOperations;
import dev.islet.ops.TypeConversion;
import dev.islet.realm.Intrinsic;
import dev.islet.realm.Realm;
import dev.islet.runtime.bindings.Capability;
import dev.islet.runtime.bindings.CloneWriter;
import dev.islet.runtime.bindings.JavaValues;
import dev.islet.runtime.loader.CodeValidation;
import dev.islet.runtime.loader.ModuleSource;
import dev.islet.runtime.loader.Outbound;
import dev.islet.runtime.loader.WorkerCode;
import dev.islet.runtime.loader.WorkerCodeException;
import dev.islet.runtime.loader.WorkerLimits;
import dev.islet.runtime.tail.TraceJson;
import dev.islet.values.JsStrings;
import dev.islet.values.Null;
import dev.islet.values.Undefined;
import java.util.List;
import java.util.Map;

/**
 * A {@code WorkerCode} object from JS (what a host passes to {@code LOADER.load} or returns from
 * {@code getCode}) read into a {@link WorkerCode}: modules copied ({@code data} bytes at this moment),
 * {@code env} structured-cloned (stubs stay stubs), {@code globalOutbound} and {@code tails} as stubs.
 * Refused code throws a TypeError with workerd's message.
 */
final class JsWorkerCode {
  private static final String[] KINDS = {"js", "cjs", "text", "data", "json", "py", "wasm"};

  private JsWorkerCode() {}

  static WorkerCode parse(WorkerIsolate host, Object value) {
    Realm realm = host.realm;
    if (!(value instanceof JsObject o)) {
      throw Entrypoints.typeError(realm, "Dynamic Worker code must be an object.");
    }
    WorkerCode.Builder b = WorkerCode.builder();
    Object date = o.get(realm, "compatibilityDate");
    b.compatibilityDate(date == Undefined.INSTANCE ? null : TypeConversion.toString(realm, date));
    Object flags = o.get(realm, "compatibilityFlags");
    if (flags != Undefined.INSTANCE) {
      for (Object f : ObjectOperations.createListFromArrayLike(realm, flags)) {
        b.compatibilityFlags(TypeConversion.toString(realm, f));
      }
    }
    Object main = o.get(realm, "mainModule");
    b.mainModule(main == Undefined.INSTANCE ? null : TypeConversion.toString(realm, main));
    Object modules = o.get(realm, "modules");
    if (modules instanceof JsObject m) {
      for (Object key : ObjectOperations.enumerableOwnKeys(realm, m)) {
        String name = String.valueOf(dev.islet.objects.PropertyKey.toValue(key));
        Object v = m.get(realm, key);
        if (JsStrings.isString(v)) {
          b.module(name, JsStrings.flat(v));
        } else if (v instanceof JsObject mo) {
          b.module(name, module(realm, name, mo));
        } else {
          throw Entrypoints.typeError(realm, CodeValidation.moduleName(name));
        }
      }
    }
    Object env = o.get(realm, "env");
    if (env != Undefined.INSTANCE) {
      Object cloned = CloneWriter.write(realm, env, host.globals.bindings);
      if (!(cloned instanceof Map<?, ?> map)) {
        throw Entrypoints.typeError(realm, "Dynamic Worker code's env must be an object.");
      }
      for (Map.Entry<?, ?> e : map.entrySet()) {
        b.env(String.valueOf(e.getKey()), e.getValue());
      }
    }
    if (o.hasProperty(realm, "globalOutbound")) {
      Object out = o.get(realm, "globalOutbound");
      if (out == Null.INSTANCE) {
        b.globalOutbound(Outbound.BLOCKED);
      } else if (out != Undefined.INSTANCE) {
        Capability c = out instanceof JsObject so ? host.globals.bindings.capabilityFor(realm, so) : null;
        if (c == null || !c.isFetcher()) {
          throw Entrypoints.typeError(realm, "globalOutbound must be a Fetcher (a service binding or an entrypoint stub), or null.");
        }
        b.globalOutbound(Outbound.via(c::fetch));
      }
    }
    Object tails = o.get(realm, "tails");
    if (tails != Undefined.INSTANCE) {
      for (Object t : ObjectOperations.createListFromArrayLike(realm, tails)) {
        Capability c = t instanceof JsObject to ? host.globals.bindings.capabilityFor(realm, to) : null;
        if (c == null) {
          throw Entrypoints.typeError(realm, "Each of tails must be a stub of a worker entrypoint with a tail() method.");
        }
        b.tail(events -> c.call(List.of("tail"), List.of(JavaValues.toCloned(TraceJson.of(events)))));
      }
    }
    Object limits = o.get(realm, "limits");
    if (limits instanceof JsObject l) {
      b.limits(limits(realm, l));
    }
    try {
      return b.build();
    } catch (WorkerCodeException e) {
      throw Entrypoints.typeError(realm, e.getMessage());
    }
  }

  /** {@code {cpuMs?, subRequests?}} (and islet's {@code wallTimeMs?}) of code or of getEntrypoint's options. */
  static WorkerLimits limits(Realm realm, JsObject l) {
    return new WorkerLimits(wholeNumber(realm, l, "cpuMs"), (int) wholeNumber(realm, l, "subRequests"),
        wholeNumber(realm, l, "wallTimeMs"));
  }

  private static long wholeNumber(Realm realm, JsObject o, String key) {
    Object v = o.get(realm, key);
    if (v == Undefined.INSTANCE) {
      return 0;
    }
    double d = TypeConversion.toNumber(realm, v);
    if (Double.isNaN(d) || d < 0 || d > Integer.MAX_VALUE) {
      throw Entrypoints.typeError(realm, "limits." + key + " must be a non-negative number.");
    }
    return (long) d;
  }

  /** A module object: exactly one of js, cjs, text, data, json (py and wasm are refused). */
  private static ModuleSource module(Realm realm, String name, JsObject m) {
    int count = 0;
    String kind = null;
    Object content = null;
    for (String k : KINDS) {
      Object v = m.get(realm, k);
      if (v != Undefined.INSTANCE) {
        count++;
        kind = k;
        content = v;
      }
    }
    if (count != 1) {
      throw Entrypoints.typeError(realm, CodeValidation.moduleFieldCount(name, count));
    }
    return switch (kind) {
      case "js" -> ModuleSource.js(TypeConversion.toString(realm, content));
      case "cjs" -> ModuleSource.cjs(TypeConversion.toString(realm, content));
      case "text" -> ModuleSource.text(TypeConversion.toString(realm, content));
      case "data" -> ModuleSource.data(bytes(realm, name, content));
      case "json" -> ModuleSource.json(TypeConversion.toString(realm,
          ObjectOperations.invoke(realm, realm.intrinsic(Intrinsic.JSON), "stringify", content)));
      default -> new ModuleSource.Unsupported(kind);
    };
  }

  /** The bytes of an ArrayBuffer or a view, copied now (the caller may change them later). */
  private static byte[] bytes(Realm realm, String name, Object v) {
    if (v instanceof ArrayBufferObject b && !b.isDetached()) {
      return java.util.Arrays.copyOf(b.data(), b.byteLength());
    }
    if (v instanceof TypedArrayObject t && !t.viewedBuffer().isDetached()) {
      int size = t.type().size;
      return java.util.Arrays.copyOfRange(t.viewedBuffer().data(), t.byteOffset(), t.byteOffset() + t.length() * size);
    }
    if (v instanceof DataViewObject d && !d.viewedBuffer().isDetached()) {
      int offset = ((Number) d.get(realm, "byteOffset")).intValue();
      int length = ((Number) d.get(realm, "byteLength")).intValue();
      return java.util.Arrays.copyOfRange(d.viewedBuffer().data(), offset, offset + length);
    }
    throw Entrypoints.typeError(realm, "Module '" + name + "': 'data' must be an ArrayBuffer or a view of one.");
  }
}
