package dev.islet.builtins.control;

import dev.islet.objects.JsObject;
import dev.islet.objects.shape.Shape;
import dev.islet.realm.Realm;
import java.util.ArrayList;
import java.util.List;

/**
 * A Promise instance with its internal slots — https://tc39.es/ecma262/#sec-properties-of-promise-instances.
 */
public final class PromiseObject extends JsObject {
  public static final int PENDING = 0;
  public static final int FULFILLED = 1;
  public static final int REJECTED = 2;

  /** A Reaction record, its list slot and a share of its capability. */
  static final int REACTION_BYTES = 48;

  int state = PENDING;
  Object result;
  /** Reactions, while pending: fulfill and reject reactions in registration order. */
  List<Reaction> fulfillReactions = new ArrayList<>(1);
  List<Reaction> rejectReactions = new ArrayList<>(1);
  boolean isHandled;

  public PromiseObject(Realm realm, Shape shape) {
    super(realm, shape);
  }

  @Override
  public void traceReferences(dev.islet.objects.HeapVisitor v) {
    super.traceReferences(v);
    v.visit(result);
    for (java.util.List<Reaction> list : java.util.Arrays.asList(fulfillReactions, rejectReactions)) {
      if (list != null) {
        for (Reaction r : list) {
          r.traceReferences(v);
        }
      }
    }
  }

  /** Reaction records and their capabilities, which the meter counts with the promise. */
  @Override
  public long estimatedSize() {
    long n = fulfillReactions == null ? 0 : fulfillReactions.size() + rejectReactions.size();
    return super.estimatedSize() + n * REACTION_BYTES;
  }

  public int state() {
    return state;
  }

  public Object result() {
    return result;
  }

  public boolean isHandled() {
    return isHandled;
  }

  /**
   * Sets [[PromiseIsHandled]] to true without adding a reaction (WebIDL's "set promise.[[PromiseIsHandled]]
   * to true"), telling the rejection tracker when a rejected promise becomes handled.
   */
  public void setHandled(Realm realm) {
    if (!isHandled && state == REJECTED) {
      realm.agent.hostHooks().promiseRejectionTracker(this, "handle");
    }
    isHandled = true;
  }

  /**
   * A PromiseReaction Record: the derived capability (may be null), the kind and the handler (null =
   * default). {@code javaOwner} is what a Java handler keeps alive (an awaiting frame), so the live-set
   * meter sees it.
   */
  record Reaction(Capability capability, boolean fulfill, Object handler, JavaHandler javaHandler, Object javaOwner) {
    void traceReferences(dev.islet.objects.HeapVisitor v) {
      v.visit(handler);
      v.visit(javaOwner);
      if (capability != null) {
        v.visit(capability.promise());
        v.visit(capability.resolve());
        v.visit(capability.reject());
      }
    }
  }

  /** A handler implemented in Java (await, async iteration): no function object is allocated for it. */
  @FunctionalInterface
  public interface JavaHandler {
    Object handle(Object argument);
  }

  /** A PromiseCapability Record. */
  public record Capability(JsObject promise, Object resolve, Object reject) {}
}
