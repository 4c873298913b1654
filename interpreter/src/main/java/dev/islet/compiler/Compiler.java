package dev.islet.compiler;

import dev.islet.analysis.Analysis;
import dev.islet.analysis.Binding;
import dev.islet.analysis.FunctionInfo;
import dev.islet.analysis.ScopeAnalyzer;
import dev.islet.analysis.StaticScope;
import dev.islet.ast.*;
import dev.islet.bytecode.Code;
import dev.islet.bytecode.Declarations;
import dev.islet.bytecode.EvalSite;
import dev.islet.bytecode.FunctionTemplate;
import dev.islet.bytecode.Op;
import dev.islet.source.Source;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;

/**
 * The compiler's entry points. Scope analysis runs over the whole unit at once; top-level code is
 * compiled now and every function on its first call ({@link FunctionTemplate#code()}), once for
 * all isolates.
 */
public final class Compiler {
  private static final FunctionTemplate.Compiler LAZY = t -> compileFunction((FunctionInfo) t.compileData);

  private Compiler() {}

  /** Compiles a script; returns its top-level code (run it with the interpreter). */
  public static Code compileScript(Program program, Source source) {
    Analysis a = ScopeAnalyzer.analyzeScript(program, source);
    createTemplates(a.root(), source);
    return compileTopLevel(a.root(), program);
  }

  /** Compiles a module body; its environment is made at link time (see dev.islet.modules). */
  public static Code compileModule(Program program, Source source) {
    Analysis a = ScopeAnalyzer.analyzeModule(program, source);
    createTemplates(a.root(), source);
    return compileModuleBody(a.root(), program);
  }

  /** True when the module compiled to {@code code} uses top-level await. */
  public static boolean hasTopLevelAwait(Code code) {
    return ((FunctionInfo) code.template.compileData).async;
  }

  private static Code compileModuleBody(FunctionInfo root, Program program) {
    FunctionCompiler fc = new FunctionCompiler(root);
    CodeBuilder code = fc.code;
    // The environment exists already (made at link time, with imports and hoisted functions).
    fc.scope = root.paramScope;
    fc.statements.disposing(program.body(), () -> moduleItems(fc, root, program));
    code.emit(Op.UNDEFINED);
    code.emit(Op.RETURN);
    Code c = fc.finish();
    root.template.setCode(c);
    return c;
  }

  private static void moduleItems(FunctionCompiler fc, FunctionInfo root, Program program) {
    CodeBuilder code = fc.code;
    for (ModuleItem item : program.body()) {
      fc.position(item);
      if (item instanceof Statement s) {
        fc.statements.statement(s, List.of());
      } else if (item instanceof ExportNamedDeclaration e) {
        if (e.declaration() != null) {
          fc.statements.statement(e.declaration(), List.of());
        }
      } else if (item instanceof ExportDefaultDeclaration e) {
        Node d = e.declaration();
        if (d instanceof FunctionDeclaration) {
          continue;
        }
        Binding b;
        if (d instanceof ClassDeclaration c) {
          fc.classes.compileClass(c, c.id() != null ? c.id().name() : "default");
          b = root.paramScope.lookup(c.id() != null ? c.id().name() : "*default*");
        } else {
          fc.expressions.named((Expression) d, "default");
          b = root.paramScope.lookup("*default*");
        }
        fc.storeBinding(b, true, false);
        code.emit(Op.POP);
      }
    }
  }

  /** Compiles eval code; {@code site} is null for indirect eval. */
  public static Code compileEval(Program program, Source source, EvalSite site) {
    Analysis a = ScopeAnalyzer.analyzeEval(program, source, site);
    createTemplates(a.root(), source);
    return compileTopLevel(a.root(), program);
  }

  /** Compiles a function made by the Function constructors; returns its (lazily compiled) template. */
  public static FunctionTemplate compileDynamicFunction(FunctionExpression node, Source source) {
    Analysis a = ScopeAnalyzer.analyzeDynamicFunction(node, source);
    createTemplates(a.root(), source);
    return a.functionOf(node).template;
  }

  // ================================================================== templates

