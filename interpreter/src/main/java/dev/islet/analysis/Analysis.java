package dev.islet.analysis;

import dev.islet.ast.Node;
import dev.islet.bytecode.EvalSite;
import dev.islet.source.Source;
import java.util.IdentityHashMap;

/**
 * The result of analysing one compilation unit (script, module, eval code or dynamic function):
 * for each identifier reference where it resolves, for each scope-creating node its scope, for
 * each function node its info. Read-only once built, so lazily compiled functions in any isolate
 * can use it.
 */
public final class Analysis {
  /** How an identifier reference resolves. */
  public record Ref(Binding binding, boolean dynamic, boolean tdzCheck) {
    /** A reference to a global (script-level or undeclared) name. */
    public boolean isGlobal() {
      return binding == null && !dynamic || binding != null && binding.isGlobal() && !dynamic;
    }
  }

  public final Source source;
  /** Direct eval context of eval code (null otherwise). */
  public final EvalSite evalSite;
  final IdentityHashMap<Node, Ref> refs = new IdentityHashMap<>();
  final IdentityHashMap<Node, StaticScope> scopes = new IdentityHashMap<>();
  final IdentityHashMap<Node, FunctionInfo> functions = new IdentityHashMap<>();
  /** Block-level function declarations whose value is copied to a var binding (Annex B.3.3): the var binding. */
  final IdentityHashMap<Node, Binding> annexBFunctions = new IdentityHashMap<>();
  /** Var bindings created only by Annex B.3.3 (no var statement declares the name). */
  final java.util.Set<Binding> annexBOnlyVars = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
  FunctionInfo root;

  Analysis(Source source, EvalSite evalSite) {
    this.source = source;
    this.evalSite = evalSite;
  }

  public FunctionInfo root() {
    return root;
  }

  /** Where the identifier (or this/private name reference) {@code node} resolves. */
  public Ref ref(Node node) {
    return refs.get(node);
  }

  /** The scope a block, loop, catch clause, class or with statement creates, or null if it creates none. */
  public StaticScope scopeOf(Node node) {
    return scopes.get(node);
  }

  public FunctionInfo functionOf(Node node) {
    return functions.get(node);
  }

  public boolean isAnnexBOnlyVar(Binding b) {
    return annexBOnlyVars.contains(b);
  }

  /** The names sloppy eval code's Annex B block functions add to the caller's var scope. */
  public java.util.List<String> evalAnnexBNames() {
    java.util.List<String> names = new java.util.ArrayList<>();
    for (Binding b : annexBFunctions.values()) {
      if (b.scope.kind == StaticScope.Kind.EVAL && !names.contains(b.name)) {
        names.add(b.name);
      }
    }
    return names;
  }

  /** For an Annex B block-level function declaration: the var binding its value is copied to; else null. */
  public Binding annexBVarOf(Node functionDeclaration) {
    return annexBFunctions.get(functionDeclaration);
  }
}
