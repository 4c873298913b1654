package dev.islet.modules;

import dev.islet.builtins.control.PromiseObject;
import dev.islet.realm.Realm;
import dev.islet.vm.Scope;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Set;

/**
 * A Cyclic Module Record — https://tc39.es/ecma262/#sec-cyclic-module-records — with the fields
 * its Link and Evaluate algorithms use. Source text modules and synthetic (JSON) modules extend it.
 */
public abstract class ModuleRecord {
  /** [[Status]] values. */
  public enum Status { NEW, UNLINKED, LINKING, LINKED, EVALUATING, EVALUATING_ASYNC, EVALUATED }

  /** The binding name a resolution gives for a namespace re-export ({@code export * as ns}). */
  public static final String NAMESPACE = "*namespace*";
  /** ResolveExport's "ambiguous" answer. */
  static final ResolvedBinding AMBIGUOUS = new ResolvedBinding(null, "*ambiguous*");

  /** A ResolvedBinding Record. */
  public record ResolvedBinding(ModuleRecord module, String bindingName) {}

  public final Realm realm;
  public final String name;
  Status status = Status.NEW;
  Scope environment;
  ModuleNamespace namespace;
  final List<ModuleRequest> requestedModules = new ArrayList<>();
  final HashMap<ModuleRequest, ModuleRecord> loadedModules = new HashMap<>();
  // Cyclic module fields.
  int dfsIndex = -1;
  int dfsAncestorIndex = -1;
  ModuleRecord cycleRoot;
  boolean hasTopLevelAwait;
  boolean asyncEvaluation;
  long asyncEvaluationOrder;
  PromiseObject topLevelPromise;
  final List<ModuleRecord> asyncParentModules = new ArrayList<>();
  int pendingAsyncDependencies;
  /** The thrown value of a failed evaluation; {@link #hasError} says whether there is one. */
  Object evaluationError;
  boolean hasError;

  protected ModuleRecord(Realm realm, String name) {
    this.realm = realm;
    this.name = name;
  }

  public Status status() {
    return status;
  }

  public Scope environment() {
    return environment;
  }

  /** GetExportedNames ( [ exportStarSet ] ) */
  abstract List<String> exportedNames(Set<ModuleRecord> exportStarSet);

  /** ResolveExport ( exportName [ , resolveSet ] ): a binding, null (not found or circular) or AMBIGUOUS. */
  abstract ResolvedBinding resolveExport(String exportName, List<Object[]> resolveSet);

  /** InitializeEnvironment ( ): creates the environment, import bindings and hoisted functions. */
  abstract void initializeEnvironment();

  /**
   * ExecuteModule ( [ capability ] ): runs the body; for a module with top-level await, settles
   * {@code promise} when done (and returns at its first await).
   */
  abstract void executeModule(PromiseObject promise);

  /** GetImportedModule ( referrer, request ) */
  ModuleRecord importedModule(ModuleRequest request) {
    ModuleRecord m = loadedModules.get(request);
    if (m == null) {
      throw new IllegalStateException("module " + request.specifier() + " not loaded for " + name);
    }
    return m;
  }

  @Override
  public String toString() {
    return "Module[" + name + " " + status + "]";
  }
}
