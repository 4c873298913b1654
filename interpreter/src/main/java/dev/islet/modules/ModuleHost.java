package dev.islet.modules;

/**
 * Where modules come from: the host resolves a specifier against the module that imports it and
 * supplies source text (HostLoadImportedModule — https://tc39.es/ecma262/#sec-HostLoadImportedModule).
 * The runtime serves a WorkerCode's module map through it; the test262 runner serves files.
 */
public interface ModuleHost {
  /**
   * The canonical name of the module {@code specifier} names, imported from {@code referrer} (the
   * importing module's or script's name); null when it cannot be resolved.
   */
  String resolve(String referrer, String specifier);

  /** The source text of the module named {@code name}, or null when there is none. */
  String source(String name);

  /**
   * A module the host makes itself instead of source text (a CommonJS module, a text or data module,
   * a built-in module such as {@code cloudflare:workers}): its export names, known at link time, and
   * their values, computed when the module is evaluated (in the graph's evaluation order).
   */
  interface Synthetic {
    /** The names this module exports. */
    java.util.List<String> exportNames();

    /** Runs when the module is evaluated: the value of each export, in {@link #exportNames()} order. May throw a JS error. */
    Object[] evaluate(dev.islet.realm.Realm realm);
  }

  /** The module named {@code name} as a host-made module, or null when it is source text (see {@link #source}). */
  default Synthetic synthetic(dev.islet.realm.Realm realm, String name) {
    return null;
  }

  /** HostGetImportMetaProperties / HostFinalizeImportMeta: adds properties (e.g. {@code url}) to a module's import.meta. */
  default void populateImportMeta(ModuleRecord module, dev.islet.objects.JsObject meta) {}

  /** A host with no modules. */
  ModuleHost NONE = new ModuleHost() {
    @Override
    public String resolve(String referrer, String specifier) {
      return null;
    }

    @Override
    public String source(String name) {
      return null;
    }
  };
}
