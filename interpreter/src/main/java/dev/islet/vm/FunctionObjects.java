package dev.islet.vm;

import dev.islet.bytecode.FunctionTemplate;
import dev.islet.realm.Realm;

/** Making function objects from templates outside the interpreter (module linking instantiates hoisted functions). */
public final class FunctionObjects {
  private FunctionObjects() {}

  /** InstantiateFunctionObject: a closure of {@code t}, declared in the code of {@code parent}, over {@code env}. */
  public static ScriptFunction instantiate(Realm realm, FunctionInstance parent, FunctionTemplate t, Scope env) {
    FunctionInstance fi = parent.child(realm, t);
    return Literals.makeFunction(realm, fi, env, Literals.functionPrototypeFor(realm, t));
  }
}
