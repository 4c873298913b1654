package dev.islet.vm;

import dev.islet.bytecode.Declarations;
import dev.islet.bytecode.ScopeInfo;
import dev.islet.errors.Errors;
import dev.islet.errors.Msg;
import dev.islet.objects.JsObject;
import dev.islet.objects.shape.Attributes;
import dev.islet.objects.shape.PropertyCell;
import dev.islet.ops.TypeConversion;
import dev.islet.realm.GlobalEnvironment;
import dev.islet.realm.Realm;
import dev.islet.values.Symbol;
import dev.islet.values.Undefined;
import dev.islet.vm.ic.GlobalCache;
import java.util.Map;

/**
 * Identifier resolution that is not a register or a fixed environment slot: globals (with a cell
 * cache per site), names looked up through {@code with} objects and eval-created variables, and
 * the declaration instantiation of scripts and eval code.
 */
final class Names {
  private Names() {}

  // ------------------------------------------------------------------ globals

  static Object getGlobal(Realm realm, String name, Object[] caches, int index, boolean forTypeof) {
    GlobalEnvironment env = realm.globalEnv();
    GlobalCache gc = (GlobalCache) caches[index];
    PropertyCell cell;
    if (gc != null && gc.environment == env && gc.lexicalVersion == env.lexicalVersion() && gc.cell.isLive()) {
      cell = gc.cell;
    } else {
      cell = resolveGlobal(env, name);
      if (cell == null) {
        JsObject g = env.globalObject();
        if (g.hasProperty(realm, name)) {
          return g.get(realm, name, g);
        }
        if (forTypeof) {
          return Undefined.INSTANCE;
        }
        throw Errors.referenceError(realm, Msg.NOT_DEFINED, name);
      }
      if (gc == null) {
        gc = new GlobalCache();
        caches[index] = gc;
      }
      gc.cell = cell;
      gc.environment = env;
      gc.lexicalVersion = env.lexicalVersion();
    }
    Object v = cell.value;
    if (Attributes.isAccessor(cell.attributes)) {
      Object getter = ((dev.islet.objects.Accessor) v).getter();
      return getter instanceof JsObject f ? f.call(env.globalObject(), JsObject.NO_ARGS) : Undefined.INSTANCE;
    }
    if (v == Scope.TDZ) {
      throw Errors.referenceError(realm, Msg.TDZ, name);
    }
    return v;
  }

  /** The cell {@code name} resolves to in the global environment: a lexical binding first, then the global object's own property. */
  private static PropertyCell resolveGlobal(GlobalEnvironment env, String name) {
    PropertyCell lex = env.lexicalBinding(name);
    return lex != null ? lex : env.objectCell(name);
  }

  static void setGlobal(Realm realm, String name, Object value, Object[] caches, int index, boolean strict) {
    GlobalEnvironment env = realm.globalEnv();
    GlobalCache gc = (GlobalCache) caches[index];
    PropertyCell cell;
    if (gc != null && gc.environment == env && gc.lexicalVersion == env.lexicalVersion() && gc.cell.isLive()) {
      cell = gc.cell;
    } else {
      cell = resolveGlobal(env, name);
      if (cell != null) {
        if (gc == null) {
          gc = new GlobalCache();
          caches[index] = gc;
        }
        gc.cell = cell;
        gc.environment = env;
        gc.lexicalVersion = env.lexicalVersion();
      }
    }
    JsObject g = env.globalObject();
    if (cell == null) {
      if (g.hasProperty(realm, name)) {
        PropertyAccess.putValue(realm, g, name, value, strict);
        return;
      }
      if (strict) {
        throw Errors.referenceError(realm, Msg.NOT_DEFINED, name);
      }
      g.set(realm, name, value, g);
      return;
    }
    if (env.lexicalBinding(name) == cell) {
      if (cell.value == Scope.TDZ) {
        throw Errors.referenceError(realm, Msg.TDZ, name);
      }
      if (!Attributes.isWritable(cell.attributes)) {
        throw Errors.typeError(realm, Msg.ASSIGN_TO_CONST, name);
      }
      cell.value = value;
      return;
    }
    if ((cell.attributes & (Attributes.WRITABLE | Attributes.ACCESSOR)) == Attributes.WRITABLE) {
      cell.value = value;
      return;
    }
    PropertyAccess.putValue(realm, g, name, value, strict);
  }

  // ------------------------------------------------------------------ dynamic names (with, eval)

