package dev.islet.vm;

import dev.islet.bytecode.FunctionTemplate;
import dev.islet.objects.JsFunction;
import dev.islet.objects.JsObject;
import dev.islet.objects.shape.Shape;
import dev.islet.realm.Realm;

/**
 * A function written in JavaScript: an ECMAScript function object —
 * https://tc39.es/ecma262/#sec-ecmascript-function-objects. Calls from the interpreter push a heap
 * frame; calls from Java re-enter the interpreter loop.
 */
public final class ScriptFunction extends JsFunction {
  public final FunctionInstance instance;
  public final FunctionTemplate template;
  /** [[Environment]]: the captured scope. */
  public final Scope env;
  /** [[HomeObject]] for methods (super property lookups start at its prototype). */
  public JsObject home;
  /** Class constructors: instance fields, private methods and the brand to install on new instances. */
  public ClassDefinition classDefinition;
  /** Arrow functions: the this, new.target and active function of the code that created them (lexical). */
  public Object lexicalThis;
  public JsObject lexicalNewTarget;
  public ScriptFunction lexicalFunction;

  /** A [[Call]] from the interpreter can push a frame in the running loop (a plain function). */
  final boolean plainCall;
  /** A [[Construct]] from the interpreter can push a frame in the running loop. */
  final boolean plainConstruct;

  /** The realm, template, environment, home object and lexical bindings: 72 bytes where an ordinary object has 32. */
  private static final int OWN_FIELDS = 40;

  public ScriptFunction(Realm realm, Shape shape, FunctionInstance instance, Scope env) {
    super(realm, shape);
    realm.heap.charge(OWN_FIELDS);
    this.instance = instance;
    this.template = instance.template;
    this.env = env;
    int flags = template.flags;
    boolean suspendable = (flags & (FunctionTemplate.GENERATOR | FunctionTemplate.ASYNC)) != 0;
    this.plainCall = !suspendable && (flags & FunctionTemplate.CLASS_CONSTRUCTOR) == 0;
    this.plainConstruct = !suspendable && (flags & FunctionTemplate.CONSTRUCTOR) != 0;
  }

  @Override
  public void traceReferences(dev.islet.objects.HeapVisitor v) {
    super.traceReferences(v);
    v.visit(template.source);
    v.visit(env);
    v.visit(home);
    v.visit(lexicalThis);
    v.visit(lexicalNewTarget);
    v.visit(lexicalFunction);
    if (classDefinition != null) {
      for (Object k : classDefinition.fieldKeys) {
        v.visit(k);
      }
      for (Object f : classDefinition.fieldInitializers) {
        v.visit(f);
      }
      for (PrivateName pn : classDefinition.methodNames) {
        v.visit(pn.method);
        v.visit(pn.getter);
        v.visit(pn.setter);
      }
    }
  }

  @Override
  public boolean isConstructor() {
    return template.is(FunctionTemplate.CONSTRUCTOR);
  }

  @Override
  public Object call(Object thisValue, Object[] args) {
    return realm.agent.interpreter.callFunction(this, thisValue, args);
  }

  @Override
  public Object construct(Object[] args, JsObject newTarget) {
    return realm.agent.interpreter.constructFunction(this, args, newTarget);
  }

  public String debugName() {
    return template.name == null ? "" : template.name;
  }

  @Override
  public long estimatedSize() {
    return super.estimatedSize() + OWN_FIELDS;
  }
}