  private static void createTemplates(FunctionInfo f, Source source) {
    int flags = 0;
    if (f.strict) {
      flags |= FunctionTemplate.STRICT;
    }
    switch (f.kind) {
      case SCRIPT, MODULE, EVAL -> flags |= FunctionTemplate.TOP_LEVEL;
      case ARROW -> flags |= FunctionTemplate.ARROW;
      case METHOD -> flags |= FunctionTemplate.METHOD;
      case GETTER -> flags |= FunctionTemplate.METHOD | FunctionTemplate.GETTER;
      case SETTER -> flags |= FunctionTemplate.METHOD | FunctionTemplate.SETTER;
      case CLASS_CONSTRUCTOR -> flags |= FunctionTemplate.CLASS_CONSTRUCTOR | FunctionTemplate.CONSTRUCTOR
          | FunctionTemplate.HAS_PROTOTYPE | (f.derived ? FunctionTemplate.DERIVED : 0)
          // A derived default constructor forwards all its arguments (CREATE_REST 0): keep them.
          | (f.node instanceof ClassNode ? FunctionTemplate.DEFAULT_CONSTRUCTOR | FunctionTemplate.HAS_REST : 0);
      case FIELD_INIT, STATIC_BLOCK -> flags |= FunctionTemplate.METHOD | FunctionTemplate.FIELD_INIT;
      case FUNCTION -> {
        if (!f.generator && !f.async) {
          flags |= FunctionTemplate.CONSTRUCTOR | FunctionTemplate.HAS_PROTOTYPE;
        } else if (f.generator) {
          flags |= FunctionTemplate.HAS_PROTOTYPE;
        }
      }
      default -> {
        // no extra flags
      }
    }
    if (f.generator) {
      flags |= FunctionTemplate.GENERATOR;
      if (f.kind == FunctionInfo.Kind.METHOD) {
        flags |= FunctionTemplate.HAS_PROTOTYPE;
      }
    }
    if (f.async) {
      flags |= FunctionTemplate.ASYNC;
    }
    if (f.argumentsBinding != null) {
      flags |= FunctionTemplate.USES_ARGUMENTS;
    }
    if (f.hasRest) {
      flags |= FunctionTemplate.HAS_REST;
    }
    if (f.strict || !f.simpleParameters) {
      flags |= FunctionTemplate.UNMAPPED_ARGUMENTS;
    }
    if (f.hasDirectEval) {
      flags |= FunctionTemplate.HAS_DIRECT_EVAL;
    }
    int start = f.node.loc().start();
    int end = f.node.loc().end();
    if (f.kind == FunctionInfo.Kind.CLASS_CONSTRUCTOR && f.classNode != null) {
      start = f.classNode.loc().start();
      end = f.classNode.loc().end();
    }
    boolean visible = !f.isTopLevel() && f.kind != FunctionInfo.Kind.FIELD_INIT && f.kind != FunctionInfo.Kind.STATIC_BLOCK;
    f.template = new FunctionTemplate(f.name, f.length, flags, source, visible ? start : -1, visible ? end : -1,
        f.paramCount, f.index, f, LAZY);
    for (FunctionInfo child : f.children) {
      createTemplates(child, source);
    }
  }

  // ================================================================== top level

  private static Code compileTopLevel(FunctionInfo root, Program program) {
    FunctionCompiler fc = new FunctionCompiler(root);
    CodeBuilder code = fc.code;
    fc.completion = code.newTemp();
    code.emit(Op.UNDEFINED);
    code.emit(Op.PUT_LOCAL, fc.completion);
    StaticScope top = root.paramScope;
    fc.scope = top;
    List<Statement> statements = new ArrayList<>();
    for (ModuleItem item : program.body()) {
      if (item instanceof Statement s) {
        statements.add(s);
      }
    }
    if (root.kind == FunctionInfo.Kind.SCRIPT) {
      code.emit(Op.DECLARE_GLOBALS, code.constant(scriptDeclarations(root, statements)));
    } else if (root.kind == FunctionInfo.Kind.EVAL) {
      boolean sloppy = !root.strict;
      fc.scope = null;
      fc.enterScope(top);
      if (sloppy) {
        code.emit(Op.DECLARE_EVAL, code.constant(evalDeclarations(root, statements)));
      } else {
        fc.statements.hoistFunctions(statements);
      }
    }
    fc.statements.list(statements);
    code.emit(Op.GET_LOCAL, fc.completion);
    code.emit(Op.RETURN);
    Code c = fc.finish();
    root.template.setCode(c);
    return c;
  }

