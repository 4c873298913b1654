package dev.islet.analysis;

import dev.islet.ast.*;
import dev.islet.bytecode.EvalSite;
import dev.islet.source.Source;
import java.util.ArrayList;
import java.util.List;

/**
 * Scope analysis: one walk over a compilation unit that creates the static scopes, hoists
 * declarations as the spec's *DeclarationInstantiation algorithms do, resolves every identifier
 * reference once, finds what closures and eval can see, and then gives each binding a register or
 * an environment slot. The result ({@link Analysis}) is what the compiler reads.
 */
public final class ScopeAnalyzer {
  private final Analysis analysis;
  private FunctionInfo fn;
  private StaticScope scope;

  private ScopeAnalyzer(Analysis analysis) {
    this.analysis = analysis;
  }

  // ================================================================== entry points

  public static Analysis analyzeScript(Program program, Source source) {
    Analysis a = new Analysis(source, null);
    new ScopeAnalyzer(a).topLevel(program, FunctionInfo.Kind.SCRIPT, StaticScope.Kind.SCRIPT);
    return a;
  }

  public static Analysis analyzeModule(Program program, Source source) {
    Analysis a = new Analysis(source, null);
    new ScopeAnalyzer(a).topLevel(program, FunctionInfo.Kind.MODULE, StaticScope.Kind.MODULE);
    return a;
  }

  /** Eval code: {@code site} is null for indirect eval. */
  public static Analysis analyzeEval(Program program, Source source, EvalSite site) {
    Analysis a = new Analysis(source, site);
    new ScopeAnalyzer(a).topLevel(program, FunctionInfo.Kind.EVAL, StaticScope.Kind.EVAL);
    return a;
  }

  /** A function made by the Function constructor: analysed as if declared at global level. */
  public static Analysis analyzeDynamicFunction(FunctionExpression node, Source source) {
    Analysis a = new Analysis(source, null);
    ScopeAnalyzer s = new ScopeAnalyzer(a);
    FunctionInfo root = new FunctionInfo(FunctionInfo.Kind.SCRIPT, node, null, a);
    root.strict = false;
    a.root = root;
    s.fn = root;
    s.scope = new StaticScope(StaticScope.Kind.SCRIPT, null, root);
    FunctionInfo f = s.function(node, FunctionInfo.Kind.FUNCTION, "anonymous");
    s.allocate(root);
    a.functions.put(node, f);
    return a;
  }

  private void topLevel(Program program, FunctionInfo.Kind kind, StaticScope.Kind scopeKind) {
    FunctionInfo root = new FunctionInfo(kind, program, null, analysis);
    analysis.root = root;
    root.strict = program.strict() || kind == FunctionInfo.Kind.MODULE;
    fn = root;
    scope = new StaticScope(scopeKind, null, root);
    root.paramScope = root.varScope = root.lexScope = scope;
    analysis.scopes.put(program, scope);
    List<Statement> statements = new ArrayList<>();
    for (ModuleItem item : program.body()) {
      if (item instanceof Statement s) {
        statements.add(s);
      }
    }
    if (kind == FunctionInfo.Kind.EVAL) {
      EvalSite site = analysis.evalSite;
      // Strict eval code gets its own var scope; sloppy eval hoists vars into the caller's (dynamic).
      boolean injects = !root.strict && (site == null || !site.strict());
      scope.varInjectable = false;
      scope.evalVisible = true;
      if (site != null && site.strict()) {
        root.strict = true;
      }
      if (injects) {
        hoistLexical(statements, scope);
        declareFunctionsForEval(statements);
        annexBFunctions(statements, scope, java.util.Set.of());
      } else {
        hoistVars(statements, scope, scope, true);
        hoistLexical(statements, scope);
      }
    } else if (kind == FunctionInfo.Kind.MODULE) {
      hoistModule(program);
      for (ModuleItem item : program.body()) {
        hoistVarsIn(item, scope, true);
        hoistLexicalDeclaration(item, scope);
      }
    } else {
      hoistVars(statements, scope, scope, true);
      hoistLexical(statements, scope);
      annexBFunctions(statements, scope, java.util.Set.of());
    }
    if (containsDirectEval(program)) {
      root.hasDirectEval = true;
    }
    for (ModuleItem item : program.body()) {
      moduleItem(item);
    }
    if (kind == FunctionInfo.Kind.MODULE) {
      // Every module binding is a named slot of the module environment (exports are read by name).
      for (Binding b : scope.bindings.values()) {
        b.captured = true;
      }
      root.async = DirectEvalFinder.containsOutsideFunctions(program, n -> n instanceof AwaitExpression
          || n instanceof ForOfStatement f && f.await()
          || n instanceof VariableDeclaration v && v.kind() == VariableKind.AWAIT_USING);
    }
    allocate(root);
  }

  /** Sloppy eval: its top-level functions are created by DECLARE_EVAL in the caller's var scope; nothing to bind here. */
  private void declareFunctionsForEval(List<Statement> statements) {
    for (Statement s : statements) {
      if (s instanceof FunctionDeclaration fd) {
        analysis.scopes.put(fd, null);
      }
    }
  }

  // ================================================================== declarations

  private Binding declare(StaticScope s, String name, Binding.Kind kind) {
    Binding b = s.bindings.get(name);
    if (b == null) {
      b = new Binding(name, kind, s);
      s.bindings.put(name, b);
    }
    return b;
  }

  /** VarScopedDeclarations of a body: var statements (not in nested functions) and, at top level, functions. */
  private void hoistVars(List<Statement> body, StaticScope varScope, StaticScope topLexical, boolean topLevel) {
    for (Statement s : body) {
      hoistVarsIn(s, varScope, topLevel);
    }
  }

