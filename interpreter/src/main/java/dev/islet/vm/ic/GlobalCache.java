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
}
