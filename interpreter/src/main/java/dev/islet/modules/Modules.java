package dev.islet.modules;

import dev.islet.ast.Program;
import dev.islet.builtins.control.PromiseObject;
import dev.islet.builtins.control.PromiseOperations;
import dev.islet.bytecode.Code;
import dev.islet.compiler.Compiler;
import dev.islet.errors.Errors;
import dev.islet.errors.JsThrow;
import dev.islet.errors.Msg;
import dev.islet.objects.JsObject;
import dev.islet.ops.ObjectOperations;
import dev.islet.ops.TypeConversion;
import dev.islet.parser.Parser;
import dev.islet.parser.SyntaxErrorException;
import dev.islet.realm.Realm;
import dev.islet.source.Source;
import dev.islet.values.JsStrings;
import dev.islet.values.Undefined;
import dev.islet.vm.FunctionInstance;
import dev.islet.vm.Scope;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;

/**
 * The module algorithms of "Cyclic Module Records" — https://tc39.es/ecma262/#sec-cyclic-module-records:
 * loading the graph through the realm's {@link ModuleHost}, Link (InnerModuleLinking), Evaluate
 * (InnerModuleEvaluation with the asynchronous evaluation of top-level await), namespaces, and
 * dynamic import().
 */
public final class Modules {
  private Modules() {}

  /** Per-realm module state: the host and the module map (canonical name and type → record). */
  static final class RealmModules {
    ModuleHost host = ModuleHost.NONE;
    final HashMap<String, ModuleRecord> map = new HashMap<>();
    long asyncEvaluationCount;
  }

  private static RealmModules state(Realm realm) {
    RealmModules m = (RealmModules) realm.moduleState();
    if (m == null) {
      m = new RealmModules();
      realm.setModuleState(m);
    }
    return m;
  }

  /** Sets where this realm's modules come from. */
  public static void setHost(Realm realm, ModuleHost host) {
    state(realm).host = host == null ? ModuleHost.NONE : host;
  }

  static ModuleHost hostOf(Realm realm) {
    return state(realm).host;
  }

  /** The module named {@code name} in this realm's module map, or null. */
  public static ModuleRecord moduleNamed(Realm realm, String name) {
    return state(realm).map.get(key(name, "js"));
  }

  // ================================================================== loading

  /** Parses, compiles and registers a module from source text (a root the host hands in directly). */
  public static ModuleRecord parse(Realm realm, String name, String sourceText) {
    CompiledModuleCache.Compiled c = CompiledModuleCache.get(name, sourceText);
    if (c == null) {
      Source source = new Source(name, sourceText);
      Program program = Parser.parseModule(source);
      Code code = Compiler.compileModule(program, source);
      c = new CompiledModuleCache.Compiled(program, code, Compiler.hasTopLevelAwait(code));
      CompiledModuleCache.put(name, sourceText, c);
    }
    SourceTextModule m = new SourceTextModule(realm, name, c.program(), c.code(), c.hasTopLevelAwait());
    m.status = ModuleRecord.Status.UNLINKED;
    state(realm).map.put(key(name, "js"), m);
    return m;
  }

  private static String key(String name, String type) {
    return type + ":" + name;
  }

  /** A module the host makes itself ({@link ModuleHost#synthetic}), registered under type "js"; null if it has none. */
  private static ModuleRecord loadSynthetic(Realm realm, RealmModules st, String name) {
    ModuleRecord existing = st.map.get(key(name, "js"));
    if (existing instanceof SyntheticModule) {
      return existing;
    }
    ModuleHost.Synthetic made = st.host.synthetic(realm, name);
    if (made == null) {
      return null;
    }
    SyntheticModule m = new SyntheticModule(realm, name, made);
    m.status = ModuleRecord.Status.UNLINKED;
    st.map.put(key(name, "js"), m);
    return m;
  }

  /**
   * Loads the module the host calls {@code name} (already canonical: no resolution), as source text or
   * a host-made module, reusing it if this realm has it. A host uses this for a root that is not given
   * as text (a worker's main module). Throws a JS TypeError if the host has no such module, or a
   * SyntaxError.
   */
  public static ModuleRecord loadByName(Realm realm, String name) {
    return loadResolved(realm, name, "js", "Cannot find module '" + name + "'");
  }

  /** GetModuleNamespace ( module ), for hosts: the namespace object of a linked module. */
  public static JsObject namespace(ModuleRecord module) {
    return namespaceOf(module);
  }

