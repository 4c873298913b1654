package dev.islet.api.host;

import dev.islet.realm.Realm;

/**
 * The value pairs a {@code iterable<K, V>} interface iterates over
 * (https://webidl.spec.whatwg.org/#dfn-value-pairs-to-iterate-over). They are read again at each
 * step, by index, so an iterator sees changes made while it runs, as WebIDL's default iterator does.
 */
public interface PairIterable<T> {
  /** How many pairs there are now. */
  int size(Realm realm, T self);

  /** The key of pair {@code i} (0 ≤ i < size). */
  Object key(Realm realm, T self, int i);

  /** The value of pair {@code i} (0 ≤ i < size). */
  Object value(Realm realm, T self, int i);
}