  private void hoistVarsIn(Node n, StaticScope varScope, boolean topLevel) {
    if (n == null) {
      return;
    }
    switch (n.type()) {
      case VariableDeclaration -> {
        VariableDeclaration d = (VariableDeclaration) n;
        if (d.kind() == VariableKind.VAR) {
          for (VariableDeclarator v : d.declarations()) {
            for (String name : BoundNames.of(v.id())) {
              declareVar(varScope, name);
            }
          }
        }
      }
      case FunctionDeclaration -> {
        if (topLevel) {
          FunctionDeclaration f = (FunctionDeclaration) n;
          if (varScope.kind != StaticScope.Kind.EVAL || fn.strict) {
            declare(varScope, f.id().name(), Binding.Kind.FUNCTION);
          }
        }
      }
      case BlockStatement -> {
        for (Statement s : ((BlockStatement) n).body()) {
          hoistVarsIn(s, varScope, false);
        }
      }
      case IfStatement -> {
        Node cur = n;
        while (cur instanceof IfStatement i) {
          hoistVarsIn(i.consequent(), varScope, false);
          cur = i.alternate();
        }
        hoistVarsIn(cur, varScope, false);
      }
      case ForStatement -> {
        ForStatement f = (ForStatement) n;
        if (f.init() instanceof VariableDeclaration) {
          hoistVarsIn(f.init(), varScope, false);
        }
        hoistVarsIn(f.body(), varScope, false);
      }
      case ForInStatement -> {
        ForInStatement f = (ForInStatement) n;
        hoistVarsIn(f.left(), varScope, false);
        hoistVarsIn(f.body(), varScope, false);
      }
      case ForOfStatement -> {
        ForOfStatement f = (ForOfStatement) n;
        hoistVarsIn(f.left(), varScope, false);
        hoistVarsIn(f.body(), varScope, false);
      }
      case WhileStatement -> hoistVarsIn(((WhileStatement) n).body(), varScope, false);
      case DoWhileStatement -> hoistVarsIn(((DoWhileStatement) n).body(), varScope, false);
      case LabeledStatement -> hoistVarsIn(((LabeledStatement) n).body(), varScope, topLevel);
      case WithStatement -> hoistVarsIn(((WithStatement) n).body(), varScope, false);
      case TryStatement -> {
        TryStatement t = (TryStatement) n;
        hoistVarsIn(t.block(), varScope, false);
        if (t.handler() != null) {
          hoistVarsIn(t.handler().body(), varScope, false);
        }
        hoistVarsIn(t.finalizer(), varScope, false);
      }
      case SwitchStatement -> {
        for (SwitchCase c : ((SwitchStatement) n).cases()) {
          for (Statement s : c.consequent()) {
            hoistVarsIn(s, varScope, false);
          }
        }
      }
      case ExportNamedDeclaration -> hoistVarsIn(((ExportNamedDeclaration) n).declaration(), varScope, topLevel);
      default -> {
        // Expressions and other statements declare no vars.
      }
    }
  }

  private void declareVar(StaticScope varScope, String name) {
    if (varScope.kind == StaticScope.Kind.EVAL && !fn.strict) {
      return;
    }
    Binding existing = varScope.bindings.get(name);
    if (existing == null) {
      declare(varScope, name, Binding.Kind.VAR);
    }
  }

  /** LexicallyScopedDeclarations of a statement list: let, const, class (and functions in blocks). */
  private void hoistLexical(List<Statement> body, StaticScope s) {
    for (Statement st : body) {
      Statement d = st;
      while (d instanceof LabeledStatement l) {
        d = l.body();
      }
      hoistLexicalDeclaration(d, s);
    }
  }

  private void hoistLexicalDeclaration(Node d, StaticScope s) {
    if (d instanceof VariableDeclaration v && v.kind() != VariableKind.VAR) {
      Binding.Kind k = switch (v.kind()) {
        case LET -> Binding.Kind.LET;
        case CONST -> Binding.Kind.CONST;
        default -> Binding.Kind.USING;
      };
      for (VariableDeclarator decl : v.declarations()) {
        for (String name : BoundNames.of(decl.id())) {
          declare(s, name, k);
        }
      }
    } else if (d instanceof ClassDeclaration c && c.id() != null) {
      declare(s, c.id().name(), Binding.Kind.CLASS);
    } else if (d instanceof FunctionDeclaration f && isBlockScope(s)) {
      declare(s, f.id().name(), Binding.Kind.FUNCTION);
    } else if (d instanceof ExportNamedDeclaration e && e.declaration() != null) {
      hoistLexicalDeclaration(e.declaration(), s);
    } else if (d instanceof ExportDefaultDeclaration e) {
      if (e.declaration() instanceof ClassDeclaration c) {
        declare(s, c.id() != null ? c.id().name() : "*default*", Binding.Kind.CLASS);
      }
    }
  }

  private static boolean isBlockScope(StaticScope s) {
    return s.kind == StaticScope.Kind.BLOCK || s.kind == StaticScope.Kind.CATCH;
  }

  /** Module top level: imports, and the implicit *default* binding. */
  private void hoistModule(Program program) {
    for (ModuleItem item : program.body()) {
      if (item instanceof ImportDeclaration imp) {
        for (ImportDeclarationSpecifier sp : imp.specifiers()) {
          Identifier local = switch (sp.type()) {
            case ImportSpecifier -> ((ImportSpecifier) sp).local();
            case ImportDefaultSpecifier -> ((ImportDefaultSpecifier) sp).local();
            default -> ((ImportNamespaceSpecifier) sp).local();
          };
          declare(scope, local.name(), Binding.Kind.IMPORT);
        }
      } else if (item instanceof ExportDefaultDeclaration e) {
        if (e.declaration() instanceof FunctionDeclaration f) {
          if (f.id() == null) {
            declare(scope, "*default*", Binding.Kind.FUNCTION);
          } else {
            declare(scope, f.id().name(), Binding.Kind.FUNCTION);
          }
        } else if (!(e.declaration() instanceof ClassDeclaration)) {
          declare(scope, "*default*", Binding.Kind.CONST);
        }
      }
    }
  }

