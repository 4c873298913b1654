package dev.islet.runtime.modules;

import dev.islet.builtins.structured.ArrayBufferObject;
import dev.islet.modules.ModuleHost;
import dev.islet.objects.JsObject;
import dev.islet.ops.ObjectOperations;
import dev.islet.realm.Intrinsic;
import dev.islet.realm.Realm;
import dev.islet.runtime.loader.ModuleSource;
import java.util.List;
import java.util.Map;

/**
 * A worker's module map ({@code WorkerCode.modules}) as the engine's {@link ModuleHost}. ES modules are
 * source text; CommonJS, text, data and JSON modules are host-made modules whose default export is
 * {@code module.exports}, the string, an ArrayBuffer (a copy per isolate) or the parsed value. Built-in
 * modules ({@code cloudflare:workers}) come from the isolate.
 *
 * <p>Names resolve as workerd resolves them: {@code ./x.js} and {@code ../x.js} relative to the
 * importing module's folder, {@code /x.js} from the root, and any other specifier that names a module
 * in the map as it is.
 */
public final class WorkerModuleHost implements ModuleHost {
  private final Map<String, ModuleSource> modules;
  private final Map<String, Synthetic> builtins;
  private final CommonJsModules commonJs;

  /** @param builtins built-in modules by specifier (e.g. {@code cloudflare:workers}) */
  public WorkerModuleHost(Map<String, ModuleSource> modules, Map<String, Synthetic> builtins) {
    this.modules = modules;
    this.builtins = builtins;
    this.commonJs = new CommonJsModules(this);
  }

  @Override
  public String resolve(String referrer, String specifier) {
    if (builtins.containsKey(specifier)) {
      return specifier;
    }
    String name = resolveName(referrer, specifier);
    return name != null && modules.containsKey(name) ? name : null;
  }

  /** The module name {@code specifier} means when imported from {@code referrer}, whether or not it exists. */
  static String resolveName(String referrer, String specifier) {
    if (specifier.startsWith("/")) {
      return normalize(specifier.substring(1));
    }
    if (specifier.startsWith("./") || specifier.startsWith("../")) {
      String dir = referrer == null ? "" : referrer.substring(0, referrer.lastIndexOf('/') + 1);
      return normalize(dir + specifier);
    }
    return specifier;
  }

  /** Removes {@code .} and {@code x/..} segments; null when the path climbs above the root. */
  private static String normalize(String path) {
    String[] parts = path.split("/", -1);
    java.util.ArrayDeque<String> out = new java.util.ArrayDeque<>();
    for (String p : parts) {
      if (p.equals(".") || p.isEmpty()) {
        continue;
      }
      if (p.equals("..")) {
        if (out.isEmpty()) {
          return null;
        }
        out.removeLast();
      } else {
        out.addLast(p);
      }
    }
    return String.join("/", out);
  }

  @Override
  public String source(String name) {
    return modules.get(name) instanceof ModuleSource.Js js ? js.source() : null;
  }

  @Override
  public Synthetic synthetic(Realm realm, String name) {
    Synthetic builtin = builtins.get(name);
    if (builtin != null) {
      return builtin;
    }
    ModuleSource m = modules.get(name);
    if (m == null || m instanceof ModuleSource.Js) {
      return null;
    }
    return defaultExport(r -> commonJs.valueOf(r, name));
  }

  /** The module named {@code name} (null if there is none). */
  ModuleSource module(String name) {
    return modules.get(name);
  }

  Synthetic builtin(String name) {
    return builtins.get(name);
  }

  /** The value a non-ES module stands for: text, an ArrayBuffer, a parsed JSON value (CommonJS is handled by the caller). */
  static Object dataValue(Realm realm, ModuleSource m) {
    if (m instanceof ModuleSource.Text t) {
      return t.text();
    }
    if (m instanceof ModuleSource.Data d) {
      byte[] bytes = d.bytes();
      ArrayBufferObject buffer = ArrayBufferObject.allocate(realm, null, bytes.length, -1);
      System.arraycopy(bytes, 0, buffer.data(), 0, bytes.length);
      return buffer;
    }
    if (m instanceof ModuleSource.Json j) {
      JsObject json = realm.intrinsic(Intrinsic.JSON);
      return ObjectOperations.invoke(realm, json, "parse", j.json());
    }
    throw new IllegalStateException("not a data module: " + m);
  }

  private static Synthetic defaultExport(java.util.function.Function<Realm, Object> value) {
    return new Synthetic() {
      @Override
      public List<String> exportNames() {
        return List.of("default");
      }

      @Override
      public Object[] evaluate(Realm realm) {
        return new Object[] {value.apply(realm)};
      }
    };
  }
}
