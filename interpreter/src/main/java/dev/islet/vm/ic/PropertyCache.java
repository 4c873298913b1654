package dev.islet.vm.ic;

import dev.islet.objects.JsObject;
import dev.islet.objects.shape.PropertyCell;
import dev.islet.objects.shape.Shape;

/**
 * The inline cache of one property site (get or set of {@code o.name}). The interpreter's fast path
 * is a single pointer compare: {@code o.shape == ownShape} then {@code o.slots[slot]}. The other
 * kinds are checked one call away, in {@code SlowPaths}.
 *
 * <p>Caches hold shapes, which belong to one isolate, so caches live in the per-isolate
 * {@code FunctionInstance}, never in shared code.
 */
public final class PropertyCache {
  /** Empty or reset. */
  public static final int EMPTY = 0;
  /** A data property in the receiver's own slot {@link #slot}: {@link #ownShape} is set. */
  public static final int OWN = 1;
  /** A data property of a prototype in shape mode ({@link #holder}'s slot), after {@link #chain} matches. */
  public static final int PROTO_SLOT = 2;
  /** A data property of a dictionary-mode prototype: {@link #cell}, after {@link #chain} matches. */
  public static final int PROTO_CELL = 3;
  /** Absent on the whole chain: the result is undefined, after {@link #chain} matches. */
  public static final int ABSENT = 4;
  /** Set: adding a property transitions {@link #shape} to {@link #newShape}, after {@link #chain} matches. */
  public static final int ADD = 5;
  /** The site saw too many shapes: skip caching. */
  public static final int MEGAMORPHIC = 6;

  /** Receiver shape for OWN hits (null otherwise): the interpreter's one-compare fast path. */
  public Shape ownShape;
  public int slot;
  public int kind;
  /** Receiver shape for the non-OWN kinds. */
  public Shape shape;
  /** Shapes of the prototypes walked, from the receiver's prototype up to the holder (or the end). */
  public Shape[] chain;
  public JsObject holder;
  public PropertyCell cell;
  public Shape newShape;
  /**
   * For a PROTO_SLOT hit one or two prototypes up: the receiver shape ({@link #shape}) and the
   * holder's shape, so the interpreter checks a method found on a prototype inline with a few
   * compares. Null otherwise.
   */
  public Shape protoOf;
  public Shape protoShape;
  /** For a hit two prototypes up: the prototype in between and its shape; null for one up. */
  public JsObject midProto;
  public Shape midShape;
  /** How many times the cache was refilled: past a bound the site goes megamorphic. */
  public int misses;
  /** Further entries of a polymorphic site (at most {@link #MAX_POLYMORPHIC} - 1), or null. */
  public PropertyCache[] more;

  /** Entries a site keeps before it is treated as megamorphic. */
  public static final int MAX_POLYMORPHIC = 4;

  public void reset() {
    ownShape = null;
    shape = null;
    chain = null;
    holder = null;
    cell = null;
    newShape = null;
    protoOf = null;
    protoShape = null;
    midProto = null;
    midShape = null;
    kind = EMPTY;
  }
}