  // ================================================================== functions

  /** Analyses a function node as a new FunctionInfo of {@code kind}; returns it. */
  private FunctionInfo function(FunctionNode node, FunctionInfo.Kind kind, String name) {
    FunctionInfo outerFn = fn;
    StaticScope outerScope = scope;
    FunctionInfo f = new FunctionInfo(kind, node, outerFn, analysis);
    analysis.functions.put(node, f);
    f.strict = node.strict();
    f.generator = node.generator();
    f.async = node.async();
    f.name = node.id() != null ? node.id().name() : name;
    fn = f;
    // A named function expression sees its own name in a scope of its own.
    if (node instanceof FunctionExpression fe && fe.id() != null && kind == FunctionInfo.Kind.FUNCTION) {
      f.nameScope = new StaticScope(StaticScope.Kind.FUNCTION_NAME, scope, f);
      declare(f.nameScope, fe.id().name(), Binding.Kind.FUNCTION_NAME).initializedAfter = -1;
      scope = f.nameScope;
    }
    analyzeFunctionBody(f, node.params(), node.body());
    fn = outerFn;
    scope = outerScope;
    return f;
  }

  /** FunctionDeclarationInstantiation's scopes, then the body. */
  private void analyzeFunctionBody(FunctionInfo f, List<Pattern> params, ArrowBody body) {
    StaticScope paramScope = new StaticScope(StaticScope.Kind.FUNCTION, scope, f);
    f.paramScope = paramScope;
    scope = paramScope;
    int positional = 0;
    for (Pattern p : params) {
      if (p instanceof RestElement) {
        f.hasRest = true;
        f.simpleParameters = false;
        break;
      }
      positional++;
      if (!(p instanceof Identifier)) {
        f.simpleParameters = false;
      }
      if (containsExpression(p)) {
        f.hasParameterExpressions = true;
      }
    }
    f.paramCount = positional;
    f.length = expectedArgumentCount(params);
    for (Pattern p : params) {
      for (String name : BoundNames.of(p)) {
        Binding b = declare(paramScope, name, Binding.Kind.PARAM);
        if (f.simpleParameters) {
          b.initializedAfter = -1;
        } else {
          // In a non-simple list each parameter is uninitialized until its own initialization.
          b.paramTdz = true;
          b.initializedAfter = p.loc().end();
        }
      }
    }
    List<Statement> statements = body instanceof BlockStatement b ? b.body() : List.of();
    boolean eval = containsDirectEval(body) || containsDirectEvalInParams(params);
    f.hasDirectEval = eval;
    if (f.kind == FunctionInfo.Kind.CLASS_CONSTRUCTOR && f.derived) {
      f.thisBinding = declare(paramScope, "this", Binding.Kind.THIS);
    }
    // The arguments object: when referenced (resolution creates it) or when eval might reference it.
    if (f.hasOwnThis() && eval) {
      ensureArguments(f);
    }
    StaticScope varScope = paramScope;
    if (f.hasParameterExpressions) {
      varScope = new StaticScope(StaticScope.Kind.FUNCTION_BODY, paramScope, f);
    }
    f.varScope = varScope;
    if (eval && !f.strict) {
      varScope.varInjectable = true;
    }
    hoistVars(statements, varScope, varScope, true);
    StaticScope lexScope = varScope;
    if (eval && !f.strict) {
      lexScope = new StaticScope(StaticScope.Kind.BLOCK, varScope, f);
    }
    f.lexScope = lexScope;
    hoistLexical(statements, lexScope);
    java.util.Set<String> blocked = new java.util.HashSet<>();
    blocked.add("arguments");
    paramScope.bindings.forEach((name, b) -> {
      if (b.kind == Binding.Kind.PARAM) {
        blocked.add(name);
      }
    });
    annexBFunctions(statements, varScope, blocked);
    if (lexScope != varScope || varScope != paramScope) {
      analysis.scopes.put(body, lexScope);
    }
    scope = paramScope;
    for (Pattern p : params) {
      pattern(p, true);
    }
    scope = lexScope;
    if (body instanceof BlockStatement b) {
      statements(b.body());
    } else {
      expression((Expression) body);
    }
  }

  /** Creates the implicit arguments binding of {@code f} unless a parameter or declaration shadows it. */
  private Binding ensureArguments(FunctionInfo f) {
    if (f.argumentsBinding != null) {
      return f.argumentsBinding;
    }
    if (f.paramScope.bindings.containsKey("arguments")) {
      return null;
    }
    if (!f.hasParameterExpressions && f.varScope != null) {
      Binding v = f.varScope.bindings.get("arguments");
      if (v != null && v.kind == Binding.Kind.FUNCTION) {
        return null;
      }
      if (f.lexScope != null) {
        Binding l = f.lexScope.bindings.get("arguments");
        if (l != null && l.isLexical()) {
          return null;
        }
      }
    }
    Binding b = new Binding("arguments", Binding.Kind.ARGUMENTS, f.paramScope);
    b.initializedAfter = -1;
    f.paramScope.bindings.put("arguments", b);
    f.argumentsBinding = b;
    if (!f.strict && f.simpleParameters) {
      // A mapped arguments object aliases the parameters: they live in the environment.
      for (Binding p : f.paramScope.bindings.values()) {
        if (p.kind == Binding.Kind.PARAM) {
          p.captured = true;
        }
      }
    }
    return b;
  }

  /** ExpectedArgumentCount: parameters before the first default or rest. */
  private static int expectedArgumentCount(List<Pattern> params) {
    int n = 0;
    for (Pattern p : params) {
      if (p instanceof AssignmentPattern || p instanceof RestElement) {
        break;
      }
      n++;
    }
    return n;
  }

  // ================================================================== resolution

