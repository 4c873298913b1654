package dev.islet.runtime.loader;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The checks workerd makes of a dynamic worker's code, with its messages word for word where it has
 * them (see the message constants), plus islet's own refusals (Python and WebAssembly modules).
 */
public final class CodeValidation {
  /** The newest compatibility date this runtime knows; later dates are refused, not silently lowered. */
  public static final String NEWEST_COMPATIBILITY_DATE = "2026-11-28";
  /** Total size of a worker's modules, as Cloudflare limits it. */
  public static final long MAX_CODE_BYTES = 64L << 20;
  /** Size of a worker's {@code env}, as Cloudflare limits it. */
  public static final long MAX_ENV_BYTES = 1L << 20;
  /**
   * Compatibility flags islet accepts. They change nothing yet: islet implements the current behaviour
   * of each, whatever the date. A flag not listed is refused.
   */
  static final Set<String> KNOWN_FLAGS = Set.of("global_fetch_strictly_public", "no_global_fetch_strictly_public",
      "formdata_parser_supports_files", "url_standard", "streams_enable_constructors", "transformstream_enable_standard_constructor",
      "export_commonjs_default", "nodejs_compat_populate_process_env", "rpc", "fetch_refuses_unknown_protocols",
      "allow_eval_during_startup", "no_allow_eval_during_startup");

  public static final String NO_MODULES = "Dynamic Worker code must contain at least one module.";

  private CodeValidation() {}

  /** workerd: a module given as a string must be named *.js (or *.py). */
  public static String moduleName(String name) {
    return "Module name must end with '.js' or '.py' (or the content must be an object indicating the type explicitly). Got: "
        + name;
  }

  /** workerd: a module object must set exactly one content property. */
  public static String moduleFieldCount(String name, int count) {
    return "Each module must contain exactly one of 'js', 'cjs', 'text', 'data', 'json', 'py', or 'wasm'. Module '" + name
        + "' contained " + count + " properties.";
  }

  /** islet: Python and WebAssembly modules exist in workerd's API but not here. */
  public static String unsupportedKind(String name, String kind) {
    String what = kind.equals("py") ? "Python modules ('py')" : "WebAssembly modules ('wasm')";
    return what + " are not supported by islet. Module '" + name + "' cannot be loaded.";
  }

  public static String futureDate(String date) {
    return "This Worker requires compatibility date \"" + date + "\", but the newest date supported by this server binary is \""
        + NEWEST_COMPATIBILITY_DATE + "\".";
  }

  static void validate(String date, List<String> flags, String mainModule, Map<String, ModuleSource> modules,
      Set<String> plainModules) {
    if (modules.isEmpty()) {
      throw new WorkerCodeException(NO_MODULES);
    }
    long total = 0;
    for (Map.Entry<String, ModuleSource> e : modules.entrySet()) {
      String name = e.getKey();
      if (plainModules.contains(name) && !name.endsWith(".js")) {
        if (name.endsWith(".py")) {
          throw new WorkerCodeException(unsupportedKind(name, "py"));
        }
        throw new WorkerCodeException(moduleName(name));
      }
      if (e.getValue() instanceof ModuleSource.Unsupported u) {
        throw new WorkerCodeException(unsupportedKind(name, u.kind()));
      }
      total += e.getValue().size();
    }
    if (total > MAX_CODE_BYTES) {
      throw new WorkerCodeException("Dynamic Worker code is too large: its modules have " + total
          + " bytes, more than the limit of 64 MiB.");
    }
    if (mainModule == null || mainModule.isEmpty()) {
      throw new WorkerCodeException("Dynamic Worker code must name its mainModule.");
    }
    ModuleSource main = modules.get(mainModule);
    if (main == null) {
      throw new WorkerCodeException("The main module '" + mainModule + "' is not one of the modules.");
    }
    if (!(main instanceof ModuleSource.Js) && !(main instanceof ModuleSource.CommonJs)) {
      throw new WorkerCodeException("The main module '" + mainModule + "' must be a 'js' or 'cjs' module.");
    }
    checkCompatibility(date, flags);
  }

  /** Checks the date (YYYY-MM-DD, not later than this runtime knows) and the flags (each known). */
  public static void checkCompatibility(String date, List<String> flags) {
    if (date == null || date.isEmpty()) {
      throw new WorkerCodeException("Dynamic Worker code must have a compatibilityDate.");
    }
    LocalDate d;
    try {
      if (!date.matches("\\d{4}-\\d{2}-\\d{2}")) {
        throw new DateTimeException(date);
      }
      d = LocalDate.parse(date);
    } catch (DateTimeException e) {
      throw new WorkerCodeException("Invalid compatibility date: \"" + date + "\" (expected YYYY-MM-DD).");
    }
    if (d.isAfter(LocalDate.parse(NEWEST_COMPATIBILITY_DATE))) {
      throw new WorkerCodeException(futureDate(date));
    }
    for (String f : flags) {
      if (!KNOWN_FLAGS.contains(f)) {
        throw new WorkerCodeException("No such compatibility flag: " + f);
      }
    }
  }

  /** Refuses an env whose values (as data) would take more than 1 MiB. */
  static void checkEnvSize(Map<String, Object> env) {
    long size = envSize(env, new IdentityHashMap<>(), 0);
    if (size > MAX_ENV_BYTES) {
      throw new WorkerCodeException("Dynamic Worker env is too large: it has about " + size
          + " bytes of data, more than the limit of 1 MiB.");
    }
  }

  /** About the bytes {@code v} takes serialized (strings as UTF-16, numbers 8 bytes, 8 per container entry). */
  public static long envSize(Object v, IdentityHashMap<Object, Boolean> seen, int depth) {
    if (v == null || v instanceof Boolean) {
      return 1;
    }
    if (v instanceof Number) {
      return 8;
    }
    if (v instanceof CharSequence s) {
      return 4 + 2L * s.length();
    }
    if (v instanceof byte[] b) {
      return 8 + b.length;
    }
    if (v instanceof dev.islet.runtime.bindings.Cloned.Bytes b) {
      return 8 + b.data().length;
    }
    if (depth > 1000 || seen.put(v, Boolean.TRUE) != null) {
      return 8;
    }
    long n = 8;
    if (v instanceof Map<?, ?> m) {
      for (Map.Entry<?, ?> e : m.entrySet()) {
        n += 8 + envSize(String.valueOf(e.getKey()), seen, depth + 1) + envSize(e.getValue(), seen, depth + 1);
      }
    } else if (v instanceof Collection<?> c) {
      for (Object o : c) {
        n += 8 + envSize(o, seen, depth + 1);
      }
    } else if (v instanceof Object[] a) {
      for (Object o : a) {
        n += 8 + envSize(o, seen, depth + 1);
      }
    }
    return n;
  }
}
