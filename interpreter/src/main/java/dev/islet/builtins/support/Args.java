package dev.islet.builtins.support;

import dev.islet.values.Undefined;

/** Reading arguments of a built-in: a missing argument is undefined. */
public final class Args {
  private Args() {}

  public static Object get(Object[] args, int i) {
    return i < args.length ? args[i] : Undefined.INSTANCE;
  }
}