  /** Resolves a reference to {@code name} made at {@code node} from the current scope. */
  private Analysis.Ref resolve(Node node, String name) {
    boolean dynamic = false;
    for (StaticScope s = scope; s != null; s = s.parent) {
      if (s.kind == StaticScope.Kind.WITH) {
        dynamic = true;
        continue;
      }
      Binding b = s.bindings.get(name);
      if (b == null && s.function != null && s == s.function.paramScope && name.equals("arguments")
          && s.function.hasOwnThis()) {
        b = ensureArguments(s.function);
      }
      if (b != null) {
        if (s.function != fn || dynamic) {
          // A dynamic lookup (through with objects or eval vars) finds bindings by name in environments.
          b.captured = true;
        }
        boolean check = b.isLexical() && (s.function != fn || s.switchBlock || node.loc().start() <= b.initializedAfter
            || b.kind == Binding.Kind.THIS);
        Analysis.Ref r = new Analysis.Ref(b, dynamic, check);
        analysis.refs.put(node, r);
        return r;
      }
      if (s.varInjectable) {
        dynamic = true;
      }
    }
    // Not declared in this unit: global (or the caller's, for eval code).
    if (analysis.root.kind == FunctionInfo.Kind.EVAL && analysis.evalSite != null) {
      dynamic = true;
    }
    Analysis.Ref r = new Analysis.Ref(null, dynamic, false);
    analysis.refs.put(node, r);
    return r;
  }

  /** Marks every scope from here to the root as visible to a direct eval (their bindings must be named slots). */
  private void markEvalVisible() {
    for (StaticScope s = scope; s != null; s = s.parent) {
      s.evalVisible = true;
      for (Binding b : s.bindings.values()) {
        b.captured = true;
      }
    }
    for (FunctionInfo f = fn; f != null; f = f.parent) {
      FunctionInfo owner = f.nonArrow();
      if (owner != null && owner.hasOwnThis() && !f.isTopLevel()) {
        Binding a = ensureArguments(owner);
        if (a != null) {
          a.captured = true;
        }
      }
      if (f.thisBinding != null) {
        f.thisBinding.captured = true;
      }
    }
  }

  // ================================================================== statements

  private void statements(List<Statement> list) {
    for (Statement s : list) {
      statement(s);
    }
  }

  private void moduleItem(ModuleItem item) {
    switch (item.type()) {
      case ImportDeclaration -> {
        // Bindings were declared by hoistModule.
      }
      case ExportNamedDeclaration -> {
        ExportNamedDeclaration e = (ExportNamedDeclaration) item;
        if (e.declaration() != null) {
          statement(e.declaration());
        } else if (e.source() == null) {
          for (ExportSpecifier sp : e.specifiers()) {
            if (sp.local() instanceof Identifier id) {
              Analysis.Ref r = resolve(id, id.name());
              if (r.binding() != null) {
                r.binding().captured = true;
              }
            }
          }
        }
      }
      case ExportDefaultDeclaration -> {
        Node d = ((ExportDefaultDeclaration) item).declaration();
        if (d instanceof FunctionDeclaration f) {
          functionDeclaration(f, f.id() == null ? "default" : null);
        } else if (d instanceof ClassDeclaration c) {
          classNode(c, c.id() == null ? "default" : c.id().name());
          Binding b = scope.bindings.get(c.id() != null ? c.id().name() : "*default*");
          if (b != null) {
            b.captured = true;
          }
        } else {
          namedExpression((Expression) d, "default");
        }
      }
      case ExportAllDeclaration -> {
        // Nothing local.
      }
      default -> statement((Statement) item);
    }
  }

  private void statement(Statement s) {
    if (s == null) {
      return;
    }
    switch (s.type()) {
      case ExpressionStatement -> expression(((ExpressionStatement) s).expression());
      case VariableDeclaration -> variableDeclaration((VariableDeclaration) s);
      case FunctionDeclaration -> functionDeclaration((FunctionDeclaration) s, null);
      case ClassDeclaration -> {
        ClassDeclaration c = (ClassDeclaration) s;
        resolve(c.id(), c.id().name());
        classNode(c, c.id().name());
        Binding b = scope.lookup(c.id().name());
        if (b != null) {
          b.initializedAfter = Math.min(b.initializedAfter, c.loc().end());
        }
      }
      case BlockStatement -> block((BlockStatement) s, ((BlockStatement) s).body());
      case EmptyStatement, DebuggerStatement -> {
        // nothing
      }
      case ReturnStatement -> expression(((ReturnStatement) s).argument());
      case ThrowStatement -> expression(((ThrowStatement) s).argument());
      case IfStatement -> {
        // else-if chains may be very long: iterate along the alternates.
        Statement cur = s;
        while (cur instanceof IfStatement i) {
          expression(i.test());
          bodyStatement(i.consequent());
          cur = i.alternate();
          if (cur instanceof FunctionDeclaration) {
            bodyStatement(cur);
            cur = null;
          }
        }
        bodyStatement(cur);
      }
      case WhileStatement -> {
        WhileStatement w = (WhileStatement) s;
        expression(w.test());
        bodyStatement(w.body());
      }
      case DoWhileStatement -> {
        DoWhileStatement d = (DoWhileStatement) s;
        bodyStatement(d.body());
        expression(d.test());
      }
      case ForStatement -> forStatement((ForStatement) s);
      case ForInStatement -> {
        ForInStatement f = (ForInStatement) s;
        forInOf(f, f.left(), f.right(), f.body());
      }
      case ForOfStatement -> {
        ForOfStatement f = (ForOfStatement) s;
        forInOf(f, f.left(), f.right(), f.body());
      }
      case LabeledStatement -> statement(((LabeledStatement) s).body());
      case BreakStatement, ContinueStatement -> {
        // labels are resolved by the compiler
      }
      case WithStatement -> {
        WithStatement w = (WithStatement) s;
        expression(w.object());
        StaticScope saved = scope;
        scope = new StaticScope(StaticScope.Kind.WITH, scope, fn);
        analysis.scopes.put(w, scope);
        bodyStatement(w.body());
        scope = saved;
      }
      case SwitchStatement -> {
        SwitchStatement sw = (SwitchStatement) s;
        expression(sw.discriminant());
        StaticScope saved = scope;
        StaticScope block = new StaticScope(StaticScope.Kind.BLOCK, scope, fn);
        block.switchBlock = true;
        List<Statement> all = new ArrayList<>();
        for (SwitchCase c : sw.cases()) {
          all.addAll(c.consequent());
        }
        hoistLexical(all, block);
        scope = block;
        if (!block.isEmpty()) {
          analysis.scopes.put(sw, block);
        }
        for (SwitchCase c : sw.cases()) {
          expression(c.test());
          statements(c.consequent());
        }
        scope = saved;
      }
      case TryStatement -> {
        TryStatement t = (TryStatement) s;
        block(t.block(), t.block().body());
        if (t.handler() != null) {
          CatchClause c = t.handler();
          StaticScope saved = scope;
          if (c.param() != null) {
            StaticScope cs = new StaticScope(StaticScope.Kind.CATCH, scope, fn);
            for (String name : BoundNames.of(c.param())) {
              declare(cs, name, Binding.Kind.CATCH_PARAM).initializedAfter = -1;
            }
            analysis.scopes.put(c, cs);
            scope = cs;
            pattern(c.param(), true);
          }
          block(c.body(), c.body().body());
          scope = saved;
        }
        if (t.finalizer() != null) {
          block(t.finalizer(), t.finalizer().body());
        }
      }
      default -> throw new IllegalStateException("statement " + s.type());
    }
  }

