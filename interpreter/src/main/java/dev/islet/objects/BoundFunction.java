package dev.islet.objects;

import dev.islet.realm.Realm;

/** A bound function exotic object — https://tc39.es/ecma262/#sec-bound-function-exotic-objects. */
public final class BoundFunction extends JsFunction {
  private final JsObject target;
  private final Object boundThis;
  private final Object[] boundArgs;

  public BoundFunction(Realm realm, JsObject target, Object boundThis, Object[] boundArgs) {
    super(realm, JsObject.rootShape(realm, target.getPrototypeOf(realm)));
    this.target = target;
    this.boundThis = boundThis;
    this.boundArgs = boundArgs;
  }

  public JsObject target() {
    return target;
  }

  public Object boundThis() {
    return boundThis;
  }

  public Object[] boundArgs() {
    return boundArgs;
  }

  private Object[] allArgs(Object[] args) {
    if (boundArgs.length == 0) {
      return args;
    }
    Object[] all = new Object[boundArgs.length + args.length];
    System.arraycopy(boundArgs, 0, all, 0, boundArgs.length);
    System.arraycopy(args, 0, all, boundArgs.length, args.length);
    return all;
  }

  @Override
  public void traceReferences(HeapVisitor v) {
    super.traceReferences(v);
    v.visit(target);
    v.visit(boundThis);
    for (Object a : boundArgs) {
      v.visit(a);
    }
  }

  @Override
  public boolean isConstructor() {
    return target.isConstructor();
  }

  /** [[Call]] — https://tc39.es/ecma262/#sec-bound-function-exotic-objects-call-thisargument-argumentslist */
  @Override
  public Object call(Object thisValue, Object[] args) {
    return target.call(boundThis, allArgs(args));
  }

  /** [[Construct]] — https://tc39.es/ecma262/#sec-bound-function-exotic-objects-construct-argumentslist-newtarget */
  @Override
  public Object construct(Object[] args, JsObject newTarget) {
    return target.construct(allArgs(args), newTarget == this ? target : newTarget);
  }
}
