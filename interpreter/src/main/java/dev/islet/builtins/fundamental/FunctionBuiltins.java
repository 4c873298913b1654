package dev.islet.builtins.fundamental;

import dev.islet.builtins.support.Args;
import dev.islet.builtins.support.BuiltinInstaller;
import dev.islet.errors.Errors;
import dev.islet.errors.Msg;
import dev.islet.lexer.Identifiers;
import dev.islet.objects.BoundFunction;
import dev.islet.objects.JsObject;
import dev.islet.objects.NativeFunction;
import dev.islet.objects.PropertyDescriptor;
import dev.islet.objects.shape.Attributes;
import dev.islet.objects.shape.Shape;
import dev.islet.ops.Describe;
import dev.islet.ops.ObjectOperations;
import dev.islet.ops.Operators;
import dev.islet.ops.TypeConversion;
import dev.islet.realm.Intrinsic;
import dev.islet.realm.Realm;
import dev.islet.values.JsStrings;
import dev.islet.values.Null;
import dev.islet.values.Symbol;
import dev.islet.values.Undefined;
import dev.islet.vm.FunctionKind;

/**
 * The Function constructor and Function.prototype — https://tc39.es/ecma262/#sec-function-objects,
 * and %ThrowTypeError%.
 */
public final class FunctionBuiltins {
  private FunctionBuiltins() {}

  /** %Function.prototype%: itself a built-in function that accepts any arguments and returns undefined. */
  public static JsObject createPrototype(Realm realm) {
    Shape lazy = Shape.lazy(realm.objectPrototype(), p -> installPrototype(realm, p));
    return new NativeFunction(realm, lazy, "", (r, t, a, nt) -> Undefined.INSTANCE);
  }

  static void installPrototype(Realm realm, JsObject proto) {
    JsObject thrower = realm.intrinsic(Intrinsic.THROW_TYPE_ERROR);
    BuiltinInstaller.on(realm, proto)
        .value("length", 0, Attributes.CONFIGURABLE)
        .value("name", "", Attributes.CONFIGURABLE)
        .function("constructor", realm.intrinsic(Intrinsic.FUNCTION))
        .method("apply", 2, FunctionBuiltins::apply)
        .method("bind", 1, FunctionBuiltins::bind)
        .method("call", 1, FunctionBuiltins::call)
        .method("toString", 0, FunctionBuiltins::toString_)
        .method(Symbol.HAS_INSTANCE, 1, FunctionBuiltins::hasInstance, Attributes.FROZEN);
    // AddRestrictedFunctionProperties ( F, realm )
    proto.defineAccessorDirect(realm, "caller", thrower, thrower, Attributes.CONFIGURABLE);
    proto.defineAccessorDirect(realm, "arguments", thrower, thrower, Attributes.CONFIGURABLE);
  }

  /** The Function constructor — https://tc39.es/ecma262/#sec-function-constructor */
  public static JsObject createConstructor(Realm realm) {
    return new NativeFunction(realm, "Function", FunctionBuiltins::construct, true,
        c -> BuiltinInstaller.on(realm, c).constructorBasics("Function", 1, realm.functionPrototype()));
  }

  /** Function ( ...parameterArgs, bodyArg ) */
  static Object construct(Realm realm, Object thisValue, Object[] args, JsObject newTarget) {
    JsObject nt = newTarget != null ? newTarget : realm.intrinsic(Intrinsic.FUNCTION);
    return realm.agent.createDynamicFunction(realm, nt, FunctionKind.NORMAL, args);
  }

  /** %ThrowTypeError% — https://tc39.es/ecma262/#sec-%throwtypeerror% : frozen, length 0, name "". */
  public static JsObject createThrowTypeError(Realm realm) {
    NativeFunction f = new NativeFunction(realm, "", 0, (r, t, a, nt) -> {
      throw Errors.typeError(r, Msg.CUSTOM_TYPE,
          "'caller', 'callee', and 'arguments' properties may not be accessed on strict mode functions or the arguments objects for calls to them");
    }, false);
    f.defineOwnProperty(realm, "length", new PropertyDescriptor().setConfigurable(false));
    f.defineOwnProperty(realm, "name", new PropertyDescriptor().setConfigurable(false));
    f.preventExtensions(realm);
    return f;
  }

  /** Function.prototype.apply ( thisArg, argArray ) */
  static Object apply(Realm realm, Object thisValue, Object[] args, JsObject nt) {
    if (!(thisValue instanceof JsObject f) || !f.isCallable()) {
      throw Errors.typeError(realm, Msg.NOT_CALLABLE, Describe.value(thisValue));
    }
    Object argArray = Args.get(args, 1);
    if (argArray == Undefined.INSTANCE || argArray == Null.INSTANCE) {
      return f.call(Args.get(args, 0), JsObject.NO_ARGS);
    }
    return f.call(Args.get(args, 0), ObjectOperations.createListFromArrayLike(realm, argArray));
  }

