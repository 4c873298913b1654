package dev.islet.vm.ic;

import dev.islet.objects.shape.PropertyCell;

/**
 * The cache of a global variable site: the cell the name resolved to (a global lexical binding or
 * a property of the global object) and the global environment's lexical version when it did.
 */
public final class GlobalCache {
  public PropertyCell cell;
  public int lexicalVersion = -1;
  public Object environment;

  /**
   * The cached value when the cache still holds for {@code realm}'s global environment and the cell
   * is a plain initialized data property; null otherwise (the caller takes the slow path).
   */
  public Object fastValue(dev.islet.realm.Realm realm) {
    PropertyCell c = cell;
    dev.islet.realm.GlobalEnvironment env = realm.globalEnvIfCreated();
    if (c == null || env != environment || lexicalVersion != env.lexicalVersion() || !c.isLive()
        || (c.attributes & dev.islet.objects.shape.Attributes.ACCESSOR) != 0) {
      return null;
    }
    Object v = c.value;
    return v == dev.islet.vm.Scope.TDZ ? null : v;
  }
}
