package dev.islet.builtins.fundamental;

import dev.islet.builtins.support.Args;
import dev.islet.builtins.support.BuiltinInstaller;
import dev.islet.errors.ErrorDescriptions;
import dev.islet.errors.ErrorKind;
import dev.islet.errors.Errors;
import dev.islet.errors.Msg;
import dev.islet.objects.ErrorObject;
import dev.islet.objects.JsObject;
import dev.islet.objects.NativeFunction;
import dev.islet.objects.PropertyDescriptor;
import dev.islet.objects.shape.Attributes;
import dev.islet.objects.shape.Shape;
import dev.islet.ops.Describe;
import dev.islet.ops.ObjectOperations;
import dev.islet.ops.TypeConversion;
import dev.islet.realm.Intrinsic;
import dev.islet.realm.Realm;
import dev.islet.values.JsStrings;
import dev.islet.values.Undefined;

/**
 * Error Objects — https://tc39.es/ecma262/#sec-error-objects: Error and the NativeErrors, with
 * {@code Error.isError} and the {@code Error.prototype.stack} accessor (the error-stack-accessor
 * proposal: instances have no own "stack"; the getter formats the frames captured at creation).
 */
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
        b.method("toString", 0, ErrorBuiltins::toString_)
            .accessor("stack", ErrorBuiltins::getStack, ErrorBuiltins::setStack);
      }
    }));
  }

  public static JsObject createConstructor(Realm realm, ErrorKind kind) {
    JsObject proto = kind == ErrorKind.ERROR ? realm.functionPrototype() : realm.intrinsic(Intrinsic.ERROR);
    return new NativeFunction(realm, proto, kind.jsName(), (r, t, a, nt) -> construct(r, a, nt, kind), true, f -> {
      BuiltinInstaller b = BuiltinInstaller.on(realm, f)
          .constructorBasics(kind.jsName(), 1, realm.intrinsic(Errors.prototypeOf(kind)));
      if (kind == ErrorKind.ERROR) {
        b.method("captureStackTrace", 2, ErrorBuiltins::captureStackTrace)
            .method("isError", 1, ErrorBuiltins::isError);
      }
    });
  }

  /** Error ( message [ , options ] ) and NativeError ( message [ , options ] ) */
  static Object construct(Realm realm, Object[] args, JsObject newTarget, ErrorKind kind) {
    ErrorObject o = create(realm, newTarget, constructorOf(kind), Errors.prototypeOf(kind), Args.get(args, 0));
    installErrorCause(realm, o, Args.get(args, 1));
    return o;
  }

  /**
   * Steps 1–3 shared by the error constructors: OrdinaryCreateFromConstructor(newTarget, proto,
   * «[[ErrorData]]») (newTarget defaults to the constructor itself), then the own "message" when
   * {@code message} is not undefined. The JS stack is captured here.
   */
  static ErrorObject create(Realm realm, JsObject newTarget, Intrinsic ctor, Intrinsic proto, Object message) {
    JsObject nt = newTarget != null ? newTarget : realm.intrinsic(ctor);
    JsObject p = ObjectOperations.getPrototypeFromConstructor(realm, nt, proto);
    ErrorObject o = new ErrorObject(realm, JsObject.rootShape(realm, p));
    if (message != Undefined.INSTANCE) {
      o.defineDirect(realm, "message", TypeConversion.toJsString(realm, message), Attributes.HIDDEN);
    }
    realm.agent.captureStack(o);
    return o;
  }

  /** InstallErrorCause ( O, options ) — https://tc39.es/ecma262/#sec-installerrorcause */
  public static void installErrorCause(Realm realm, JsObject o, Object options) {
    if (options instanceof JsObject opts && opts.hasProperty(realm, "cause")) {
      Object cause = opts.get(realm, "cause", opts);
      o.defineDirect(realm, "cause", cause, Attributes.HIDDEN);
    }
  }

  /** Error.isError ( arg ) — https://tc39.es/ecma262/#sec-error.iserror */
  static Object isError(Realm realm, Object thisValue, Object[] args, JsObject nt) {
    return Args.get(args, 0) instanceof ErrorObject;
  }

  /**
   * Error.captureStackTrace ( targetObject [ , constructorOpt ] ): not in ECMA-262, but V8's, and
   * libraries written for Node and Workers call it. Defines a non-enumerable own "stack" on the
   * target: "Name: message" (from data properties, so no JS runs) and the current JS frames.
   */
  static Object captureStackTrace(Realm realm, Object thisValue, Object[] args, JsObject nt) {
    if (!(Args.get(args, 0) instanceof JsObject o)) {
      throw Errors.typeError(realm, Msg.NOT_OBJECT, Describe.value(Args.get(args, 0)));
    }
    // TODO(conform): constructorOpt (dropping the frames above that function) is not applied.
    String name = ErrorDescriptions.dataString(o, "name");
    String message = ErrorDescriptions.dataString(o, "message");
    String header = name == null ? "Error" : name;
    if (message != null && !message.isEmpty()) {
      header = header.isEmpty() ? message : header + ": " + message;
    }
    String frames = realm.agent.interpreter.stackTrace(16);
    String stack = frames.isEmpty() ? header : header + "\n" + frames;
    ObjectOperations.definePropertyOrThrow(realm, o, "stack", PropertyDescriptor.data(stack, Attributes.HIDDEN));
    return Undefined.INSTANCE;
  }

  /** Error.prototype.toString ( ) — https://tc39.es/ecma262/#sec-error.prototype.tostring */
  static Object toString_(Realm realm, Object thisValue, Object[] args, JsObject nt) {
    if (!(thisValue instanceof JsObject o)) {
      throw Errors.typeError(realm, Msg.INCOMPATIBLE_RECEIVER, "Error.prototype.toString", Describe.value(thisValue));
    }
    Object nameV = o.get(realm, "name", o);
    CharSequence name = nameV == Undefined.INSTANCE ? "Error" : TypeConversion.toJsString(realm, nameV);
    Object msgV = o.get(realm, "message", o);
    CharSequence msg = msgV == Undefined.INSTANCE ? "" : TypeConversion.toJsString(realm, msgV);
    if (name.length() == 0) {
      return msg;
    }
    if (msg.length() == 0) {
      return name;
    }
    realm.agent.chargeAppend(realm, (long) name.length() + msg.length() + 2, name.length() + msg.length() + 2);
    return JsStrings.flat(name) + ": " + JsStrings.flat(msg);
  }

  /**
   * get Error.prototype.stack: the header ("Name: message", read from data properties only, so no
   * JS runs) and the frames captured when the error was created; undefined without [[ErrorData]].
   */
  static Object getStack(Realm realm, Object thisValue, Object[] args, JsObject nt) {
    if (!(thisValue instanceof JsObject)) {
      throw Errors.typeError(realm, Msg.INCOMPATIBLE_RECEIVER, "get Error.prototype.stack", Describe.value(thisValue));
    }
    if (!(thisValue instanceof ErrorObject e)) {
      return Undefined.INSTANCE;
    }
    String header = ErrorDescriptions.describe(e);
    String frames = e.stackFrames();
    return frames.isEmpty() ? header : header + "\n" + frames;
  }

  /** set Error.prototype.stack: SetterThatIgnoresPrototypeProperties(this, %Error.prototype%, "stack", v). */
  static Object setStack(Realm realm, Object thisValue, Object[] args, JsObject nt) {
    if (!(thisValue instanceof JsObject o)) {
      throw Errors.typeError(realm, Msg.INCOMPATIBLE_RECEIVER, "set Error.prototype.stack", Describe.value(thisValue));
    }
    Object v = Args.get(args, 0);
    if (!JsStrings.isString(v)) {
      throw Errors.typeError(realm, Msg.CUSTOM_TYPE, "Error.prototype.stack can only be set to a string");
    }
    setterThatIgnoresPrototypeProperties(realm, o, realm.intrinsic(Intrinsic.ERROR_PROTOTYPE), "stack", v);
    return Undefined.INSTANCE;
  }

  /** SetterThatIgnoresPrototypeProperties ( this, home, p, v ) */
  static void setterThatIgnoresPrototypeProperties(Realm realm, JsObject o, JsObject home, Object key, Object v) {
    if (o == home) {
      throw Errors.typeError(realm, Msg.CANNOT_ASSIGN_READ_ONLY, key, Describe.value(o));
    }
    if (o.getOwnProperty(realm, key) == null) {
      ObjectOperations.createDataPropertyOrThrow(realm, o, key, v);
    } else {
      ObjectOperations.setOrThrow(realm, o, key, v);
    }
  }
}
