package dev.islet.vm;

import dev.islet.bytecode.Code;
import dev.islet.objects.JsObject;
import dev.islet.realm.Realm;

/**
 * An activation of a function, script or eval: a heap object, so JS→JS calls do not recurse on
 * the Java stack, and a suspended generator or async function keeps its frame. Registers and the
 * operand stack share {@link #regs}.
 */
public final class Frame {
  public static final int MODE_NEXT = 0;
  public static final int MODE_THROW = 1;
  public static final int MODE_RETURN = 2;

  Object[] regs;
  int sp;
  /** The pc of the current instruction when the frame is not running (at a call: the call instruction). */
  int pc;
  Code code;
  final Realm realm;
  /** The running function; null for scripts, modules and eval code. */
  final ScriptFunction function;
  final FunctionInstance instance;
  /** The instance's inline caches for {@link #code} (looked up once, when the frame is made). */
  final Object[] caches;
  Object thisValue;
  /** new.target: null for [[Call]]. */
  JsObject newTarget;
  /** The actual arguments, kept when the code needs the arguments object or a rest parameter. */
  Object[] args;
  Scope scope;
  Frame caller;
  /** The home object for super lookups in eval code (else the function's). */
  JsObject home;
  /** The active function for eval code (super() in a derived constructor's eval). */
  ScriptFunction activeFunction;
  /** For [[Construct]] frames: the result rules of a constructor apply on return. */
  boolean construct;
  /** Set while suspended at a yield or await. */
  boolean suspended;
  /** The opcode the frame is suspended at (YIELD, AWAIT or GENERATOR_START). */
  int suspendOp;
  /** The resumption of a generator: the value sent and how (MODE_*). */
  int resumeMode;
  /** A value to throw at the suspension point when the frame resumes (resumption in throw mode). */
  Object pendingThrow;
  boolean hasPendingThrow;
  /** The generator or async-function state object driving this frame, if any. */
  Object driver;
  /** The module record for module code. */
  Object module;

  Frame(Realm realm, Code code, ScriptFunction function, FunctionInstance instance) {
    this.realm = realm;
    this.code = code;
    this.function = function;
    this.instance = instance;
    this.caches = instance.caches(realm, code);
    this.regs = new Object[code.registerCount + code.maxStack];
    this.sp = code.registerCount;
  }

  public Realm realm() {
    return realm;
  }

  public ScriptFunction function() {
    return function;
  }

  public Frame caller() {
    return caller;
  }

  public Code code() {
    return code;
  }

  public int pc() {
    return pc;
  }

  public Object thisValue() {
    return thisValue;
  }
}