  /**
   * A resolved identifier reference (the result of ResolveBinding): where {@code name} lives at
   * the moment it was resolved. Assignments hold on to it while their right-hand side runs, so a
   * binding that disappears or appears meanwhile does not change what is written.
   */
  static final class Reference {
    static final int SLOT = 0;
    static final int OBJECT = 1;
    static final int EVAL_VAR = 2;
    static final int GLOBAL_LEXICAL = 3;
    static final int UNRESOLVABLE = 4;

    final int kind;
    Scope scope;
    int slot;
    JsObject object;
    /** True for the binding object of a with statement (the this value of calls through it). */
    boolean withObject;
    Map<String, Object> map;
    PropertyCell cell;

    Reference(int kind) {
      this.kind = kind;
    }
  }

  private static final Reference UNRESOLVABLE = new Reference(Reference.UNRESOLVABLE);

  /** ResolveBinding ( name, env ) — https://tc39.es/ecma262/#sec-resolvebinding */
  static Reference resolve(Realm realm, Scope s, String name) {
    for (; s != null; s = s.parent) {
      if (s instanceof WithScope w) {
        JsObject o = w.object;
        if (o.hasProperty(realm, name) && !unscopable(realm, o, name)) {
          Reference r = new Reference(Reference.OBJECT);
          r.object = o;
          r.withObject = true;
          return r;
        }
        continue;
      }
      if (s.info != null) {
        int i = s.info.indexOf(name);
        if (i >= 0) {
          Reference r = new Reference(Reference.SLOT);
          r.scope = s;
          r.slot = i;
          return r;
        }
      }
      if (s.evalVars != null && s.evalVars.containsKey(name)) {
        Reference r = new Reference(Reference.EVAL_VAR);
        r.map = s.evalVars;
        return r;
      }
    }
    PropertyCell lex = realm.globalEnv().lexicalBinding(name);
    if (lex != null) {
      Reference r = new Reference(Reference.GLOBAL_LEXICAL);
      r.cell = lex;
      return r;
    }
    JsObject g = realm.globalObject();
    if (g.hasProperty(realm, name)) {
      Reference r = new Reference(Reference.OBJECT);
      r.object = g;
      return r;
    }
    return UNRESOLVABLE;
  }

  /** HasBinding of an Object Environment Record of a with statement honours @@unscopables. */
  private static boolean unscopable(Realm realm, JsObject o, String name) {
    Object u = o.get(realm, Symbol.UNSCOPABLES, o);
    return u instanceof JsObject uo && TypeConversion.toBoolean(uo.get(realm, name, uo));
  }

  /** GetValue ( V ) of a resolved identifier reference — https://tc39.es/ecma262/#sec-getvalue */
  static Object getValue(Realm realm, Reference r, String name, boolean forTypeof, boolean strict) {
    switch (r.kind) {
      case Reference.SLOT -> {
        Object v = r.scope.slots[r.slot];
        if (v == Scope.TDZ) {
          throw Errors.referenceError(realm, Msg.TDZ, name);
        }
        return v;
      }
      case Reference.OBJECT -> {
        // GetBindingValue of an object record re-checks HasProperty: the binding may be gone.
        if (!r.object.hasProperty(realm, name)) {
          if (strict) {
            throw Errors.referenceError(realm, Msg.NOT_DEFINED, name);
          }
          return Undefined.INSTANCE;
        }
        return r.object.get(realm, name, r.object);
      }
      case Reference.EVAL_VAR -> {
        Object v = r.map.get(name);
        return v == null ? Undefined.INSTANCE : v;
      }
      case Reference.GLOBAL_LEXICAL -> {
        if (r.cell.value == Scope.TDZ) {
          throw Errors.referenceError(realm, Msg.TDZ, name);
        }
        return r.cell.value;
      }
      default -> {
        if (forTypeof) {
          return Undefined.INSTANCE;
        }
        throw Errors.referenceError(realm, Msg.NOT_DEFINED, name);
      }
    }
  }

