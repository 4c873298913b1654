package dev.islet.vm;

import dev.islet.bytecode.Code;
import dev.islet.source.Source;

/**
 * Describes a frame for stack traces: {@code fn (file:line:col)}, or {@code file:line:col} for
 * top-level code. Only JS names and the source names the host gave: never a host path or a Java
 * frame.
 */
public final class StackFrames {
  private StackFrames() {}

  static String describe(Frame f) {
    Code code = f.code;
    Source src = code.template.source;
    String where;
    int offset = code.offsetAt(f.pc);
    if (src == null || offset < 0) {
      where = src == null ? "<anonymous>" : src.name();
    } else {
      where = src.name() + ":" + src.lineOf(offset) + ":" + src.columnOf(offset);
    }
    if (f.function == null) {
      return where;
    }
    String name = f.function.debugName();
    if (name.isEmpty()) {
      name = "<anonymous>";
    }
    return name + " (" + where + ")";
  }
}
