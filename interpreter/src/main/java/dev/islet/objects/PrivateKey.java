package dev.islet.objects;

/**
 * A key that JavaScript can never produce: private names and class brands. Private fields are
 * stored in the object's own shape under such keys, so they cost no extra field per object; every
 * reflective operation ([[OwnPropertyKeys]]) skips them.
 */
public interface PrivateKey {}
