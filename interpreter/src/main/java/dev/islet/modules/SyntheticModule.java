package dev.islet.modules;

import dev.islet.builtins.control.PromiseObject;
import dev.islet.bytecode.ScopeInfo;
import dev.islet.realm.Realm;
import dev.islet.vm.Scope;
import java.util.List;
import java.util.Set;

/**
 * A Synthetic Module Record — https://tc39.es/proposal-json-modules/#sec-synthetic-module-records —
 * whose exports are set by the host, not by source text: JSON modules ({@code with { type: "json" }})
 * export {@code default}; a host's {@link ModuleHost.Synthetic} module exports what it names.
 */
public final class SyntheticModule extends ModuleRecord {
  private final String[] exportNames;
  private final ModuleHost.Synthetic body;
  private final Object defaultValue;

  /** A JSON module: one export, {@code default}. */
  SyntheticModule(Realm realm, String name, Object defaultValue) {
    super(realm, name);
    this.exportNames = new String[] {"default"};
    this.body = null;
    this.defaultValue = defaultValue;
  }

  /** A host-made module. */
  SyntheticModule(Realm realm, String name, ModuleHost.Synthetic body) {
    super(realm, name);
    this.exportNames = body.exportNames().toArray(new String[0]);
    this.body = body;
    this.defaultValue = null;
  }

  @Override
  List<String> exportedNames(Set<ModuleRecord> exportStarSet) {
    return List.of(exportNames);
  }

  @Override
  ResolvedBinding resolveExport(String exportName, List<Object[]> resolveSet) {
    for (String n : exportNames) {
      if (n.equals(exportName)) {
        return new ResolvedBinding(this, exportName);
      }
    }
    return null;
  }

  @Override
  void initializeEnvironment() {
    int[] flags = new int[exportNames.length];
    if (body != null) {
      // Host-made exports get their values when the module is evaluated; reading one before is a TDZ error.
      java.util.Arrays.fill(flags, ScopeInfo.TDZ);
    }
    environment = new Scope(null, new ScopeInfo(ScopeInfo.KIND_MODULE, exportNames, flags, false));
  }

  @Override
  void executeModule(PromiseObject promise) {
    if (body == null) {
      environment.slots[0] = defaultValue;
      return;
    }
    Object[] values = body.evaluate(realm);
    if (values.length != exportNames.length) {
      throw new IllegalStateException("synthetic module " + name + " gave " + values.length + " values for "
          + exportNames.length + " exports");
    }
    System.arraycopy(values, 0, environment.slots, 0, values.length);
  }
}
