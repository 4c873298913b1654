package dev.islet.builtins.fundamental;

import dev.islet.builtins.support.Args;
import dev.islet.builtins.support.BuiltinInstaller;
import dev.islet.errors.ErrorKind;
import dev.islet.errors.Errors;
import dev.islet.errors.Msg;
import dev.islet.objects.ErrorObject;
import dev.islet.objects.JsObject;
import dev.islet.objects.NativeFunction;
import dev.islet.objects.shape.Attributes;
import dev.islet.objects.shape.Shape;
import dev.islet.ops.Describe;
import dev.islet.ops.ObjectOperations;
import dev.islet.ops.TypeConversion;
import dev.islet.realm.Intrinsic;
import dev.islet.realm.Realm;
import dev.islet.values.Undefined;

/** Error Objects — https://tc39.es/ecma262/#sec-error-objects (Error and the NativeErrors). */
public final class ErrorBuiltins {
  private ErrorBuiltins() {}

  private static Intrinsic constructorOf(ErrorKind kind) {
    return switch (kind) {
      case ERROR -> Intrinsic.ERROR;
      case EVAL_ERROR -> Intrinsic.EVAL_ERROR;
      case RANGE_ERROR -> Intrinsic.RANGE_ERROR;
      case REFERENCE_ERROR -> Intrinsic.REFERENCE_ERROR;
      case SYNTAX_ERROR -> Intrinsic.SYNTAX_ERROR;
      case TYPE_ERROR -> Intrinsic.TYPE_ERROR;
      case URI_ERROR -> Intrinsic.URI_ERROR;
    };
  }

  public static JsObject createPrototype(Realm realm, ErrorKind kind) {
    JsObject parent = kind == ErrorKind.ERROR ? realm.objectPrototype() : realm.intrinsic(Intrinsic.ERROR_PROTOTYPE);
    return new JsObject(realm, Shape.lazy(parent, p -> {
      BuiltinInstaller b = BuiltinInstaller.on(realm, p)
          .function("constructor", realm.intrinsic(constructorOf(kind)))
          .value("message", "", Attributes.HIDDEN)
          .value("name", kind.jsName(), Attributes.HIDDEN);
      if (kind == ErrorKind.ERROR) {
        b.method("toString", 0, ErrorBuiltins::toString_);
      }
    }));
  }

  public static JsObject createConstructor(Realm realm, ErrorKind kind) {
    JsObject proto = kind == ErrorKind.ERROR ? realm.functionPrototype() : realm.intrinsic(Intrinsic.ERROR);
    return new NativeFunction(realm, proto, kind.jsName(), (r, t, a, nt) -> construct(r, a, nt, kind), true,
        f -> BuiltinInstaller.on(realm, f).constructorBasics(kind.jsName(), 1, realm.intrinsic(Errors.prototypeOf(kind))));
  }

  /** Error ( message [ , options ] ) and NativeError ( message [ , options ] ) */
  static Object construct(Realm realm, Object[] args, JsObject newTarget, ErrorKind kind) {
    JsObject nt = newTarget != null ? newTarget : realm.intrinsic(constructorOf(kind));
    JsObject proto = ObjectOperations.getPrototypeFromConstructor(realm, nt, Errors.prototypeOf(kind));
    ErrorObject o = new ErrorObject(realm, JsObject.rootShape(realm, proto));
    Object message = Args.get(args, 0);
    if (message != Undefined.INSTANCE) {
      o.defineDirect(realm, "message", TypeConversion.toString(realm, message), Attributes.HIDDEN);
    }
    installErrorCause(realm, o, Args.get(args, 1));
    realm.agent.captureStack(o);
    return o;
  }

  /** InstallErrorCause ( O, options ) */
  public static void installErrorCause(Realm realm, JsObject o, Object options) {
    if (options instanceof JsObject opts && opts.hasProperty(realm, "cause")) {
      Object cause = opts.get(realm, "cause", opts);
      o.defineDirect(realm, "cause", cause, Attributes.HIDDEN);
    }
  }

  /** Error.prototype.toString ( ) — https://tc39.es/ecma262/#sec-error.prototype.tostring */
  static Object toString_(Realm realm, Object thisValue, Object[] args, JsObject nt) {
    if (!(thisValue instanceof JsObject o)) {
      throw Errors.typeError(realm, Msg.INCOMPATIBLE_RECEIVER, "Error.prototype.toString", Describe.value(thisValue));
    }
    Object nameV = o.get(realm, "name", o);
    String name = nameV == Undefined.INSTANCE ? "Error" : TypeConversion.toString(realm, nameV);
    Object msgV = o.get(realm, "message", o);
    String msg = msgV == Undefined.INSTANCE ? "" : TypeConversion.toString(realm, msgV);
    if (name.isEmpty()) {
      return msg;
    }
    if (msg.isEmpty()) {
      return name;
    }
    return name + ": " + msg;
  }
}
