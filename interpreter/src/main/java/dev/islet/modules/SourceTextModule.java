package dev.islet.modules;

import dev.islet.analysis.BoundNames;
import dev.islet.ast.*;
import dev.islet.builtins.control.PromiseObject;
import dev.islet.bytecode.Code;
import dev.islet.errors.Errors;
import dev.islet.errors.Msg;
import dev.islet.realm.Realm;
import dev.islet.vm.FunctionInstance;
import dev.islet.vm.Scope;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A Source Text Module Record — https://tc39.es/ecma262/#sec-source-text-module-records: its
 * import and export entries (from ParseModule), and its compiled body.
 */
public final class SourceTextModule extends ModuleRecord {
  /** An ImportEntry Record; importName is an export name, "default", or {@link #NAMESPACE}. */
  record ImportEntry(ModuleRequest request, String importName, String localName) {}

  /** An ExportEntry Record; request is null for local exports; importName ALL_BUT_DEFAULT for export *. */
  record ExportEntry(String exportName, ModuleRequest request, String importName, String localName) {}

  static final String ALL = "*all*";
  static final String ALL_BUT_DEFAULT = "*all-but-default*";

  final Code code;
  final List<ImportEntry> importEntries = new ArrayList<>();
  final List<ExportEntry> localExports = new ArrayList<>();
  final List<ExportEntry> indirectExports = new ArrayList<>();
  final List<ExportEntry> starExports = new ArrayList<>();
  private FunctionInstance instance;
  private dev.islet.objects.JsObject importMeta;

  SourceTextModule(Realm realm, String name, Program program, Code code, boolean topLevelAwait) {
    super(realm, name);
    this.code = code;
    this.hasTopLevelAwait = topLevelAwait;
    parseEntries(program);
  }

  /** ParseModule steps 4–10: requested modules, import entries, and the three kinds of export entries. */
  private void parseEntries(Program program) {
    LinkedHashSet<ModuleRequest> requests = new LinkedHashSet<>();
    List<ExportEntry> exportEntries = new ArrayList<>();
    for (ModuleItem item : program.body()) {
      if (item instanceof ImportDeclaration imp) {
        ModuleRequest req = request(imp.source(), imp.attributes());
        requests.add(req);
        for (ImportDeclarationSpecifier sp : imp.specifiers()) {
          switch (sp.type()) {
            case ImportSpecifier -> {
              ImportSpecifier is = (ImportSpecifier) sp;
              importEntries.add(new ImportEntry(req, exportName(is.imported()), is.local().name()));
            }
            case ImportDefaultSpecifier -> importEntries.add(new ImportEntry(req, "default", ((ImportDefaultSpecifier) sp).local().name()));
            default -> importEntries.add(new ImportEntry(req, NAMESPACE, ((ImportNamespaceSpecifier) sp).local().name()));
          }
        }
      } else if (item instanceof ExportNamedDeclaration e) {
        if (e.source() != null) {
          ModuleRequest req = request(e.source(), e.attributes());
          requests.add(req);
          for (ExportSpecifier sp : e.specifiers()) {
            exportEntries.add(new ExportEntry(exportName(sp.exported()), req, exportName(sp.local()), null));
          }
        } else if (e.declaration() != null) {
          for (String n : declaredNames(e.declaration())) {
            exportEntries.add(new ExportEntry(n, null, null, n));
          }
        } else {
          for (ExportSpecifier sp : e.specifiers()) {
            exportEntries.add(new ExportEntry(exportName(sp.exported()), null, null, exportName(sp.local())));
          }
        }
      } else if (item instanceof ExportDefaultDeclaration d) {
        String local = "*default*";
        if (d.declaration() instanceof FunctionDeclaration f && f.id() != null) {
          local = f.id().name();
        } else if (d.declaration() instanceof ClassDeclaration c && c.id() != null) {
          local = c.id().name();
        }
        exportEntries.add(new ExportEntry("default", null, null, local));
      } else if (item instanceof ExportAllDeclaration a) {
        ModuleRequest req = request(a.source(), a.attributes());
        requests.add(req);
        if (a.exported() == null) {
          exportEntries.add(new ExportEntry(null, req, ALL_BUT_DEFAULT, null));
        } else {
          exportEntries.add(new ExportEntry(exportName(a.exported()), req, ALL, null));
        }
      }
    }
    requestedModules.addAll(requests);
    // ParseModule step 10: sort export entries into local, indirect and star exports.
    for (ExportEntry ee : exportEntries) {
      if (ee.request() == null) {
        ImportEntry ie = null;
        for (ImportEntry i : importEntries) {
          if (i.localName().equals(ee.localName())) {
            ie = i;
            break;
          }
        }
        if (ie == null || ie.importName().equals(NAMESPACE)) {
          localExports.add(ee);
        } else {
          indirectExports.add(new ExportEntry(ee.exportName(), ie.request(), ie.importName(), null));
        }
      } else if (ALL_BUT_DEFAULT.equals(ee.importName())) {
        starExports.add(ee);
      } else {
        indirectExports.add(ee);
      }
    }
  }