  /** GlobalDeclarationInstantiation's lists for a script. */
  private static Declarations scriptDeclarations(FunctionInfo root, List<Statement> statements) {
    StaticScope top = root.paramScope;
    LinkedHashMap<String, FunctionTemplate> functions = topLevelFunctions(root, statements);
    List<String> vars = new ArrayList<>();
    List<String> lexical = new ArrayList<>();
    List<Boolean> lexicalConst = new ArrayList<>();
    List<String> annexB = new ArrayList<>();
    for (Binding b : top.bindings()) {
      switch (b.kind) {
        case VAR -> {
          if (!functions.containsKey(b.name)) {
            if (isAnnexBOnly(root, b)) {
              annexB.add(b.name);
            } else {
              vars.add(b.name);
            }
          }
        }
        case LET, CLASS, USING -> {
          lexical.add(b.name);
          lexicalConst.add(false);
        }
        case CONST -> {
          lexical.add(b.name);
          lexicalConst.add(true);
        }
        default -> {
          // functions handled above
        }
      }
    }
    boolean[] consts = new boolean[lexicalConst.size()];
    for (int i = 0; i < consts.length; i++) {
      consts[i] = lexicalConst.get(i);
    }
    return new Declarations(vars.toArray(new String[0]), functions.keySet().toArray(new String[0]),
        functions.values().toArray(new FunctionTemplate[0]), lexical.toArray(new String[0]), consts,
        annexB.toArray(new String[0]));
  }

  /**
   * The top-level function declarations, by name in order of their last declaration (a later
   * declaration of a name replaces an earlier one, as GlobalDeclarationInstantiation says).
   */
  private static LinkedHashMap<String, FunctionTemplate> topLevelFunctions(FunctionInfo root, List<Statement> statements) {
    LinkedHashMap<String, FunctionTemplate> functions = new LinkedHashMap<>();
    for (Statement s : statements) {
      Statement d = s;
      while (d instanceof LabeledStatement l) {
        d = l.body();
      }
      if (d instanceof FunctionDeclaration f) {
        functions.remove(f.id().name());
        functions.put(f.id().name(), root.analysis.functionOf(f).template);
      }
    }
    return functions;
  }

  /** True when a var binding exists only because of Annex B block functions (no var statement declares it). */
  private static boolean isAnnexBOnly(FunctionInfo root, Binding b) {
    return root.analysis.isAnnexBOnlyVar(b);
  }

  /** EvalDeclarationInstantiation's lists for sloppy eval code (vars and functions go to the caller). */
  private static Declarations evalDeclarations(FunctionInfo root, List<Statement> statements) {
    LinkedHashMap<String, FunctionTemplate> functions = topLevelFunctions(root, statements);
    List<String> vars = new ArrayList<>();
    for (Statement s : statements) {
      collectVarNames(s, vars);
    }
    vars.removeAll(functions.keySet());
    List<String> annexB = new ArrayList<>(root.analysis.evalAnnexBNames());
    annexB.removeAll(functions.keySet());
    annexB.removeAll(vars);
    return new Declarations(vars.toArray(new String[0]), functions.keySet().toArray(new String[0]),
        functions.values().toArray(new FunctionTemplate[0]), new String[0], new boolean[0], annexB.toArray(new String[0]));
  }

