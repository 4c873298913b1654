package dev.islet.builtins.text;

import dev.islet.builtins.support.Args;
import dev.islet.builtins.support.BuiltinInstaller;
import dev.islet.errors.Errors;
import dev.islet.errors.Msg;
import dev.islet.objects.JsObject;
import dev.islet.objects.NativeFunction;
import dev.islet.objects.PropertyKey;
import dev.islet.objects.StringObject;
import dev.islet.ops.NumberConversions;
import dev.islet.ops.ObjectOperations;
import dev.islet.ops.TypeConversion;
import dev.islet.realm.Intrinsic;
import dev.islet.realm.Realm;
import dev.islet.values.Symbol;

/** The String constructor and its static methods — https://tc39.es/ecma262/#sec-string-constructor. */
public final class StringConstructor {
  private StringConstructor() {}

  public static JsObject create(Realm realm) {
    return new NativeFunction(realm, "String", StringConstructor::construct, true, c -> BuiltinInstaller.on(realm, c)
        .constructorBasics("String", 1, realm.intrinsic(Intrinsic.STRING_PROTOTYPE))
        .method("fromCharCode", 1, StringConstructor::fromCharCode)
        .method("fromCodePoint", 1, StringConstructor::fromCodePoint)
        .method("raw", 1, StringConstructor::raw));
  }

  /** String ( value ) — https://tc39.es/ecma262/#sec-string-constructor-string-value */
  static Object construct(Realm realm, Object thisValue, Object[] args, JsObject newTarget) {
    CharSequence s;
    if (args.length == 0) {
      s = "";
    } else if (newTarget == null && args[0] instanceof Symbol sym) {
      return sym.descriptiveString();
    } else {
      s = TypeConversion.toJsString(realm, args[0]);
    }
    if (newTarget == null) {
      return s;
    }
    JsObject proto = ObjectOperations.getPrototypeFromConstructor(realm, newTarget, Intrinsic.STRING_PROTOTYPE);
    return stringCreate(realm, s.toString(), proto);
  }

  /** StringCreate ( value, prototype ) — https://tc39.es/ecma262/#sec-stringcreate */
  public static StringObject stringCreate(Realm realm, String value, JsObject proto) {
    return new StringObject(realm, JsObject.rootShape(realm, proto), value);
  }

  /** String.fromCharCode ( ...codeUnits ) */
  static Object fromCharCode(Realm realm, Object thisValue, Object[] args, JsObject nt) {
    if (args.length == 1) {
      Object a = args[0];
      int cu = a instanceof Integer i ? i : NumberConversions.toInt32(TypeConversion.toNumber(realm, a));
      return String.valueOf((char) cu);
    }
    TextSupport.chargeString(realm, args.length);
    char[] out = new char[args.length];
    for (int i = 0; i < args.length; i++) {
      Object a = args[i];
      out[i] = (char) (a instanceof Integer n ? n : NumberConversions.toInt32(TypeConversion.toNumber(realm, a)));
    }
    return new String(out);
  }

  /** String.fromCodePoint ( ...codePoints ) */
  static Object fromCodePoint(Realm realm, Object thisValue, Object[] args, JsObject nt) {
    TextSupport.chargeString(realm, 2L * args.length);
    StringBuilder sb = new StringBuilder(args.length);
    for (Object a : args) {
      double cp = a instanceof Integer n ? n : TypeConversion.toNumber(realm, a);
      if (cp != Math.floor(cp) || cp < 0 || cp > 0x10FFFF) {
        throw Errors.rangeError(realm, Msg.INVALID_CODE_POINT, dev.islet.ops.Describe.value(a instanceof Integer ? a : (Object) cp));
      }
      sb.appendCodePoint((int) cp);
    }
    return sb.toString();
  }

  /** String.raw ( template, ...substitutions ) — https://tc39.es/ecma262/#sec-string.raw */
  static Object raw(Realm realm, Object thisValue, Object[] args, JsObject nt) {
    int substitutionCount = Math.max(0, args.length - 1);
    JsObject cooked = TypeConversion.toObject(realm, Args.get(args, 0));
    JsObject literals = TypeConversion.toObject(realm, cooked.get(realm, "raw", cooked));
    long literalCount = ObjectOperations.lengthOfArrayLike(realm, literals);
    if (literalCount <= 0) {
      return "";
    }
    StringBuilder r = new StringBuilder();
    for (long nextIndex = 0; ; nextIndex++) {
      String nextLiteral = TypeConversion.toString(realm, literals.get(realm, PropertyKey.ofLong(nextIndex), literals));
      append(realm, r, nextLiteral);
      if (nextIndex + 1 == literalCount) {
        return r.toString();
      }
      if (nextIndex < substitutionCount) {
        append(realm, r, TypeConversion.toString(realm, args[(int) nextIndex + 1]));
      }
    }
  }

  private static void append(Realm realm, StringBuilder r, String s) {
    realm.agent.chargeAppend(realm, (long) r.length() + s.length(), s.length());
    r.append(s);
  }
}
