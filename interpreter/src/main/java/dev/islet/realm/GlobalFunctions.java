package dev.islet.realm;

import dev.islet.builtins.support.Args;
import dev.islet.errors.Errors;
import dev.islet.errors.Msg;
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

  /** RegExp until the RegExp built-ins land: constructing one is a clear error, not a silent wrong answer. */
  public static JsObject createRegExpPlaceholder(Realm realm) {
    return new NativeFunction(realm, "RegExp", 2, (r, t, a, nt) -> {
      throw Errors.syntaxError(r, Msg.CUSTOM_SYNTAX, "RegExp objects are not implemented yet in this build");
    }, true);
  }
}