  /** LoadRequestedModules, done synchronously: loads every module the graph from {@code root} needs. */
  static void loadGraph(Realm realm, ModuleRecord root) {
    ArrayDeque<ModuleRecord> work = new ArrayDeque<>();
    HashSet<ModuleRecord> seen = new HashSet<>();
    work.push(root);
    seen.add(root);
    while (!work.isEmpty()) {
      ModuleRecord m = work.pop();
      for (ModuleRequest req : m.requestedModules) {
        if (m.loadedModules.containsKey(req)) {
          continue;
        }
        ModuleRecord dep = load(realm, m.name, req);
        m.loadedModules.put(req, dep);
        if (seen.add(dep)) {
          work.push(dep);
        }
      }
    }
  }

  /** HostLoadImportedModule for one request: resolve, then reuse or parse. */
  static ModuleRecord load(Realm realm, String referrer, ModuleRequest req) {
    RealmModules st = state(realm);
    String type = req.type();
    if (!type.equals("js") && !type.equals("json")) {
      throw Errors.typeError(realm, Msg.CUSTOM_TYPE, "Unsupported module type '" + type + "' for '" + req.specifier() + "'");
    }
    String notFound = "Cannot find module '" + req.specifier() + "' imported from " + referrer;
    String name = st.host.resolve(referrer, req.specifier());
    if (name == null) {
      throw Errors.typeError(realm, Msg.CUSTOM_TYPE, notFound);
    }
    return loadResolved(realm, name, type, notFound);
  }

  /** The module {@code name} of {@code type}: from this realm's map, made by the host, or parsed from its source. */
  private static ModuleRecord loadResolved(Realm realm, String name, String type, String notFound) {
    RealmModules st = state(realm);
    ModuleRecord existing = st.map.get(key(name, type));
    if (existing != null) {
      return existing;
    }
    ModuleRecord made = loadSynthetic(realm, st, name);
    if (made != null) {
      return made;
    }
    String text = st.host.source(name);
    if (text == null) {
      throw Errors.typeError(realm, Msg.CUSTOM_TYPE, notFound);
    }
    if (type.equals("json")) {
      JsObject json = realm.intrinsic(dev.islet.realm.Intrinsic.JSON);
      Object value = ObjectOperations.invoke(realm, json, "parse", text);
      SyntheticModule m = new SyntheticModule(realm, name, value);
      m.status = ModuleRecord.Status.UNLINKED;
      st.map.put(key(name, type), m);
      return m;
    }
    try {
      return parse(realm, name, text);
    } catch (SyntaxErrorException e) {
      throw Errors.syntaxError(realm, Msg.CUSTOM_SYNTAX, e.getMessage());
    }
  }

  // ================================================================== link

  /** Link ( ) — https://tc39.es/ecma262/#sec-moduledeclarationlinking */
  public static void link(Realm realm, ModuleRecord module) {
    loadGraph(realm, module);
    ArrayList<ModuleRecord> stack = new ArrayList<>();
    try {
      innerLink(module, stack, 0);
    } catch (JsThrow t) {
      for (ModuleRecord m : stack) {
        m.status = ModuleRecord.Status.UNLINKED;
      }
      throw t;
    }
  }

  private static int innerLink(ModuleRecord module, List<ModuleRecord> stack, int index) {
    ModuleRecord.Status s = module.status;
    if (s == ModuleRecord.Status.LINKING || s == ModuleRecord.Status.LINKED || s == ModuleRecord.Status.EVALUATING_ASYNC
        || s == ModuleRecord.Status.EVALUATED) {
      return index;
    }
    module.status = ModuleRecord.Status.LINKING;
    module.dfsIndex = index;
    module.dfsAncestorIndex = index;
    index++;
    stack.add(module);
    for (ModuleRequest req : module.requestedModules) {
      ModuleRecord required = module.importedModule(req);
      index = innerLink(required, stack, index);
      if (required.status == ModuleRecord.Status.LINKING) {
        module.dfsAncestorIndex = Math.min(module.dfsAncestorIndex, required.dfsAncestorIndex);
      }
    }
    module.initializeEnvironment();
    if (module.dfsAncestorIndex == module.dfsIndex) {
      while (true) {
        ModuleRecord m = stack.remove(stack.size() - 1);
        m.status = ModuleRecord.Status.LINKED;
        if (m == module) {
          break;
        }
      }
    }
    return index;
  }

  // ================================================================== evaluate

