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

  public ScriptFunction(Realm realm, Shape shape, FunctionInstance instance, Scope env) {
    super(realm, shape);
    this.instance = instance;
    this.template = instance.template;
    this.env = env;
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
}
