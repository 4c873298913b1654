package dev.islet.bytecode;

/**
 * The static shape of a class body, for CREATE_CLASS and INIT_CLASS: the constructor's template,
 * whether it has an {@code extends} clause, and its elements in source order. For each element the
 * compiler pushes, in order, the computed key (when {@link Element#computedKey}) or the private
 * name (when {@link Element#isPrivate}), then the function (method, accessor, field initializer or
 * static block) when {@link Element#hasFunction}.
 */
public record ClassLayout(FunctionTemplate constructor, boolean hasHeritage, String className, Element[] elements) {
  public static final int METHOD = 0;
  public static final int GETTER = 1;
  public static final int SETTER = 2;
  public static final int FIELD = 3;
  public static final int STATIC_BLOCK = 4;

  /** One class element. {@code key} is the canonical property key when the key is neither computed nor private. */
  public record Element(int kind, boolean isStatic, boolean isPrivate, boolean computedKey, Object key, boolean hasFunction) {}
}
