package dev.islet.builtins.fundamental;

import dev.islet.builtins.support.Args;
import dev.islet.builtins.support.BuiltinInstaller;
import dev.islet.errors.Errors;
import dev.islet.errors.Msg;
import dev.islet.objects.JsObject;
import dev.islet.objects.NativeFunction;
import dev.islet.objects.PrimitiveObject;
import dev.islet.ops.ObjectOperations;
import dev.islet.ops.TypeConversion;
import dev.islet.realm.Intrinsic;
import dev.islet.realm.Realm;
import dev.islet.values.Symbol;

/**
 * The String, Number, Boolean and Symbol constructors (their conversion and wrapping behaviour);
 * the full static libraries belong to the standard-library issue.
 */
public final class PrimitiveConstructors {
  private PrimitiveConstructors() {}

  public static JsObject bool(Realm realm) {
    return new NativeFunction(realm, "Boolean", (r, t, a, nt) -> {
      boolean b = TypeConversion.toBoolean(Args.get(a, 0));
      if (nt == null) {
        return b;
      }
      JsObject proto = ObjectOperations.getPrototypeFromConstructor(r, nt, Intrinsic.BOOLEAN_PROTOTYPE);
      return new PrimitiveObject(r, JsObject.rootShape(r, proto), b);
    }, true, c -> BuiltinInstaller.on(realm, c).constructorBasics("Boolean", 1, realm.intrinsic(Intrinsic.BOOLEAN_PROTOTYPE)));
  }

  public static JsObject symbol(Realm realm) {
    return new NativeFunction(realm, "Symbol", (r, t, a, nt) -> {
      if (nt != null) {
        throw Errors.typeError(r, Msg.SYMBOL_NEW);
      }
      Object d = Args.get(a, 0);
      return new Symbol(d == dev.islet.values.Undefined.INSTANCE ? null : TypeConversion.toString(r, d));
    }, true, c -> BuiltinInstaller.on(realm, c)
        .constructorBasics("Symbol", 0, realm.intrinsic(Intrinsic.SYMBOL_PROTOTYPE))
        .method("for", 1, (r, t, a, nt) -> r.agent.symbolFor(TypeConversion.toString(r, Args.get(a, 0))))
        .method("keyFor", 1, (r, t, a, nt) -> {
          if (!(Args.get(a, 0) instanceof Symbol s)) {
            throw Errors.typeError(r, Msg.CUSTOM_TYPE, Args.get(a, 0) + " is not a symbol");
          }
          String k = r.agent.keyFor(s);
          return k == null ? dev.islet.values.Undefined.INSTANCE : k;
        })
        .constant("asyncIterator", Symbol.ASYNC_ITERATOR)
        .constant("hasInstance", Symbol.HAS_INSTANCE)
        .constant("isConcatSpreadable", Symbol.IS_CONCAT_SPREADABLE)
        .constant("iterator", Symbol.ITERATOR)
        .constant("match", Symbol.MATCH)
        .constant("matchAll", Symbol.MATCH_ALL)
        .constant("replace", Symbol.REPLACE)
        .constant("search", Symbol.SEARCH)
        .constant("species", Symbol.SPECIES)
        .constant("split", Symbol.SPLIT)
        .constant("toPrimitive", Symbol.TO_PRIMITIVE)
        .constant("toStringTag", Symbol.TO_STRING_TAG)
        .constant("unscopables", Symbol.UNSCOPABLES)
        .constant("dispose", Symbol.DISPOSE)
        .constant("asyncDispose", Symbol.ASYNC_DISPOSE));
  }
}