  /** The body of if/while/for/with/labels: a function declaration there is its own block (Annex B.3.4). */
  private void bodyStatement(Statement s) {
    if (s instanceof FunctionDeclaration f) {
      StaticScope saved = scope;
      StaticScope b = new StaticScope(StaticScope.Kind.BLOCK, scope, fn);
      declare(b, f.id().name(), Binding.Kind.FUNCTION);
      analysis.scopes.put(wrapperKey(f), b);
      scope = b;
      statement(f);
      scope = saved;
      return;
    }
    statement(s);
  }

  /** The key under which the synthetic block around a bare function declaration body is recorded. */
  public static Node wrapperKey(FunctionDeclaration f) {
    return f.id();
  }

  private void block(Node node, List<Statement> body) {
    StaticScope saved = scope;
    StaticScope b = new StaticScope(StaticScope.Kind.BLOCK, scope, fn);
    hoistLexical(body, b);
    if (!b.isEmpty()) {
      analysis.scopes.put(node, b);
      scope = b;
    }
    statements(body);
    scope = saved;
  }

  /**
   * Annex B.3.3: functions declared in blocks of sloppy code that also get a var binding in {@code varScope}
   * (for sloppy eval code, a binding the eval creates in the caller's var scope at run time).
   */
  private void annexBFunctions(List<Statement> body, StaticScope varScope, java.util.Set<String> blockedNames) {
    if (fn.strict) {
      return;
    }
    for (FunctionDeclaration f : AnnexBFunctions.of(body, blockedNames)) {
      String name = f.id().name();
      if (varScope.kind == StaticScope.Kind.EVAL) {
        analysis.annexBFunctions.put(f, new Binding(name, Binding.Kind.VAR, varScope));
        continue;
      }
      Binding v = varScope.bindings.get(name);
      if (v == null) {
        v = declare(varScope, name, Binding.Kind.VAR);
        analysis.annexBOnlyVars.add(v);
      }
      analysis.annexBFunctions.put(f, v);
    }
  }

  private void functionDeclaration(FunctionDeclaration f, String defaultName) {
    if (f.id() != null) {
      resolve(f.id(), f.id().name());
    }
    function(f, FunctionInfo.Kind.FUNCTION, defaultName);
  }

  private void variableDeclaration(VariableDeclaration d) {
    for (VariableDeclarator v : d.declarations()) {
      if (v.init() != null) {
        String name = v.id() instanceof Identifier id ? id.name() : null;
        namedExpression(v.init(), name);
      }
      pattern(v.id(), true);
      if (d.kind() != VariableKind.VAR) {
        for (String name : BoundNames.of(v.id())) {
          Binding b = scope.lookup(name);
          if (b != null) {
            b.initializedAfter = Math.min(b.initializedAfter, v.loc().end());
          }
        }
      }
    }
  }

  private void forStatement(ForStatement f) {
    StaticScope saved = scope;
    if (f.init() instanceof VariableDeclaration d && d.kind() != VariableKind.VAR) {
      StaticScope head = new StaticScope(StaticScope.Kind.BLOCK, scope, fn);
      hoistLexicalDeclaration(d, head);
      head.perIteration = d.kind() == VariableKind.LET;
      analysis.scopes.put(f, head);
      scope = head;
      variableDeclaration(d);
    } else if (f.init() instanceof VariableDeclaration d) {
      variableDeclaration(d);
    } else if (f.init() instanceof Expression e) {
      expression(e);
    }
    expression(f.test());
    expression(f.update());
    bodyStatement(f.body());
    scope = saved;
  }

  private void forInOf(Statement loop, ForInOfLeft left, Expression right, Statement body) {
    StaticScope saved = scope;
    if (left instanceof VariableDeclaration d && d.kind() != VariableKind.VAR) {
      // TDZ scope for the right-hand side, then a fresh scope per iteration for the bindings.
      StaticScope tdz = new StaticScope(StaticScope.Kind.BLOCK, scope, fn);
      hoistLexicalDeclaration(d, tdz);
      scope = tdz;
      expression(right);
      scope = saved;
      StaticScope iter = new StaticScope(StaticScope.Kind.BLOCK, scope, fn);
      hoistLexicalDeclaration(d, iter);
      analysis.scopes.put(loop, iter);
      analysis.scopes.put(right, tdz);
      scope = iter;
      for (VariableDeclarator v : d.declarations()) {
        pattern(v.id(), true);
        for (String name : BoundNames.of(v.id())) {
          iter.lookup(name).initializedAfter = -1;
        }
      }
      bodyStatement(body);
      scope = saved;
      return;
    }
    expression(right);
    if (left instanceof VariableDeclaration d) {
      for (VariableDeclarator v : d.declarations()) {
        if (v.init() != null) {
          expression(v.init());
        }
        pattern(v.id(), true);
      }
    } else {
      pattern((Pattern) left, false);
    }
    bodyStatement(body);
  }