  /** VarDeclaredNames of a statement (not into functions), without duplicates. */
  private static void collectVarNames(Node n, List<String> out) {
    if (n == null) {
      return;
    }
    switch (n.type()) {
      case VariableDeclaration -> {
        VariableDeclaration d = (VariableDeclaration) n;
        if (d.kind() == VariableKind.VAR) {
          for (VariableDeclarator v : d.declarations()) {
            for (String name : dev.islet.analysis.BoundNames.of(v.id())) {
              if (!out.contains(name)) {
                out.add(name);
              }
            }
          }
        }
      }
      case BlockStatement -> ((BlockStatement) n).body().forEach(s -> collectVarNames(s, out));
      case IfStatement -> {
        Node cur = n;
        while (cur instanceof IfStatement i) {
          collectVarNames(i.consequent(), out);
          cur = i.alternate();
        }
        collectVarNames(cur, out);
      }
      case ForStatement -> {
        ForStatement f = (ForStatement) n;
        if (f.init() instanceof VariableDeclaration) {
          collectVarNames(f.init(), out);
        }
        collectVarNames(f.body(), out);
      }
      case ForInStatement -> {
        collectVarNames(((ForInStatement) n).left(), out);
        collectVarNames(((ForInStatement) n).body(), out);
      }
      case ForOfStatement -> {
        collectVarNames(((ForOfStatement) n).left(), out);
        collectVarNames(((ForOfStatement) n).body(), out);
      }
      case WhileStatement -> collectVarNames(((WhileStatement) n).body(), out);
      case DoWhileStatement -> collectVarNames(((DoWhileStatement) n).body(), out);
      case LabeledStatement -> collectVarNames(((LabeledStatement) n).body(), out);
      case WithStatement -> collectVarNames(((WithStatement) n).body(), out);
      case TryStatement -> {
        TryStatement t = (TryStatement) n;
        collectVarNames(t.block(), out);
        if (t.handler() != null) {
          collectVarNames(t.handler().body(), out);
        }
        collectVarNames(t.finalizer(), out);
      }
      case SwitchStatement -> ((SwitchStatement) n).cases().forEach(c -> c.consequent().forEach(s -> collectVarNames(s, out)));
      default -> {
        // no var declarations
      }
    }
  }

  // ================================================================== functions

  /** Compiles one function on its first call. */
  static Code compileFunction(FunctionInfo f) {
    FunctionCompiler fc = new FunctionCompiler(f);
    CodeBuilder code = fc.code;
    switch (f.kind) {
      case FIELD_INIT -> fieldInitializer(fc, (PropertyDefinition) f.node);
      case STATIC_BLOCK -> {
        fc.scope = f.paramScope.parent;
        fc.enterScope(f.paramScope);
        List<Statement> body = ((StaticBlock) f.node).body();
        fc.statements.hoistFunctions(body);
        fc.statements.disposing(body, () -> fc.statements.list(body));
        code.emit(Op.UNDEFINED);
        code.emit(Op.RETURN);
      }
      default -> {
        if (f.node instanceof ClassNode) {
          defaultConstructor(fc);
        } else {
          functionBody(fc, (FunctionNode) f.node);
        }
      }
    }
    return fc.finish();
  }

  /** FunctionDeclarationInstantiation, then the body — https://tc39.es/ecma262/#sec-functiondeclarationinstantiation */
  private static void functionBody(FunctionCompiler fc, FunctionNode node) {
    FunctionInfo f = fc.info;
    CodeBuilder code = fc.code;
    // The function's own name (a named function expression) when it lives in a register.
    fc.scope = f.paramScope.parent;
    if (f.nameScope != null) {
      Binding own = f.nameScope.lookup(f.name);
      if (own != null && !own.isCaptured()) {
        code.emit(Op.LOAD_FUNCTION);
        code.emit(Op.PUT_LOCAL, own.register());
      }
    }
    fc.enterScope(f.paramScope);
    if (f.thisBinding != null && !f.thisBinding.isCaptured()) {
      code.emit(Op.INIT_TDZ, f.thisBinding.register());
    }
    if (f.argumentsBinding != null) {
      code.emit(Op.CREATE_ARGUMENTS, code.constant(mappedSlots(f, node)));
      fc.storeBinding(f.argumentsBinding, true, false);
      code.emit(Op.POP);
    }
    List<Pattern> params = node.params();
    if (f.simpleParameters) {
      HashMap<String, Integer> last = new HashMap<>();
      for (int i = 0; i < params.size(); i++) {
        last.put(((Identifier) params.get(i)).name(), i);
      }
      for (int i = 0; i < params.size(); i++) {
        String name = ((Identifier) params.get(i)).name();
        Binding b = f.paramScope.lookup(name);
        if (last.get(name) != i || b.register() == i) {
          continue;
        }
        code.emit(Op.GET_LOCAL, i);
        fc.storeBinding(b, true, false);
        code.emit(Op.POP);
      }
    } else {
      for (int i = 0; i < params.size(); i++) {
        Pattern p = params.get(i);
        fc.position(p);
        if (p instanceof RestElement r) {
          code.emit(Op.CREATE_REST, i);
          fc.patterns.bind(r.argument(), true);
        } else {
          code.emit(Op.GET_LOCAL, i);
          fc.patterns.bind(p, true);
        }
      }
    }
    if (f.varScope != f.paramScope) {
      fc.enterScope(f.varScope);
      for (Binding v : f.varScope.bindings()) {
        Binding param = f.paramScope.lookup(v.name);
        if (param != null && v.kind == Binding.Kind.VAR) {
          fc.loadBinding(param, false);
          fc.storeBinding(v, true, false);
          code.emit(Op.POP);
        }
      }
    }
    if (f.lexScope != f.varScope) {
      fc.enterScope(f.lexScope);
    }
    List<Statement> statements = node.body() instanceof BlockStatement b ? b.body() : List.of();
    fc.statements.hoistFunctions(statements);
    if (f.kind == FunctionInfo.Kind.CLASS_CONSTRUCTOR && !f.derived) {
      code.emit(Op.LOAD_FUNCTION);
      code.emit(Op.THIS);
      code.emit(Op.INIT_FIELDS);
      code.emit(Op.POP);
    }
    if (f.generator) {
      code.emit(Op.GENERATOR_START);
      code.emit(Op.POP);
    }
    if (node.body() instanceof BlockStatement) {
      fc.statements.disposing(statements, () -> fc.statements.list(statements));
      code.emit(Op.UNDEFINED);
      fc.emitReturn();
    } else {
      fc.expressions.expression((Expression) node.body());
      fc.emitReturn();
    }
  }

