package dev.islet.api.host;

import dev.islet.heap.SizeEstimates;
import dev.islet.objects.HeapTraceable;
import dev.islet.objects.HeapVisitor;
import dev.islet.objects.JsObject;
import dev.islet.realm.Realm;
import java.util.IdentityHashMap;

/** The host classes of one realm: each one's constructor, prototype and iterator prototype, created on first use. */
final class HostRealm implements HeapTraceable {
  static final int CONSTRUCTOR = 0;
  static final int PROTOTYPE = 1;
  static final int ITERATOR_PROTOTYPE = 2;
  static final int SIZE = 3;

  private final IdentityHashMap<HostClass<?>, JsObject[]> classes = new IdentityHashMap<>();
  /** Host state attached to the realm, by type (see {@link HostState}). */
  final IdentityHashMap<Class<?>, Object> state = new IdentityHashMap<>();

  static HostRealm of(Realm realm) {
    HeapTraceable t = realm.hostClasses();
    if (t instanceof HostRealm h) {
      return h;
    }
    HostRealm h = new HostRealm();
    realm.setHostClasses(h);
    return h;
  }

  JsObject[] objects(HostClass<?> c, Realm realm) {
    JsObject[] pair = classes.get(c);
    return pair != null ? pair : c.create(realm, this);
  }

  void register(HostClass<?> c, JsObject[] pair) {
    classes.put(c, pair);
  }

  @Override
  public long estimatedSize() {
    return SizeEstimates.OBJECT + (long) classes.size() * SizeEstimates.refArray(SIZE + 2);
  }

  @Override
  public void traceReferences(HeapVisitor v) {
    for (JsObject[] pair : classes.values()) {
      for (JsObject o : pair) {
        v.visit(o);
      }
    }
    for (Object o : state.values()) {
      if (o instanceof HeapTraceable) {
        v.visit(o);
      }
    }
  }
}