  /** Function.prototype.bind ( thisArg, ...args ) — https://tc39.es/ecma262/#sec-function.prototype.bind */
  static Object bind(Realm realm, Object thisValue, Object[] args, JsObject nt) {
    if (!(thisValue instanceof JsObject target) || !target.isCallable()) {
      throw Errors.typeError(realm, Msg.NOT_CALLABLE, Describe.value(thisValue));
    }
    Object[] bound = args.length <= 1 ? JsObject.NO_ARGS : java.util.Arrays.copyOfRange(args, 1, args.length);
    BoundFunction f = new BoundFunction(realm, target, Args.get(args, 0), bound);
    // 5.–7. The length: the target's length (if a number) minus the bound arguments, at least 0.
    double length = 0;
    if (ObjectOperations.hasOwnProperty(realm, target, "length")) {
      Object targetLen = target.get(realm, "length", target);
      if (targetLen instanceof Integer || targetLen instanceof Double) {
        double tl = ((Number) targetLen).doubleValue();
        if (tl == Double.POSITIVE_INFINITY) {
          length = Double.POSITIVE_INFINITY;
        } else if (tl != Double.NEGATIVE_INFINITY) {
          double ti = TypeConversion.toIntegerOrInfinity(realm, targetLen);
          length = Math.max(0, ti - bound.length);
        }
      }
    }
    f.defineDirect(realm, "length", length == (int) length ? (Object) (int) length : (Object) length, Attributes.CONFIGURABLE);
    Object targetName = target.get(realm, "name", target);
    // 8.–9. SetFunctionName(F, targetName, "bound"): a rope, charged, so binding in a loop costs one
    // node per level instead of copying an ever longer name.
    CharSequence name = JsStrings.isString(targetName) ? (CharSequence) targetName : "";
    f.defineDirect(realm, "name", Operators.concat(realm, "bound ", name), Attributes.CONFIGURABLE);
    return f;
  }

  /** Function.prototype.call ( thisArg, ...args ) */
  static Object call(Realm realm, Object thisValue, Object[] args, JsObject nt) {
    if (!(thisValue instanceof JsObject f) || !f.isCallable()) {
      throw Errors.typeError(realm, Msg.NOT_CALLABLE, Describe.value(thisValue));
    }
    Object[] rest = args.length <= 1 ? JsObject.NO_ARGS : java.util.Arrays.copyOfRange(args, 1, args.length);
    return f.call(Args.get(args, 0), rest);
  }

  /** Function.prototype.toString ( ) — https://tc39.es/ecma262/#sec-function.prototype.tostring */
  static Object toString_(Realm realm, Object thisValue, Object[] args, JsObject nt) {
    if (thisValue instanceof JsObject f && f.isCallable()) {
      String source = realm.agent.sourceTextOf(f);
      if (source != null) {
        return source;
      }
      return nativeFunctionSource(f instanceof NativeFunction n ? n.debugName() : "");
    }
    throw Errors.typeError(realm, Msg.FUNCTION_TO_STRING_RECEIVER);
  }

  /**
   * The NativeFunction syntax for a function without source text: "function name() { [native code] }",
   * with "get "/"set " kept and the name kept only where it parses as a PropertyName (an
   * IdentifierName, or "[Symbol.x]"); names such as RegExp's "$&" are left out.
   */
  static String nativeFunctionSource(String initialName) {
    String accessor = "";
    String name = initialName;
    if (name.startsWith("get ") || name.startsWith("set ")) {
      accessor = name.substring(0, 4);
      name = name.substring(4);
    }
    boolean computed = name.length() > 1 && name.charAt(0) == '[' && name.charAt(name.length() - 1) == ']';
    if (!computed && !isIdentifierName(name)) {
      name = "";
    }
    return "function " + accessor + name + "() { [native code] }";
  }

  private static boolean isIdentifierName(String s) {
    if (s.isEmpty() || !Identifiers.isIdentifierStart(s.codePointAt(0))) {
      return false;
    }
    for (int i = Character.charCount(s.codePointAt(0)); i < s.length(); ) {
      int cp = s.codePointAt(i);
      if (!Identifiers.isIdentifierPart(cp)) {
        return false;
      }
      i += Character.charCount(cp);
    }
    return true;
  }

  /** Function.prototype [ @@hasInstance ] ( V ) */
  static Object hasInstance(Realm realm, Object thisValue, Object[] args, JsObject nt) {
    return ObjectOperations.ordinaryHasInstance(realm, thisValue, Args.get(args, 0));
  }
}
