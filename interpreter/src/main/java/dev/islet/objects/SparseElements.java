package dev.islet.objects;

import dev.islet.objects.shape.PropertyCell;
import java.util.Collection;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * Index properties kept one cell each, in index order: for elements far apart, with non-default
 * attributes, or accessors. Indices are 0 .. 2^32-2 as longs.
 */
public final class SparseElements {
  private final TreeMap<Long, PropertyCell> cells = new TreeMap<>();

  public PropertyCell get(long index) {
    return cells.get(index);
  }

  public void put(long index, PropertyCell cell) {
    cells.put(index, cell);
  }

  public PropertyCell remove(long index) {
    return cells.remove(index);
  }

  public int size() {
    return cells.size();
  }

  public Collection<PropertyCell> cells() {
    return cells.values();
  }

  /** The cells with index >= {@code from}, highest first (for shrinking an array's length). */
  public NavigableMap<Long, PropertyCell> tailDescending(long from) {
    return cells.tailMap(from, true).descendingMap();
  }

  /** The largest index present, or -1. */
  public long lastIndex() {
    return cells.isEmpty() ? -1 : cells.lastKey();
  }
}