  // ================================================================== patterns

  /** A binding or assignment pattern: resolves its identifiers and analyses defaults and computed keys. */
  private void pattern(Pattern p, boolean binding) {
    if (p == null) {
      return;
    }
    switch (p.type()) {
      case Identifier -> resolve(p, ((Identifier) p).name());
      case MemberExpression -> expression((MemberExpression) p);
      case AssignmentPattern -> {
        AssignmentPattern a = (AssignmentPattern) p;
        pattern(a.left(), binding);
        namedExpression(a.right(), a.left() instanceof Identifier id ? id.name() : null);
      }
      case ArrayPattern -> {
        for (Pattern e : ((ArrayPattern) p).elements()) {
          pattern(e, binding);
        }
      }
      case ObjectPattern -> {
        for (ObjectPatternMember m : ((ObjectPattern) p).properties()) {
          if (m instanceof AssignmentProperty ap) {
            if (ap.computed()) {
              expression(ap.key());
            }
            pattern(ap.value(), binding);
          } else {
            pattern(((RestElement) m).argument(), binding);
          }
        }
      }
      case RestElement -> pattern(((RestElement) p).argument(), binding);
      case CallExpression -> expression((CallExpression) p);
      default -> throw new IllegalStateException("pattern " + p.type());
    }
  }

  // ================================================================== expressions

  /** An expression that may be an anonymous function or class named by NamedEvaluation. */
  private void namedExpression(Expression e, String name) {
    if (e instanceof FunctionExpression f && f.id() == null) {
      function(f, FunctionInfo.Kind.FUNCTION, name);
    } else if (e instanceof ArrowFunctionExpression a) {
      function(a, FunctionInfo.Kind.ARROW, name);
    } else if (e instanceof ClassExpression c && c.id() == null) {
      classNode(c, name);
    } else {
      expression(e);
    }
  }

  private void expressions(List<? extends ExpressionOrSpread> list) {
    for (ExpressionOrSpread e : list) {
      if (e instanceof SpreadElement s) {
        expression(s.argument());
      } else if (e != null) {
        expression((Expression) e);
      }
    }
  }

  private void expression(Expression e) {
    if (e == null) {
      return;
    }
    switch (e.type()) {
      case Identifier -> resolve(e, ((Identifier) e).name());
      case StringLiteral, NumberLiteral, BigIntLiteral, BooleanLiteral, NullLiteral, RegExpLiteral, MetaProperty -> {
        // nothing to resolve
      }
      case ThisExpression, Super -> {
        // super.x reads the this binding first (GetThisBinding): a derived constructor's may be uninitialized.
        if (fn.kind == FunctionInfo.Kind.CLASS_CONSTRUCTOR && fn.derived || derivedThisOuter()) {
          resolve(e, "this");
        }
      }
      case PrivateIdentifier -> resolve(e, "#" + ((PrivateIdentifier) e).name());
      case ArrayExpression -> expressions(((ArrayExpression) e).elements());
      case ObjectExpression -> {
        for (ObjectMember m : ((ObjectExpression) e).properties()) {
          if (m instanceof SpreadElement s) {
            expression(s.argument());
            continue;
          }
          Property p = (Property) m;
          if (p.computed()) {
            expression(p.key());
          }
          String name = p.computed() ? null : propertyName(p.key());
          if (p.kind() != PropertyKind.INIT || p.method()) {
            FunctionInfo.Kind k = p.kind() == PropertyKind.GET ? FunctionInfo.Kind.GETTER
                : p.kind() == PropertyKind.SET ? FunctionInfo.Kind.SETTER : FunctionInfo.Kind.METHOD;
            String fname = name == null ? null : p.kind() == PropertyKind.GET ? "get " + name
                : p.kind() == PropertyKind.SET ? "set " + name : name;
            function((FunctionExpression) p.value(), k, fname);
          } else if (name != null && !"__proto__".equals(name) || p.shorthand()) {
            namedExpression(p.value(), name);
          } else {
            expression(p.value());
          }
        }
      }
      case FunctionExpression -> function((FunctionExpression) e, FunctionInfo.Kind.FUNCTION, null);
      case ArrowFunctionExpression -> function((ArrowFunctionExpression) e, FunctionInfo.Kind.ARROW, null);
      case ClassExpression -> {
        ClassExpression c = (ClassExpression) e;
        classNode(c, c.id() == null ? null : c.id().name());
      }
      case UnaryExpression -> expression(((UnaryExpression) e).argument());
      case UpdateExpression -> expression(((UpdateExpression) e).argument());
      case BinaryExpression, LogicalExpression -> {
        // Left-nested chains (a+a+…) may be very long: walk the left spine without recursion.
        java.util.ArrayDeque<Expression> rights = new java.util.ArrayDeque<>();
        Expression x = e;
        while (x instanceof BinaryExpression || x instanceof LogicalExpression) {
          if (x instanceof BinaryExpression b) {
            rights.push(b.right());
            x = b.left();
          } else {
            LogicalExpression l = (LogicalExpression) x;
            rights.push(l.right());
            x = l.left();
          }
        }
        expression(x);
        while (!rights.isEmpty()) {
          expression(rights.pop());
        }
      }
      case AssignmentExpression -> {
        AssignmentExpression a = (AssignmentExpression) e;
        pattern(a.left(), false);
        boolean named = a.targetIsIdentifierRef() && (a.operator() == AssignmentOperator.ASSIGN
            || a.operator() == AssignmentOperator.AND || a.operator() == AssignmentOperator.OR
            || a.operator() == AssignmentOperator.NULLISH);
        if (named) {
          namedExpression(a.right(), ((Identifier) a.left()).name());
        } else {
          expression(a.right());
        }
      }
      case MemberExpression -> {
        MemberExpression m = (MemberExpression) e;
        expression(m.object());
        if (m.computed() || m.property() instanceof PrivateIdentifier) {
          expression(m.property());
        }
      }
      case ChainExpression -> expression(((ChainExpression) e).expression());
      case ConditionalExpression -> {
        ConditionalExpression c = (ConditionalExpression) e;
        expression(c.test());
        expression(c.consequent());
        expression(c.alternate());
      }
      case CallExpression -> {
        CallExpression c = (CallExpression) e;
        expression(c.callee());
        expressions(c.arguments());
        if (c.callee() instanceof Identifier id && id.name().equals("eval") && !c.optional()) {
          fn.hasDirectEval = true;
          markEvalVisible();
        }
      }
      case NewExpression -> {
        NewExpression n = (NewExpression) e;
        expression(n.callee());
        expressions(n.arguments());
      }
      case SequenceExpression -> {
        for (Expression x : ((SequenceExpression) e).expressions()) {
          expression(x);
        }
      }
      case YieldExpression -> expression(((YieldExpression) e).argument());
      case AwaitExpression -> expression(((AwaitExpression) e).argument());
      case TemplateLiteral -> {
        for (Expression x : ((TemplateLiteral) e).expressions()) {
          expression(x);
        }
      }
      case TaggedTemplateExpression -> {
        TaggedTemplateExpression t = (TaggedTemplateExpression) e;
        expression(t.tag());
        for (Expression x : t.quasi().expressions()) {
          expression(x);
        }
      }
      case ImportExpression -> {
        ImportExpression i = (ImportExpression) e;
        expression(i.source());
        expression(i.options());
      }
      default -> throw new IllegalStateException("expression " + e.type());
    }
  }