  /** PutValue ( V, W ) of a resolved identifier reference — https://tc39.es/ecma262/#sec-putvalue */
  static void putValue(Realm realm, Reference r, String name, Object value, boolean strict) {
    switch (r.kind) {
      case Reference.SLOT -> {
        if (r.scope.slots[r.slot] == Scope.TDZ) {
          throw Errors.referenceError(realm, Msg.TDZ, name);
        }
        int flags = r.scope.info.slotFlags[r.slot];
        if ((flags & ScopeInfo.CONST) != 0) {
          if ((flags & ScopeInfo.SLOPPY_CONST) != 0 && !strict) {
            return;
          }
          throw Errors.typeError(realm, Msg.ASSIGN_TO_CONST, name);
        }
        r.scope.slots[r.slot] = value;
      }
      case Reference.OBJECT -> {
        // SetMutableBinding of an object record: a binding deleted meanwhile is an error in strict code.
        if (!r.object.hasProperty(realm, name) && strict) {
          throw Errors.referenceError(realm, Msg.NOT_DEFINED, name);
        }
        PropertyAccess.putValue(realm, r.object, name, value, strict);
      }
      case Reference.EVAL_VAR -> r.map.put(name, value);
      case Reference.GLOBAL_LEXICAL -> {
        if (r.cell.value == Scope.TDZ) {
          throw Errors.referenceError(realm, Msg.TDZ, name);
        }
        if (!Attributes.isWritable(r.cell.attributes)) {
          throw Errors.typeError(realm, Msg.ASSIGN_TO_CONST, name);
        }
        r.cell.value = value;
      }
      default -> {
        if (strict) {
          throw Errors.referenceError(realm, Msg.NOT_DEFINED, name);
        }
        JsObject g = realm.globalObject();
        PropertyAccess.putValue(realm, g, name, value, false);
      }
    }
  }

  static Object getName(Realm realm, Scope scope, String name, boolean forTypeof, boolean strict) {
    return getValue(realm, resolve(realm, scope, name), name, forTypeof, strict);
  }

  static int getNameForCall(Realm realm, Scope scope, String name, Object[] regs, int sp) {
    Reference r = resolve(realm, scope, name);
    Object fn = getValue(realm, r, name, false, false);
    regs[sp] = r.withObject ? r.object : Undefined.INSTANCE;
    regs[sp + 1] = fn;
    return sp + 2;
  }

  static void setName(Realm realm, Scope scope, String name, Object value, boolean strict) {
    putValue(realm, resolve(realm, scope, name), name, value, strict);
  }

  /**
   * Annex B.3.2.3, evaluating a block-level function of sloppy eval code: {@code varEnv.SetMutableBinding(F, fobj,
   * false)} on the variable environment itself, past the eval's blocks and any with objects around the call.
   */
  static void setVarName(Realm realm, Scope scope, String name, Object value) {
    Scope varScope = variableScope(scope);
    if (varScope == null) {
      putValue(realm, resolve(realm, null, name), name, value, false);
      return;
    }
    int slot = varScope.info.indexOf(name);
    if (slot >= 0) {
      varScope.slots[slot] = value;
    } else if (varScope.evalVars != null && varScope.evalVars.containsKey(name)) {
      varScope.evalVars.put(name, value);
    }
  }

  /** The variable environment of sloppy eval code running in {@code scope}: the nearest function scope, or null for global. */
  private static Scope variableScope(Scope scope) {
    for (Scope s = scope; s != null; s = s.parent) {
      if (s.info != null && s.info.extensible) {
        return s;
      }
    }
    return null;
  }

  /** delete of an identifier: DeleteBinding on the environment it resolves to. */
  static boolean deleteName(Realm realm, Scope scope, String name) {
    Reference r = resolve(realm, scope, name);
    return switch (r.kind) {
      case Reference.OBJECT -> r.object.delete(realm, name);
      case Reference.EVAL_VAR -> {
        r.map.remove(name);
        yield true;
      }
      case Reference.UNRESOLVABLE -> true;
      default -> false;
    };
  }

  // ------------------------------------------------------------------ declaration instantiation

  /** GlobalDeclarationInstantiation ( script, env ) — https://tc39.es/ecma262/#sec-globaldeclarationinstantiation */
  static void declareGlobals(Realm realm, Frame f, Object descriptor) {
    Declarations d = (Declarations) descriptor;
    GlobalEnvironment env = realm.globalEnv();
    for (String name : d.lexicalNames()) {
      if (env.hasVarDeclaration(name) || env.hasLexicalDeclaration(name) || env.hasRestrictedGlobalProperty(name)) {
        throw Errors.syntaxError(realm, Msg.REDECLARATION, name);
      }
    }
    for (String name : d.varNames()) {
      if (env.hasLexicalDeclaration(name)) {
        throw Errors.syntaxError(realm, Msg.REDECLARATION, name);
      }
    }
    for (int i = d.functions().length - 1; i >= 0; i--) {
      if (!env.canDeclareGlobalFunction(d.functionNames()[i])) {
        throw Errors.typeError(realm, Msg.CANNOT_DECLARE_GLOBAL, "function", d.functionNames()[i]);
      }
    }
    for (String name : d.varNames()) {
      if (!env.canDeclareGlobalVar(name)) {
        throw Errors.typeError(realm, Msg.CANNOT_DECLARE_GLOBAL, "variable", name);
      }
    }
    // Annex B.3.2.2: block-level functions that may become global vars.
    for (String name : d.annexBFunctionNames()) {
      if (!env.hasLexicalDeclaration(name) && env.canDeclareGlobalVar(name)) {
        env.createGlobalVarBinding(name, false);
      }
    }
    for (int i = 0; i < d.lexicalNames().length; i++) {
      env.createLexicalBinding(d.lexicalNames()[i], !d.lexicalConst()[i], Scope.TDZ);
    }
    for (int i = 0; i < d.functions().length; i++) {
      JsObject fo = Literals.closure(realm, f, d.functions()[i]);
      env.createGlobalFunctionBinding(d.functionNames()[i], fo, false);
    }
    for (String name : d.varNames()) {
      env.createGlobalVarBinding(name, false);
    }
  }

