package dev.islet.modules;

import dev.islet.vm.Scope;

/**
 * An import binding: a live view of a binding in another module's environment
 * (CreateImportBinding — https://tc39.es/ecma262/#sec-createimportbinding). The slot is found by
 * name on first use, since in a cycle the target environment may not exist at link time.
 */
public final class ImportCell {
  final ModuleRecord module;
  final String bindingName;
  private Scope env;
  private int slot = -1;

  ImportCell(ModuleRecord module, String bindingName) {
    this.module = module;
    this.bindingName = bindingName;
  }

  /** The current value, or {@link Scope#TDZ} while the target is uninitialized. */
  public Object value() {
    if (slot < 0) {
      env = module.environment();
      slot = env.info.indexOf(bindingName);
      if (slot < 0) {
        throw new IllegalStateException("import binding " + bindingName + " not found in " + module.name);
      }
    }
    return env.slots[slot];
  }

  public String bindingName() {
    return bindingName;
  }
}