  /** True when `this` here means a derived constructor's this binding (in it, or in arrows/eval within it). */
  private boolean derivedThisOuter() {
    FunctionInfo f = fn;
    while (f != null && f.kind == FunctionInfo.Kind.ARROW) {
      f = f.parent;
    }
    if (f != null && f.kind == FunctionInfo.Kind.CLASS_CONSTRUCTOR && f.derived) {
      return true;
    }
    return f != null && f.kind == FunctionInfo.Kind.EVAL && analysis.evalSite != null
        && analysis.evalSite.inDerivedConstructor();
  }

  /** The static name of a property key, or null when computed at run time. */
  static String propertyName(Expression key) {
    if (key instanceof Identifier id) {
      return id.name();
    }
    if (key instanceof StringLiteral s) {
      return s.value();
    }
    if (key instanceof NumberLiteral n) {
      return dev.islet.numconv.NumberToString.toString(n.value());
    }
    if (key instanceof BigIntLiteral b) {
      return b.value().toString();
    }
    if (key instanceof PrivateIdentifier p) {
      return "#" + p.name();
    }
    return null;
  }

  // ================================================================== classes

  private void classNode(ClassNode c, String name) {
    StaticScope saved = scope;
    StaticScope cs = new StaticScope(StaticScope.Kind.CLASS, scope, fn);
    analysis.scopes.put(c, cs);
    if (c.id() != null) {
      declare(cs, c.id().name(), Binding.Kind.CLASS_INNER_NAME);
    }
    for (ClassElement el : c.body().body()) {
      Expression key = el instanceof MethodDefinition m ? m.key() : el instanceof PropertyDefinition p ? p.key() : null;
      if (key instanceof PrivateIdentifier pi) {
        declare(cs, "#" + pi.name(), Binding.Kind.PRIVATE_NAME).initializedAfter = -1;
      }
    }
    scope = cs;
    expression(c.superClass());
    // The constructor first (its info is the class's template), then the elements in order.
    MethodDefinition ctor = null;
    for (ClassElement el : c.body().body()) {
      if (el instanceof MethodDefinition m && m.kind() == MethodKind.CONSTRUCTOR) {
        ctor = m;
      }
    }
    FunctionInfo ctorInfo;
    if (ctor != null) {
      ctorInfo = classConstructor(ctor.value(), c, name);
    } else {
      ctorInfo = new FunctionInfo(FunctionInfo.Kind.CLASS_CONSTRUCTOR, c, fn, analysis);
      ctorInfo.strict = true;
      ctorInfo.derived = c.superClass() != null;
      ctorInfo.name = name;
      ctorInfo.classNode = c;
      FunctionInfo outer = fn;
      fn = ctorInfo;
      ctorInfo.paramScope = ctorInfo.varScope = ctorInfo.lexScope = new StaticScope(StaticScope.Kind.FUNCTION, cs, ctorInfo);
      if (ctorInfo.derived) {
        ctorInfo.thisBinding = declare(ctorInfo.paramScope, "this", Binding.Kind.THIS);
      }
      fn = outer;
    }
    analysis.functions.put(c, ctorInfo);
    for (ClassElement el : c.body().body()) {
      if (el instanceof MethodDefinition m) {
        if (m.kind() == MethodKind.CONSTRUCTOR) {
          continue;
        }
        if (m.computed()) {
          expression(m.key());
        }
        String kname = m.computed() ? null : propertyName(m.key());
        FunctionInfo.Kind k = m.kind() == MethodKind.GET ? FunctionInfo.Kind.GETTER
            : m.kind() == MethodKind.SET ? FunctionInfo.Kind.SETTER : FunctionInfo.Kind.METHOD;
        String fname = kname == null ? null : m.kind() == MethodKind.GET ? "get " + kname
            : m.kind() == MethodKind.SET ? "set " + kname : kname;
        if (m.key() instanceof PrivateIdentifier pi) {
          resolve(m.key(), "#" + pi.name());
        }
        function(m.value(), k, fname);
      } else if (el instanceof PropertyDefinition p) {
        if (p.computed()) {
          expression(p.key());
        }
        if (p.key() instanceof PrivateIdentifier pi) {
          resolve(p.key(), "#" + pi.name());
        }
        if (p.value() != null) {
          fieldInitializer(p, p.computed() ? null : propertyName(p.key()));
        }
      } else if (el instanceof StaticBlock sb) {
        staticBlock(sb);
      }
    }
    scope = saved;
  }