  /** For a mapped arguments object: the environment slot each argument index aliases (the last parameter of a name wins). */
  private static int[] mappedSlots(FunctionInfo f, FunctionNode node) {
    if (f.strict || !f.simpleParameters) {
      return null;
    }
    List<Pattern> params = node.params();
    int[] slots = new int[params.size()];
    for (int i = 0; i < params.size(); i++) {
      String name = ((Identifier) params.get(i)).name();
      boolean laterSame = false;
      for (int j = i + 1; j < params.size(); j++) {
        if (((Identifier) params.get(j)).name().equals(name)) {
          laterSame = true;
          break;
        }
      }
      Binding b = f.paramScope.lookup(name);
      slots[i] = laterSame || !b.isCaptured() ? -1 : b.slot();
    }
    return slots;
  }

  /** A synthesized constructor: the base one only initializes fields; the derived one passes its arguments to super. */
  private static void defaultConstructor(FunctionCompiler fc) {
    FunctionInfo f = fc.info;
    CodeBuilder code = fc.code;
    fc.scope = f.paramScope.parent;
    fc.enterScope(f.paramScope);
    if (!f.derived) {
      code.emit(Op.LOAD_FUNCTION);
      code.emit(Op.THIS);
      code.emit(Op.INIT_FIELDS);
      code.emit(Op.POP);
      code.emit(Op.UNDEFINED);
      code.emit(Op.RETURN);
      return;
    }
    if (!f.thisBinding.isCaptured()) {
      code.emit(Op.INIT_TDZ, f.thisBinding.register());
    }
    code.emit(Op.LOAD_FUNCTION);
    code.emit(Op.LOAD_NEW_TARGET);
    code.emit(Op.CREATE_REST, 0);
    code.emit(Op.SUPER_CALL_SPREAD);
    fc.storeBinding(f.thisBinding, true, false);
    code.emit(Op.LOAD_FUNCTION);
    code.emit(Op.SWAP);
    code.emit(Op.INIT_FIELDS);
    code.emit(Op.RETURN);
  }

  /** A field initializer: its value expression; an anonymous function gets the key (argument 0) as its name. */
  private static void fieldInitializer(FunctionCompiler fc, PropertyDefinition p) {
    FunctionInfo f = fc.info;
    CodeBuilder code = fc.code;
    fc.scope = f.paramScope.parent;
    fc.enterScope(f.paramScope);
    Expression value = p.value();
    fc.expressions.expression(value);
    boolean anonymous = value instanceof FunctionExpression fe && fe.id() == null || value instanceof ArrowFunctionExpression
        || value instanceof ClassExpression ce && ce.id() == null;
    if (anonymous && p.computed()) {
      code.emit(Op.GET_LOCAL, 0);
      code.emit(Op.SWAP);
      code.emit(Op.SET_FUNCTION_NAME, 0);
      code.emit(Op.SWAP);
      code.emit(Op.POP);
    }
    code.emit(Op.RETURN);
  }
}
