package dev.islet.errors;

/**
 * A host object that is an error without being an ErrorObject (a DOMException): its name and message
 * are accessors on its prototype, which {@link ErrorDescriptions} does not run, so it reports them
 * itself.
 */
public interface ErrorLike {
  String errorName();

  String errorMessage();
}