  private FunctionInfo classConstructor(FunctionExpression f, ClassNode c, String name) {
    FunctionInfo outerFn = fn;
    StaticScope outerScope = scope;
    FunctionInfo info = new FunctionInfo(FunctionInfo.Kind.CLASS_CONSTRUCTOR, f, outerFn, analysis);
    analysis.functions.put(f, info);
    info.strict = true;
    info.derived = c.superClass() != null;
    info.name = name;
    info.classNode = c;
    fn = info;
    analyzeFunctionBody(info, f.params(), f.body());
    fn = outerFn;
    scope = outerScope;
    return info;
  }

  /** A field initializer is analysed as a method whose body is the initializer expression. */
  private void fieldInitializer(PropertyDefinition p, String name) {
    FunctionInfo outerFn = fn;
    StaticScope outerScope = scope;
    FunctionInfo info = new FunctionInfo(FunctionInfo.Kind.FIELD_INIT, p, outerFn, analysis);
    analysis.functions.put(p, info);
    info.strict = true;
    info.name = name;
    // The field's key arrives as argument 0 (for naming anonymous functions under computed keys).
    info.paramCount = 1;
    fn = info;
    StaticScope s = new StaticScope(StaticScope.Kind.FUNCTION, scope, info);
    info.paramScope = info.varScope = info.lexScope = s;
    scope = s;
    if (containsDirectEval(p.value())) {
      info.hasDirectEval = true;
    }
    namedExpression(p.value(), name);
    fn = outerFn;
    scope = outerScope;
  }

  private void staticBlock(StaticBlock sb) {
    FunctionInfo outerFn = fn;
    StaticScope outerScope = scope;
    FunctionInfo info = new FunctionInfo(FunctionInfo.Kind.STATIC_BLOCK, sb, outerFn, analysis);
    analysis.functions.put(sb, info);
    info.strict = true;
    info.name = "";
    fn = info;
    StaticScope s = new StaticScope(StaticScope.Kind.FUNCTION, scope, info);
    info.paramScope = info.varScope = s;
    scope = s;
    hoistVars(sb.body(), s, s, true);
    info.lexScope = s;
    hoistLexical(sb.body(), s);
    info.hasDirectEval = containsDirectEval(sb);
    statements(sb.body());
    fn = outerFn;
    scope = outerScope;
  }

  // ================================================================== allocation

  /** Gives registers to the bindings no closure sees, for {@code f} and (recursively) its children. */
  void allocate(FunctionInfo f) {
    int next = f.paramCount;
    List<StaticScope> scopes = new ArrayList<>();
    collectScopes(f, scopes);
    // Simple parameters use their incoming register when they stay in a register.
    if (f.paramScope != null && f.simpleParameters && f.node instanceof FunctionNode fnode) {
      List<Pattern> params = fnode.params();
      for (int i = 0; i < params.size(); i++) {
        Binding b = f.paramScope.bindings.get(((Identifier) params.get(i)).name());
        if (!b.captured) {
          b.register = i;
        }
      }
    }
    for (StaticScope s : scopes) {
      for (Binding b : s.bindings.values()) {
        if (s.kind == StaticScope.Kind.SCRIPT) {
          continue;
        }
        if (!b.captured && b.register < 0) {
          b.register = next++;
        }
      }
      s.allocateSlots();
    }
    f.registerCount = next;
    for (FunctionInfo child : f.children) {
      allocate(child);
    }
  }

  /** All scopes owned by {@code f}. */
  private void collectScopes(FunctionInfo f, List<StaticScope> out) {
    java.util.IdentityHashMap<StaticScope, Boolean> seen = new java.util.IdentityHashMap<>();
    for (StaticScope s : new StaticScope[] {f.nameScope, f.paramScope, f.varScope, f.lexScope}) {
      if (s != null && seen.put(s, Boolean.TRUE) == null) {
        out.add(s);
      }
    }
    for (StaticScope s : analysis.scopes.values()) {
      if (s != null && s.function == f && seen.put(s, Boolean.TRUE) == null) {
        out.add(s);
      }
    }
  }

  // ================================================================== static helpers

  /** ContainsExpression of a parameter: defaults or computed keys. */
  private static boolean containsExpression(Pattern p) {
    if (p == null) {
      return false;
    }
    return switch (p.type()) {
      case AssignmentPattern -> true;
      case ArrayPattern -> ((ArrayPattern) p).elements().stream().anyMatch(ScopeAnalyzer::containsExpression);
      case ObjectPattern -> ((ObjectPattern) p).properties().stream().anyMatch(m -> m instanceof AssignmentProperty ap
          ? ap.computed() || containsExpression(ap.value()) : containsExpression(((RestElement) m).argument()));
      case RestElement -> containsExpression(((RestElement) p).argument());
      default -> false;
    };
  }

  private static boolean containsDirectEvalInParams(List<Pattern> params) {
    for (Pattern p : params) {
      if (DirectEvalFinder.contains(p)) {
        return true;
      }
    }
    return false;
  }

  /** True if the node contains a direct eval call outside nested non-arrow functions. */
  static boolean containsDirectEval(Node n) {
    return DirectEvalFinder.contains(n);
  }
}
