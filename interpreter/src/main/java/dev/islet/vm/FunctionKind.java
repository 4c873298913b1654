package dev.islet.vm;

/** The kinds of function the Function-family constructors create (CreateDynamicFunction's kind). */
public enum FunctionKind {
  NORMAL,
  GENERATOR,
  ASYNC,
  ASYNC_GENERATOR
}