  /** Evaluate ( ) — https://tc39.es/ecma262/#sec-moduleevaluation: returns the module's top-level promise. */
  public static PromiseObject evaluate(Realm realm, ModuleRecord module) {
    if ((module.status == ModuleRecord.Status.EVALUATING_ASYNC || module.status == ModuleRecord.Status.EVALUATED)
        && module.cycleRoot != null) {
      // A module whose evaluation failed has no cycle root: its own error is rethrown below.
      module = module.cycleRoot;
    }
    if (module.topLevelPromise != null) {
      return module.topLevelPromise;
    }
    ArrayList<ModuleRecord> stack = new ArrayList<>();
    PromiseObject promise = PromiseOperations.newPromise(realm);
    module.topLevelPromise = promise;
    try {
      innerEvaluate(realm, module, stack, 0);
      if (!module.asyncEvaluation) {
        PromiseOperations.resolve(realm, promise, Undefined.INSTANCE);
      }
    } catch (JsThrow t) {
      for (ModuleRecord m : stack) {
        m.status = ModuleRecord.Status.EVALUATED;
        m.evaluationError = t.value();
        m.hasError = true;
      }
      PromiseOperations.rejectPromise(realm, promise, t.value());
    }
    return promise;
  }

  private static int innerEvaluate(Realm realm, ModuleRecord module, List<ModuleRecord> stack, int index) {
    ModuleRecord.Status s = module.status;
    if (s == ModuleRecord.Status.EVALUATING_ASYNC || s == ModuleRecord.Status.EVALUATED) {
      if (module.hasError) {
        throw new JsThrow(module.evaluationError);
      }
      return index;
    }
    if (s == ModuleRecord.Status.EVALUATING) {
      return index;
    }
    module.status = ModuleRecord.Status.EVALUATING;
    module.dfsIndex = index;
    module.dfsAncestorIndex = index;
    module.pendingAsyncDependencies = 0;
    index++;
    stack.add(module);
    for (ModuleRequest req : module.requestedModules) {
      ModuleRecord required = module.importedModule(req);
      index = innerEvaluate(realm, required, stack, index);
      if (required.status == ModuleRecord.Status.EVALUATING) {
        module.dfsAncestorIndex = Math.min(module.dfsAncestorIndex, required.dfsAncestorIndex);
      } else {
        required = required.cycleRoot;
        if (required.hasError) {
          throw new JsThrow(required.evaluationError);
        }
      }
      if (required.asyncEvaluation) {
        module.pendingAsyncDependencies++;
        required.asyncParentModules.add(module);
      }
    }
    if (module.pendingAsyncDependencies > 0 || module.hasTopLevelAwait) {
      module.asyncEvaluation = true;
      module.asyncEvaluationOrder = ++state(realm).asyncEvaluationCount;
      if (module.pendingAsyncDependencies == 0) {
        executeAsync(realm, module);
      }
    } else {
      module.executeModule(null);
    }
    if (module.dfsAncestorIndex == module.dfsIndex) {
      while (true) {
        ModuleRecord m = stack.remove(stack.size() - 1);
        m.status = m.asyncEvaluation ? ModuleRecord.Status.EVALUATING_ASYNC : ModuleRecord.Status.EVALUATED;
        m.cycleRoot = module;
        if (m == module) {
          break;
        }
      }
    }
    return index;
  }

  /** ExecuteAsyncModule ( module ) */
  private static void executeAsync(Realm realm, ModuleRecord module) {
    PromiseObject p = PromiseOperations.newPromise(realm);
    PromiseOperations.then(realm, p, v -> {
      asyncFulfilled(realm, module);
      return Undefined.INSTANCE;
    }, e -> {
      asyncRejected(realm, module, e);
      return Undefined.INSTANCE;
    });
    module.executeModule(p);
  }

  /** AsyncModuleExecutionFulfilled ( module ) */
  private static void asyncFulfilled(Realm realm, ModuleRecord module) {
    if (module.status == ModuleRecord.Status.EVALUATED) {
      return;
    }
    module.asyncEvaluation = false;
    module.status = ModuleRecord.Status.EVALUATED;
    if (module.topLevelPromise != null) {
      PromiseOperations.resolve(realm, module.topLevelPromise, Undefined.INSTANCE);
    }
    List<ModuleRecord> execList = new ArrayList<>();
    gatherAvailableAncestors(module, execList);
    execList.sort(Comparator.comparingLong(m -> m.asyncEvaluationOrder));
    for (ModuleRecord m : execList) {
      if (m.status == ModuleRecord.Status.EVALUATED) {
        continue;
      }
      if (m.hasTopLevelAwait) {
        executeAsync(realm, m);
        continue;
      }
      try {
        m.executeModule(null);
      } catch (JsThrow t) {
        asyncRejected(realm, m, t.value());
        continue;
      }
      m.asyncEvaluation = false;
      m.status = ModuleRecord.Status.EVALUATED;
      if (m.topLevelPromise != null) {
        PromiseOperations.resolve(realm, m.topLevelPromise, Undefined.INSTANCE);
      }
    }
  }

