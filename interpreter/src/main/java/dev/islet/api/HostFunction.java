package dev.islet.api;

/**
 * A function the host exposes to JS. It receives and returns Java values: String, Double or
 * Integer, Boolean, null (undefined). Nothing else of the host is reachable from JS.
 */
@FunctionalInterface
public interface HostFunction {
  Object call(Object[] args);
}
