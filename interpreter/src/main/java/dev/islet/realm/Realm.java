package dev.islet.realm;

import dev.islet.heap.Heap;
import dev.islet.objects.JsObject;
import dev.islet.objects.shape.Attributes;
import dev.islet.objects.shape.Shape;
import dev.islet.vm.Agent;

/**
 * A Realm Record — https://tc39.es/ecma262/#sec-code-realms: a global object, a global environment
 * and a set of intrinsics. Intrinsics are created on first use (see {@link Intrinsic}) and each
 * built-in object fills in its properties on first touch, so a new realm costs a few objects, not
 * hundreds.
 */
public final class Realm {
  public final Agent agent;
  /** The agent's heap, cached here because every allocation charges it. */
  public final Heap heap;
  private static final int INTRINSIC_COUNT = Intrinsic.values().length;
  private final JsObject[] intrinsics = new JsObject[INTRINSIC_COUNT];
  private final Shape nullProtoRoot = Shape.root(null);
  private Shape nativeFunctionShape;
  private GlobalEnvironment globalEnv;
  /** Host-defined data attached to the realm (e.g. the test262 $262 object, runtime state). */
  private Object hostDefined;
  /** The realm's module map and module host (owned by {@code dev.islet.modules}). */
  private Object moduleState;
  /** The realm's host classes (owned by {@code dev.islet.api.host}): traced as a root. */
  private dev.islet.objects.HeapTraceable hostClasses;

  public Realm(Agent agent) {
    this.agent = agent;
    this.heap = agent.heap;
    agent.registerRealm(this);
  }

  /** Reports the realm's roots (intrinsics, global object, global lexical bindings, host data) for the heap meter. */
  public void traceRoots(dev.islet.objects.HeapVisitor v) {
    for (JsObject o : intrinsics) {
      v.visit(o);
    }
    if (globalEnv != null) {
      v.visit(globalEnv.globalObject());
      globalEnv.traceLexical(v);
    }
    v.visit(hostClasses);
  }

  /** The intrinsic object {@code id} of this realm, created on first use. */
  public JsObject intrinsic(Intrinsic id) {
    JsObject o = intrinsics[id.ordinal()];
    if (o == null) {
      o = id.create(this);
      intrinsics[id.ordinal()] = o;
    }
    return o;
  }

  /** For intrinsics whose creation must register a sibling first (a constructor and its prototype). */
  public void registerIntrinsic(Intrinsic id, JsObject value) {
    intrinsics[id.ordinal()] = value;
  }

  /** True if {@code id} has been created in this realm. */
  public boolean hasIntrinsic(Intrinsic id) {
    return intrinsics[id.ordinal()] != null;
  }

  public JsObject objectPrototype() {
    return intrinsic(Intrinsic.OBJECT_PROTOTYPE);
  }

  public JsObject functionPrototype() {
    return intrinsic(Intrinsic.FUNCTION_PROTOTYPE);
  }

  public JsObject arrayPrototype() {
    return intrinsic(Intrinsic.ARRAY_PROTOTYPE);
  }

  private Shape arrayShape;
  private Shape plainFunctionShape;
  private Shape arrowFunctionShape;

  /**
   * The shape of a new script function whose [[Prototype]] is {@code proto}: {@code length},
   * {@code name} and, for constructors and generators, {@code prototype} (writable unless a class).
   * The common cases under %Function.prototype% are cached.
   */
  public Shape scriptFunctionShape(JsObject proto, boolean hasPrototype, boolean classConstructor) {
    boolean common = proto == functionPrototype() && !classConstructor;
    if (common) {
      Shape s = hasPrototype ? plainFunctionShape : arrowFunctionShape;
      if (s != null) {
        return s;
      }
    }
    Shape s = JsObject.rootShape(this, proto)
        .addProperty("length", Attributes.CONFIGURABLE)
        .addProperty("name", Attributes.CONFIGURABLE);
    if (hasPrototype) {
      s = s.addProperty("prototype", classConstructor ? Attributes.FROZEN : Attributes.WRITABLE);
    }
    if (common) {
      if (hasPrototype) {
        plainFunctionShape = s;
      } else {
        arrowFunctionShape = s;
      }
    }
    return s;
  }

  /** The shape of new arrays: the root under %Array.prototype%. */
  public Shape arrayShape() {
    Shape s = arrayShape;
    if (s == null) {
      s = arrayShape = JsObject.rootShape(this, arrayPrototype());
    }
    return s;
  }

  public Shape nullProtoRoot() {
    return nullProtoRoot;
  }

  /** The shape of built-in functions: {@code length} then {@code name}, both configurable only. */
  public Shape nativeFunctionShape() {
    Shape s = nativeFunctionShape;
    if (s == null) {
      s = JsObject.rootShape(this, functionPrototype())
          .addProperty("length", Attributes.CONFIGURABLE)
          .addProperty("name", Attributes.CONFIGURABLE);
      nativeFunctionShape = s;
    }
    return s;
  }

  public GlobalEnvironment globalEnv() {
    GlobalEnvironment g = globalEnv;
    if (g == null) {
      g = globalEnv = new GlobalEnvironment(this, GlobalObjectSetup.createGlobalObject(this));
    }
    return g;
  }

  /** The global environment if it exists yet, else null (for caches that must not create it). */
  public GlobalEnvironment globalEnvIfCreated() {
    return globalEnv;
  }

  public JsObject globalObject() {
    return globalEnv().globalObject();
  }

  public Object moduleState() {
    return moduleState;
  }

  public void setModuleState(Object state) {
    moduleState = state;
  }

  /** The per-realm state of {@code dev.islet.api.host} (its constructors and prototypes), or null. */
  public dev.islet.objects.HeapTraceable hostClasses() {
    return hostClasses;
  }

  public void setHostClasses(dev.islet.objects.HeapTraceable state) {
    hostClasses = state;
  }

  public Object hostDefined() {
    return hostDefined;
  }

  public void setHostDefined(Object value) {
    hostDefined = value;
  }
}