  /** GatherAvailableAncestors ( module, execList ) */
  private static void gatherAvailableAncestors(ModuleRecord module, List<ModuleRecord> execList) {
    for (ModuleRecord m : module.asyncParentModules) {
      if (!execList.contains(m) && !m.cycleRoot.hasError) {
        m.pendingAsyncDependencies--;
        if (m.pendingAsyncDependencies == 0) {
          execList.add(m);
          if (!m.hasTopLevelAwait) {
            gatherAvailableAncestors(m, execList);
          }
        }
      }
    }
  }

  /** AsyncModuleExecutionRejected ( module, error ) */
  private static void asyncRejected(Realm realm, ModuleRecord module, Object error) {
    if (module.status == ModuleRecord.Status.EVALUATED) {
      return;
    }
    module.evaluationError = error;
    module.hasError = true;
    module.status = ModuleRecord.Status.EVALUATED;
    module.asyncEvaluation = false;
    for (ModuleRecord m : module.asyncParentModules) {
      asyncRejected(realm, m, error);
    }
    if (module.topLevelPromise != null) {
      PromiseOperations.rejectPromise(realm, module.topLevelPromise, error);
    }
  }

  /**
   * Runs a module body: synchronously when {@code promise} is null, else as an async body that
   * settles {@code promise} when it completes. Returns the completion, or {@link Scope#TDZ} when
   * the async body suspended at an await.
   */
  static Object runBody(Realm realm, ModuleRecord module, Code code, FunctionInstance instance, Scope env, PromiseObject promise) {
    if (promise == null) {
      return realm.agent.interpreter.runModuleBody(realm, code, instance, env, module, null);
    }
    realm.agent.interpreter.runModuleBody(realm, code, instance, env, module, promise);
    return Scope.TDZ;
  }

  // ================================================================== namespaces and dynamic import

  /** GetModuleNamespace ( module ) */
  static ModuleNamespace namespaceOf(ModuleRecord module) {
    if (module.namespace == null) {
      List<String> names = new ArrayList<>();
      for (String n : module.exportedNames(new HashSet<>())) {
        ModuleRecord.ResolvedBinding r = module.resolveExport(n, new ArrayList<>());
        if (r != null && r != ModuleRecord.AMBIGUOUS) {
          names.add(n);
        }
      }
      names.sort(Comparator.naturalOrder());
      module.namespace = new ModuleNamespace(module.realm, module, names);
    }
    return module.namespace;
  }

  /**
   * import(specifier, options) — https://tc39.es/ecma262/#sec-import-call-runtime-semantics-evaluation:
   * a new promise; loading, linking and evaluation happen in a later job, as a host loads asynchronously.
   */
  public static JsObject dynamicImport(Realm realm, String referrer, Object specifier, Object options) {
    PromiseObject promise = PromiseOperations.newPromise(realm);
    String spec;
    String type = null;
    try {
      spec = TypeConversion.toString(realm, specifier);
      if (options != Undefined.INSTANCE) {
        if (!(options instanceof JsObject o)) {
          throw Errors.typeError(realm, Msg.CUSTOM_TYPE, "The second argument of import() must be an object");
        }
        Object with = o.get(realm, "with", o);
        if (with != Undefined.INSTANCE) {
          if (!(with instanceof JsObject w)) {
            throw Errors.typeError(realm, Msg.CUSTOM_TYPE, "The 'with' option of import() must be an object");
          }
          for (Object k : ObjectOperations.enumerableOwnKeys(realm, w)) {
            Object v = w.get(realm, k, w);
            if (!JsStrings.isString(v)) {
              throw Errors.typeError(realm, Msg.CUSTOM_TYPE, "Import attribute values must be strings");
            }
            if ("type".equals(dev.islet.objects.PropertyKey.toValue(k))) {
              type = JsStrings.flat(v);
            }
          }
        }
      }
    } catch (JsThrow t) {
      PromiseOperations.rejectPromise(realm, promise, t.value());
      return promise;
    }
    ModuleRequest req = new ModuleRequest(spec, type);
    realm.agent.jobs.enqueue(() -> {
      ModuleRecord m;
      try {
        m = load(realm, referrer, req);
        link(realm, m);
      } catch (JsThrow t) {
        PromiseOperations.rejectPromise(realm, promise, t.value());
        return;
      }
      PromiseObject evaluated = evaluate(realm, m);
      PromiseOperations.then(realm, evaluated, v -> {
        PromiseOperations.resolve(realm, promise, namespaceOf(m));
        return Undefined.INSTANCE;
      }, e -> {
        PromiseOperations.rejectPromise(realm, promise, e);
        return Undefined.INSTANCE;
      });
    });
    return promise;
  }
}
