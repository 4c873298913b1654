package dev.islet.objects.shape;

/**
 * A property stored by itself: used by objects in dictionary mode (the global object, built-in
 * prototypes and namespaces, objects with deleted properties) and for sparse elements. Inline caches
 * may hold a cell: it stays the property's storage until the property is deleted, so a cached cell
 * is checked with {@link #isLive()} rather than by re-finding it.
 */
public final class PropertyCell {
  public final Object key;
  /** A data value, or an {@link dev.islet.objects.Accessor} when {@code ACCESSOR} is set. */
  public Object value;
  public int attributes;
  /** Set when the property is deleted,. */
  private boolean dead;

  public PropertyCell(Object key, Object value, int attributes) {
    this.key = key;
    this.value = value;
    this.attributes = attributes;
  }

  public boolean isLive() {
    return !dead;
  }

  public void kill() {
    dead = true;
  }
}
