package dev.islet.builtins.fundamental;

import dev.islet.builtins.support.Args;
import dev.islet.builtins.support.BuiltinInstaller;
import dev.islet.errors.Errors;
import dev.islet.errors.Msg;
import dev.islet.objects.JsObject;
import dev.islet.objects.NativeFunction;
import dev.islet.objects.shape.Attributes;
import dev.islet.objects.shape.Shape;
import dev.islet.ops.Describe;
import dev.islet.ops.TypeConversion;
import dev.islet.realm.Intrinsic;
import dev.islet.realm.Realm;
import dev.islet.values.Symbol;
import dev.islet.values.Undefined;

/** Symbol Objects — https://tc39.es/ecma262/#sec-symbol-objects */
public final class SymbolBuiltins {
  private SymbolBuiltins() {}

  public static JsObject createConstructor(Realm realm) {
    return new NativeFunction(realm, "Symbol", SymbolBuiltins::construct, true, c -> BuiltinInstaller.on(realm, c)
        .constructorBasics("Symbol", 0, realm.intrinsic(Intrinsic.SYMBOL_PROTOTYPE))
        .method("for", 1, SymbolBuiltins::for_)
        .method("keyFor", 1, SymbolBuiltins::keyFor)
        // The well-known symbols — https://tc39.es/ecma262/#sec-well-known-symbols
        .constant("asyncDispose", Symbol.ASYNC_DISPOSE)
        .constant("asyncIterator", Symbol.ASYNC_ITERATOR)
        .constant("dispose", Symbol.DISPOSE)
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
        .constant("unscopables", Symbol.UNSCOPABLES));
  }

  /** %Symbol.prototype%: an ordinary object (not a Symbol wrapper). */
  public static JsObject createPrototype(Realm realm) {
    return new JsObject(realm, Shape.lazy(realm.objectPrototype(), p -> BuiltinInstaller.on(realm, p)
        .function("constructor", realm.intrinsic(Intrinsic.SYMBOL))
        .getter("description", SymbolBuiltins::description)
        .method("toString", 0, SymbolBuiltins::toString_)
        .method("valueOf", 0, SymbolBuiltins::valueOf)
        .method(Symbol.TO_PRIMITIVE, 1, SymbolBuiltins::toPrimitive, Attributes.CONFIGURABLE)
        .toStringTag("Symbol")));
  }

  /** Symbol ( [ description ] ) */
  static Object construct(Realm realm, Object thisValue, Object[] args, JsObject newTarget) {
    if (newTarget != null) {
      throw Errors.typeError(realm, Msg.SYMBOL_NEW);
    }
    Object d = Args.get(args, 0);
    String description = d == Undefined.INSTANCE ? null : TypeConversion.toString(realm, d);
    realm.heap.charge(dev.islet.heap.SizeEstimates.OBJECT);
    return new Symbol(description);
  }

  /** Symbol.for ( key ) */
  static Object for_(Realm realm, Object thisValue, Object[] args, JsObject nt) {
    return realm.agent.symbolFor(TypeConversion.toString(realm, Args.get(args, 0)));
  }

  /** Symbol.keyFor ( sym ) */
  static Object keyFor(Realm realm, Object thisValue, Object[] args, JsObject nt) {
    if (!(Args.get(args, 0) instanceof Symbol s)) {
      throw Errors.typeError(realm, Msg.NOT_A_SYMBOL, Describe.value(Args.get(args, 0)));
    }
    String key = realm.agent.keyFor(s);
    return key == null ? Undefined.INSTANCE : key;
  }

  /** ThisSymbolValue ( value ) */
  static Symbol thisSymbolValue(Realm realm, Object value, String method) {
    return ThisPrimitiveValue.of(realm, value, Symbol.class, method);
  }

  /** get Symbol.prototype.description */
  static Object description(Realm realm, Object thisValue, Object[] args, JsObject nt) {
    String d = thisSymbolValue(realm, thisValue, "get Symbol.prototype.description").description();
    return d == null ? Undefined.INSTANCE : d;
  }

  /** Symbol.prototype.toString ( ) */
  static Object toString_(Realm realm, Object thisValue, Object[] args, JsObject nt) {
    return thisSymbolValue(realm, thisValue, "Symbol.prototype.toString").descriptiveString();
  }

  /** Symbol.prototype.valueOf ( ) */
  static Object valueOf(Realm realm, Object thisValue, Object[] args, JsObject nt) {
    return thisSymbolValue(realm, thisValue, "Symbol.prototype.valueOf");
  }

  /** Symbol.prototype [ %Symbol.toPrimitive% ] ( hint ) */
  static Object toPrimitive(Realm realm, Object thisValue, Object[] args, JsObject nt) {
    return thisSymbolValue(realm, thisValue, "Symbol.prototype [ @@toPrimitive ]");
  }
}
