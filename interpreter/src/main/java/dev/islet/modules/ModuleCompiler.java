package dev.islet.modules;

import dev.islet.analysis.Binding;
import dev.islet.analysis.FunctionInfo;
import dev.islet.ast.ExportDefaultDeclaration;
import dev.islet.ast.ExportNamedDeclaration;
import dev.islet.ast.FunctionDeclaration;
import dev.islet.ast.ModuleItem;
import dev.islet.ast.Program;
import dev.islet.bytecode.Code;
import dev.islet.bytecode.ScopeInfo;
import dev.islet.realm.Realm;
import dev.islet.vm.FunctionInstance;
import dev.islet.vm.FunctionObjects;
import dev.islet.vm.Scope;

/** The bridge from a compiled module body to its environment: the scope layout and the hoisted functions. */
final class ModuleCompiler {
  private ModuleCompiler() {}

  private static FunctionInfo root(Code code) {
    return (FunctionInfo) code.template.compileData;
  }

  /** The layout of the module environment (every module-level binding is a named slot). */
  static ScopeInfo moduleScopeInfo(Code code) {
    return root(code).paramScope.scopeInfo();
  }

  /** InitializeEnvironment step 24: the module's function declarations, created at link time. */
  static void instantiateFunctions(Realm realm, ModuleRecord module, FunctionInstance instance, Scope env) {
    FunctionInfo root = root(((SourceTextModule) module).code);
    Program program = (Program) root.node;
    for (ModuleItem item : program.body()) {
      FunctionDeclaration f = null;
      if (item instanceof FunctionDeclaration fd) {
        f = fd;
      } else if (item instanceof ExportNamedDeclaration e && e.declaration() instanceof FunctionDeclaration fd) {
        f = fd;
      } else if (item instanceof ExportDefaultDeclaration e && e.declaration() instanceof FunctionDeclaration fd) {
        f = fd;
      }
      if (f == null) {
        continue;
      }
      String name = f.id() != null ? f.id().name() : "*default*";
      Binding b = root.paramScope.lookup(name);
      FunctionInfo fi = root.analysis.functionOf(f);
      env.slots[b.slot()] = FunctionObjects.instantiate(realm, instance, fi.template, env);
    }
  }
}
