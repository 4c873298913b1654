package dev.islet.bytecode;

import dev.islet.source.Source;

/**
 * Everything known about a function before it runs: its name, length, kind and source range, plus
 * what the compiler needs to compile it on first call. Immutable apart from the compiled code,
 * which is set once; shared by every isolate that loads the same source.
 */
public final class FunctionTemplate {
  public static final int STRICT = 1;
  public static final int ARROW = 1 << 1;
  public static final int METHOD = 1 << 2;
  public static final int CLASS_CONSTRUCTOR = 1 << 3;
  public static final int DERIVED = 1 << 4;
  public static final int GENERATOR = 1 << 5;
  public static final int ASYNC = 1 << 6;
  public static final int GETTER = 1 << 7;
  public static final int SETTER = 1 << 8;
  /** Ordinary functions and generators get a "prototype" property; constructors are also [[Construct]]able. */
  public static final int HAS_PROTOTYPE = 1 << 9;
  public static final int CONSTRUCTOR = 1 << 10;
  /** A script, module, eval or class-field initializer body: not a JS-visible function. */
  public static final int TOP_LEVEL = 1 << 11;
  /** The function's body refers to {@code arguments} (or contains direct eval). */
  public static final int USES_ARGUMENTS = 1 << 12;
  /** Params are not a simple list, or the function is strict/arrow: an unmapped arguments object. */
  public static final int UNMAPPED_ARGUMENTS = 1 << 13;
  /** The function has a rest parameter. */
  public static final int HAS_REST = 1 << 14;
  /** A class field initializer or static block body (arguments is forbidden, this is the instance). */
  public static final int FIELD_INIT = 1 << 15;
  /** A synthesized default class constructor. */
  public static final int DEFAULT_CONSTRUCTOR = 1 << 16;
  /** The body contains a direct eval. */
  public static final int HAS_DIRECT_EVAL = 1 << 17;

  /** Compiles a template on first call. */
  public interface Compiler {
    Code compile(FunctionTemplate template);
  }

  public final String name;
  public final int length;
  public final int flags;
  public final Source source;
  /** Source range for Function.prototype.toString. */
  public final int sourceStart;
  public final int sourceEnd;
  public final int paramCount;
  /** This template's index among its parent's children (for the per-isolate instance tree). */
  public final int indexInParent;
  /** What the compiler needs (the AST node and its scope analysis); opaque here. */
  public final Object compileData;
  private final Compiler compiler;
  private volatile Code code;

  public FunctionTemplate(String name, int length, int flags, Source source, int sourceStart, int sourceEnd,
      int paramCount, int indexInParent, Object compileData, Compiler compiler) {
    this.name = name;
    this.length = length;
    this.flags = flags;
    this.source = source;
    this.sourceStart = sourceStart;
    this.sourceEnd = sourceEnd;
    this.paramCount = paramCount;
    this.indexInParent = indexInParent;
    this.compileData = compileData;
    this.compiler = compiler;
  }

  public boolean is(int flag) {
    return (flags & flag) != 0;
  }

  /** The compiled code, compiling it on first use (once, even when isolates race). */
  public Code code() {
    Code c = code;
    if (c == null) {
      synchronized (this) {
        c = code;
        if (c == null) {
          c = compiler.compile(this);
          code = c;
        }
      }
    }
    return c;
  }

  /** Installs code compiled eagerly (top-level code). */
  public void setCode(Code c) {
    code = c;
  }

  public boolean isCompiled() {
    return code != null;
  }

  /** The source text of this function, for Function.prototype.toString. */
  public String sourceText() {
    if (source == null || sourceStart < 0) {
      return null;
    }
    return source.text().substring(sourceStart, sourceEnd);
  }

  @Override
  public String toString() {
    return "FunctionTemplate[" + (name == null ? "<anonymous>" : name) + "]";
  }
}
