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

  /** A reference found by name: the scope and slot, a with object, or an eval var map. */
  private static final class Ref {
    Scope scope;
    int slot = -1;
    JsObject object;
    Map<String, Object> map;
  }

  private static Ref find(Realm realm, Scope s, String name) {
    for (; s != null; s = s.parent) {
      if (s instanceof WithScope w) {
        JsObject o = w.object;
        if (o.hasProperty(realm, name) && !unscopable(realm, o, name)) {
          Ref r = new Ref();
          r.object = o;
          return r;
        }
        continue;
      }
      if (s.info != null) {
        int i = s.info.indexOf(name);
        if (i >= 0) {
          Ref r = new Ref();
          r.scope = s;
          r.slot = i;
          return r;
        }
      }
      if (s.evalVars != null && s.evalVars.containsKey(name)) {
        Ref r = new Ref();
        r.map = s.evalVars;
        return r;
      }
    }
    return null;
  }

  /** Object Environment Records of with statements honour @@unscopables. */
  private static boolean unscopable(Realm realm, JsObject o, String name) {
    Object u = o.get(realm, Symbol.UNSCOPABLES, o);
    return u instanceof JsObject uo && TypeConversion.toBoolean(uo.get(realm, name, uo));
  }

  static Object getName(Realm realm, Scope scope, String name, boolean forTypeof, boolean strict) {
    Ref r = find(realm, scope, name);
    if (r == null) {
      JsObject g = realm.globalObject();
      PropertyCell lex = realm.globalEnv().lexicalBinding(name);
      if (lex != null) {
        if (lex.value == Scope.TDZ) {
          throw Errors.referenceError(realm, Msg.TDZ, name);
        }
        return lex.value;
      }
      if (g.hasProperty(realm, name)) {
        return g.get(realm, name, g);
      }
      if (forTypeof) {
        return Undefined.INSTANCE;
      }
      throw Errors.referenceError(realm, Msg.NOT_DEFINED, name);
    }
    if (r.object != null) {
      // GetBindingValue of an object record re-checks HasProperty (the binding may be gone).
      if (!r.object.hasProperty(realm, name)) {
        if (strict) {
          throw Errors.referenceError(realm, Msg.NOT_DEFINED, name);
        }
        return Undefined.INSTANCE;
      }
      return r.object.get(realm, name, r.object);
    }
    if (r.map != null) {
      return r.map.get(name);
    }
    Object v = r.scope.slots[r.slot];
    if (v == Scope.TDZ) {
      throw Errors.referenceError(realm, Msg.TDZ, name);
    }
    return v;
  }

  static int getNameForCall(Realm realm, Scope scope, String name, Object[] regs, int sp) {
    Ref r = find(realm, scope, name);
    Object thisValue = Undefined.INSTANCE;
    if (r != null && r.object != null) {
      thisValue = r.object;
    }
    Object fn = getName(realm, scope, name, false, false);
    regs[sp] = thisValue;
    regs[sp + 1] = fn;
    return sp + 2;
  }

  static void setName(Realm realm, Scope scope, String name, Object value, boolean strict) {
    Ref r = find(realm, scope, name);
    if (r == null) {
      PropertyCell lex = realm.globalEnv().lexicalBinding(name);
      if (lex != null) {
        if (lex.value == Scope.TDZ) {
          throw Errors.referenceError(realm, Msg.TDZ, name);
        }
        if (!Attributes.isWritable(lex.attributes)) {
          throw Errors.typeError(realm, Msg.ASSIGN_TO_CONST, name);
        }
        lex.value = value;
        return;
      }
      JsObject g = realm.globalObject();
      if (!g.hasProperty(realm, name) && strict) {
        throw Errors.referenceError(realm, Msg.NOT_DEFINED, name);
      }
      PropertyAccess.putValue(realm, g, name, value, strict);
      return;
    }
    if (r.object != null) {
      boolean still = r.object.hasProperty(realm, name);
      if (!still && strict) {
        throw Errors.referenceError(realm, Msg.NOT_DEFINED, name);
      }
      PropertyAccess.putValue(realm, r.object, name, value, strict);
      return;
    }
    if (r.map != null) {
      r.map.put(name, value);
      return;
    }
    Object current = r.scope.slots[r.slot];
    if (current == Scope.TDZ) {
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

  static boolean deleteName(Realm realm, Scope scope, String name) {
    Ref r = find(realm, scope, name);
    if (r == null) {
      if (realm.globalEnv().lexicalBinding(name) != null) {
        return false;
      }
      JsObject g = realm.globalObject();
      return g.delete(realm, name);
    }
    if (r.object != null) {
      return r.object.delete(realm, name);
    }
    if (r.map != null) {
      r.map.remove(name);
      return true;
    }
    return false;
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
    Scope varScope = null;
    for (Scope s = f.scope; s != null; s = s.parent) {
      if (s.info != null && s.info.extensible) {
        varScope = s;
        break;
      }
    }
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