  private static ModuleRequest request(StringLiteral source, List<ImportAttribute> attributes) {
    String type = null;
    for (ImportAttribute a : attributes) {
      if (exportName(a.key()).equals("type")) {
        type = a.value().value();
      }
    }
    return new ModuleRequest(source.value(), type);
  }

  static String exportName(ModuleExportName n) {
    return n instanceof Identifier id ? id.name() : ((StringLiteral) n).value();
  }

  private static List<String> declaredNames(Declaration d) {
    if (d instanceof VariableDeclaration v) {
      List<String> names = new ArrayList<>();
      for (VariableDeclarator decl : v.declarations()) {
        names.addAll(BoundNames.of(decl.id()));
      }
      return names;
    }
    if (d instanceof FunctionDeclaration f) {
      return List.of(f.id().name());
    }
    return List.of(((ClassDeclaration) d).id().name());
  }

  // ------------------------------------------------------------------ exports

  @Override
  List<String> exportedNames(Set<ModuleRecord> exportStarSet) {
    if (!exportStarSet.add(this)) {
      return List.of();
    }
    List<String> names = new ArrayList<>();
    for (ExportEntry e : localExports) {
      names.add(e.exportName());
    }
    for (ExportEntry e : indirectExports) {
      names.add(e.exportName());
    }
    for (ExportEntry e : starExports) {
      for (String n : importedModule(e.request()).exportedNames(exportStarSet)) {
        if (!n.equals("default") && !names.contains(n)) {
          names.add(n);
        }
      }
    }
    return names;
  }

  @Override
  ResolvedBinding resolveExport(String exportName, List<Object[]> resolveSet) {
    for (Object[] r : resolveSet) {
      if (r[0] == this && r[1].equals(exportName)) {
        return null;
      }
    }
    resolveSet.add(new Object[] {this, exportName});
    for (ExportEntry e : localExports) {
      if (exportName.equals(e.exportName())) {
        return new ResolvedBinding(this, e.localName());
      }
    }
    for (ExportEntry e : indirectExports) {
      if (exportName.equals(e.exportName())) {
        ModuleRecord imported = importedModule(e.request());
        if (ALL.equals(e.importName())) {
          return new ResolvedBinding(imported, NAMESPACE);
        }
        return imported.resolveExport(e.importName(), resolveSet);
      }
    }
    if (exportName.equals("default")) {
      return null;
    }
    ResolvedBinding star = null;
    for (ExportEntry e : starExports) {
      ResolvedBinding resolution = importedModule(e.request()).resolveExport(exportName, resolveSet);
      if (resolution == AMBIGUOUS) {
        return AMBIGUOUS;
      }
      if (resolution != null) {
        if (star == null) {
          star = resolution;
        } else if (star.module() != resolution.module() || !star.bindingName().equals(resolution.bindingName())) {
          return AMBIGUOUS;
        }
      }
    }
    return star;
  }

  // ------------------------------------------------------------------ environment and execution

  /** InitializeEnvironment ( ) — https://tc39.es/ecma262/#sec-source-text-module-record-initialize-environment */
  @Override
  void initializeEnvironment() {
    for (ExportEntry e : indirectExports) {
      ResolvedBinding r = resolveExport(e.exportName(), new ArrayList<>());
      if (r == null || r == AMBIGUOUS) {
        throw Errors.syntaxError(realm, Msg.CUSTOM_SYNTAX, (r == null ? "The requested module does not provide an export named '"
            : "Ambiguous export '") + e.exportName() + "'" + (r == null ? "" : " in " + name));
      }
    }
    environment = new Scope(null, ModuleCompiler.moduleScopeInfo(code));
    for (ImportEntry in : importEntries) {
      ModuleRecord imported = importedModule(in.request());
      Object value;
      if (in.importName().equals(NAMESPACE)) {
        value = Modules.namespaceOf(imported);
      } else {
        ResolvedBinding r = imported.resolveExport(in.importName(), new ArrayList<>());
        if (r == null || r == AMBIGUOUS) {
          throw Errors.syntaxError(realm, Msg.CUSTOM_SYNTAX, (r == null ? "The requested module '" + in.request().specifier()
              + "' does not provide an export named '" : "Ambiguous import '") + in.importName() + "'");
        }
        value = r.bindingName().equals(NAMESPACE) ? Modules.namespaceOf(r.module()) : new ImportCell(r.module(), r.bindingName());
      }
      int slot = environment.info.indexOf(in.localName());
      environment.slots[slot] = value;
    }
    instance = new FunctionInstance(code.template);
    ModuleCompiler.instantiateFunctions(realm, this, instance, environment);
  }

  @Override
  void executeModule(PromiseObject promise) {
    Object result = Modules.runBody(realm, this, code, instance, environment, promise);
    if (promise == null && result == Scope.TDZ) {
      throw new IllegalStateException("synchronous module suspended");
    }
  }

  /** import.meta of this module (created once, with a null prototype; the host may add properties). */
  public dev.islet.objects.JsObject importMeta() {
    if (importMeta == null) {
      importMeta = dev.islet.objects.JsObject.ordinary(realm, null);
      Modules.hostOf(realm).populateImportMeta(this, importMeta);
    }
    return importMeta;
  }
}
