package dev.islet.bytecode;

/** Prints compiled code as text, one instruction per line, from the opcode table. */
public final class Disassembler {
  private Disassembler() {}

  public static String disassemble(Code code) {
    StringBuilder sb = new StringBuilder();
    sb.append("; ").append(code.template).append(" registers=").append(code.registerCount)
        .append(" locals=").append(code.localCount).append(" maxStack=").append(code.maxStack).append('\n');
    int[] ops = code.ops;
    int pc = 0;
    while (pc < ops.length) {
      int op = ops[pc];
      sb.append(String.format("%5d  %-24s", pc, Op.name(op)));
      Op.Operand[] kinds = Op.operands(op);
      for (int i = 0; i < kinds.length; i++) {
        int v = ops[pc + 1 + i];
        sb.append(' ');
        if (kinds[i] == Op.Operand.K) {
          Object c = code.constants[v];
          String s = c instanceof String str ? '"' + str + '"' : String.valueOf(c);
          sb.append('#').append(v).append('(').append(s.length() > 40 ? s.substring(0, 40) + "…" : s).append(')');
        } else {
          sb.append(kinds[i].name().toLowerCase()).append(v);
        }
      }
      sb.append('\n');
      pc += Op.length(op);
    }
    int[] h = code.handlers;
    for (int i = 0; i < h.length; i += 4) {
      sb.append(String.format("; handler [%d, %d) -> %d depth %d%n", h[i], h[i + 1], h[i + 2], h[i + 3]));
    }
    return sb.toString();
  }
}
