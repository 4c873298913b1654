package dev.islet.regexp;

import dev.islet.regexp.Node.Alternative;
import dev.islet.regexp.Node.CharClass;
import dev.islet.regexp.Node.Disjunction;
import dev.islet.regexp.Node.Group;
import dev.islet.regexp.Node.Modifiers;
import dev.islet.regexp.Node.Quantified;

/** Static facts about pattern trees that the compiler uses to pick cheaper code. */
final class Analysis {
  private Analysis() {}

  /**
   * Whether n may match without consuming a character (conservative: true when unsure). Loops
   * over atoms that cannot need no empty check, nor the start-position register it costs.
   */
  static boolean canMatchEmpty(Node n) {
    if (n instanceof Node.Char || n instanceof Node.Dot) {
      return false;
    }
    if (n instanceof CharClass cc) {
      return mayHoldEmptyString(cc);
    }
    if (n instanceof Alternative a) {
      for (Node t : a.terms()) {
        if (!canMatchEmpty(t)) {
          return false;
        }
      }
      return true;
    }
    if (n instanceof Disjunction d) {
      for (Node t : d.alternatives()) {
        if (canMatchEmpty(t)) {
          return true;
        }
      }
      return false;
    }
    if (n instanceof Group g) {
      return canMatchEmpty(g.body());
    }
    if (n instanceof Modifiers m) {
      return canMatchEmpty(m.body());
    }
    if (n instanceof Quantified q) {
      return q.min() == 0 || canMatchEmpty(q.atom());
    }
    return true; // assertions, lookarounds, back references
  }

  /** With v a class may contain the empty string (\q{} or a property of strings never does). */
  private static boolean mayHoldEmptyString(CharClass cc) {
    for (Node.ClassItem item : cc.items()) {
      if (item instanceof Node.ClassStrings s && s.strings().contains("")) {
        return true;
      }
      if (item instanceof CharClass nested && mayHoldEmptyString(nested)) {
        return true;
      }
    }
    return false;
  }
}
