package dev.islet.realm;

import dev.islet.builtins.support.Args;
import dev.islet.objects.JsObject;
import dev.islet.objects.NativeFunction;
import dev.islet.vm.DynamicCode;

/** Function properties of the global object — https://tc39.es/ecma262/#sec-function-properties-of-the-global-object. */
public final class GlobalFunctions {
  private GlobalFunctions() {}

  /** %eval%: called directly it is a direct eval (the interpreter sees that); otherwise indirect. */
  public static JsObject createEval(Realm realm) {
    return new NativeFunction(realm, "eval", 1, (r, t, a, nt) -> DynamicCode.indirectEval(r, Args.get(a, 0)), false);
  }
}
