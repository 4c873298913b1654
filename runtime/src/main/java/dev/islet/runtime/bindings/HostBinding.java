package dev.islet.runtime.bindings;

/**
 * A Java object the runtime turns into a JS binding of its own kind (the {@code LOADER} binding of a
 * {@code Loader}): it crosses into {@code env} as itself, and the isolate makes its JS object.
 */
public interface HostBinding {}