  /** EvalDeclarationInstantiation for sloppy direct eval and indirect eval — https://tc39.es/ecma262/#sec-evaldeclarationinstantiation */
  static void declareEval(Realm realm, Frame f, Object descriptor) {
    Declarations d = (Declarations) descriptor;
    // The variable environment: the nearest function scope (one whose info is extensible), or global.
    Scope varScope = variableScope(f.scope);
    if (varScope == null) {
      GlobalEnvironment env = realm.globalEnv();
      for (String name : d.varNames()) {
        if (env.hasLexicalDeclaration(name)) {
          throw Errors.syntaxError(realm, Msg.REDECLARATION, name);
        }
      }
      for (String name : d.functionNames()) {
        if (env.hasLexicalDeclaration(name)) {
          throw Errors.syntaxError(realm, Msg.REDECLARATION, name);
        }
      }
      checkVarConflicts(realm, f.scope, null, d);
      for (int i = d.functions().length - 1; i >= 0; i--) {
        if (!env.canDeclareGlobalFunction(d.functionNames()[i])) {
          throw Errors.typeError(realm, Msg.CANNOT_DECLARE_GLOBAL, "function", d.functionNames()[i]);
        }
      }
      for (String name : d.varNames()) {
        if (!env.canDeclareGlobalVar(name)) {
          throw Errors.typeError(realm, Msg.CANNOT_DECLARE_GLOBAL, "variable", name);
        }
      }
      for (String name : d.annexBFunctionNames()) {
        if (!env.hasLexicalDeclaration(name) && env.canDeclareGlobalVar(name)) {
          env.createGlobalVarBinding(name, true);
        }
      }
      for (int i = 0; i < d.functions().length; i++) {
        env.createGlobalFunctionBinding(d.functionNames()[i], Literals.closure(realm, f, d.functions()[i]), true);
      }
      for (String name : d.varNames()) {
        env.createGlobalVarBinding(name, true);
      }
      return;
    }
    checkVarConflicts(realm, f.scope, varScope, d);
    if (varScope.evalVars == null) {
      varScope.evalVars = new java.util.LinkedHashMap<>();
    }
    for (String name : d.annexBFunctionNames()) {
      if (varScope.info.indexOf(name) < 0 && !varScope.evalVars.containsKey(name)) {
        varScope.evalVars.put(name, Undefined.INSTANCE);
      }
    }
    for (int i = 0; i < d.functions().length; i++) {
      String name = d.functionNames()[i];
      JsObject fo = Literals.closure(realm, f, d.functions()[i]);
      int slot = varScope.info.indexOf(name);
      if (slot >= 0) {
        varScope.slots[slot] = fo;
      } else {
        varScope.evalVars.put(name, fo);
      }
    }
    for (String name : d.varNames()) {
      if (varScope.info.indexOf(name) < 0 && !varScope.evalVars.containsKey(name)) {
        varScope.evalVars.put(name, Undefined.INSTANCE);
      }
    }
  }

  /** Step 3 of EvalDeclarationInstantiation: a var may not hoist over a lexical binding of an enclosing block. */
  private static void checkVarConflicts(Realm realm, Scope from, Scope varScope, Declarations d) {
    for (Scope s = from; s != null && s != varScope; s = s.parent) {
      if (s instanceof WithScope || s.info == null) {
        continue;
      }
      if (s.info.kind == ScopeInfo.KIND_EVAL) {
        continue;
      }
      for (String name : d.varNames()) {
        if (s.info.indexOf(name) >= 0 && s.info.kind != ScopeInfo.KIND_CATCH) {
          throw Errors.syntaxError(realm, Msg.REDECLARATION, name);
        }
      }
      for (String name : d.functionNames()) {
        if (s.info.indexOf(name) >= 0) {
          throw Errors.syntaxError(realm, Msg.REDECLARATION, name);
        }
      }
    }
  }
}
