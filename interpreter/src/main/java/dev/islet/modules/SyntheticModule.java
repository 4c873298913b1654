package dev.islet.modules;

import dev.islet.builtins.control.PromiseObject;
import dev.islet.bytecode.ScopeInfo;
import dev.islet.realm.Realm;
import dev.islet.vm.Scope;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A Synthetic Module Record — https://tc39.es/proposal-json-modules/#sec-synthetic-module-records —
 * with one export, {@code default}: how JSON modules ({@code with { type: "json" }}) appear.
 */
public final class SyntheticModule extends ModuleRecord {
  private final Object defaultValue;

  SyntheticModule(Realm realm, String name, Object defaultValue) {
    super(realm, name);
    this.defaultValue = defaultValue;
  }

  @Override
  List<String> exportedNames(Set<ModuleRecord> exportStarSet) {
    return List.of("default");
  }

  @Override
  ResolvedBinding resolveExport(String exportName, List<Object[]> resolveSet) {
    return exportName.equals("default") ? new ResolvedBinding(this, "default") : null;
  }

  @Override
  void initializeEnvironment() {
    environment = new Scope(null, new ScopeInfo(ScopeInfo.KIND_MODULE, new String[] {"default"}, new int[] {0}, false));
  }

  @Override
  void executeModule(PromiseObject promise) {
    environment.slots[0] = defaultValue;
  }

  static List<String> names() {
    return new ArrayList<>(List.of("default"));
  }
}
