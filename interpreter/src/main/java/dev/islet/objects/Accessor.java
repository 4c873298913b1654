package dev.islet.objects;

/**
 * The value stored for an accessor property: its [[Get]] and [[Set]] functions, each a callable
 * {@link JsObject} or {@code Undefined.INSTANCE}. Immutable: redefining an accessor stores a new one.
 */
public record Accessor(Object getter, Object setter) {}
