package dev.islet.regexp;

import dev.islet.regexp.Node.CharClass;
import dev.islet.regexp.Node.ClassChar;
import dev.islet.regexp.Node.ClassEscape;
import dev.islet.regexp.Node.ClassItem;
import dev.islet.regexp.Node.ClassRange;
import dev.islet.regexp.Node.ClassStrings;
import dev.islet.regexp.Node.Property;
import dev.islet.unicode.UnicodeData;
import java.util.ArrayList;
import java.util.List;

/**
 * Character classes (#prod-CharacterClass) for {@link RegExpParser}: NonemptyClassRanges without v
 * (with Annex B's class escapes in ranges and {@code \c} forms), ClassSetExpression with v
 * (#prod-ClassSetExpression: unions, {@code &&}, {@code --}, nested classes, {@code \q{…}}), and the
 * character class escapes {@code \d \s \w \p{…}} shared with atoms.
 */
final class ClassParser {
  private final RegExpParser p;
  /** MayContainStrings of the operand parsed last (v only). */
  private boolean operandStrings;

  ClassParser(RegExpParser parser) {
    this.p = parser;
  }

  /** At '[': a whole class. */
  CharClass parseClass() {
    p.pos++;
    boolean negated = false;
    if (p.peek() == '^') {
      p.pos++;
      negated = true;
    }
    if (p.unicodeSets) {
      CharClass c = parseClassSetContents(negated);
      if (negated && operandStrings) {
        throw p.error("Negated character class may contain strings");
      }
      return c;
    }
    return parseClassRanges(negated);
  }

  // ---- Without v: ClassRanges

  private CharClass parseClassRanges(boolean negated) {
    List<ClassItem> items = new ArrayList<>();
    while (true) {
      if (p.pos >= p.len) {
        throw p.error("Unterminated character class");
      }
      if (p.peek() == ']') {
        p.pos++;
        return new CharClass(negated, CharClass.UNION, items);
      }
      ClassItem a = parseClassAtom();
      if (p.peek() == '-' && p.peek(1) != ']' && p.peek(1) != -1) {
        p.pos++;
        ClassItem b = parseClassAtom();
        if (a instanceof ClassChar ca && b instanceof ClassChar cb) {
          if (ca.value() > cb.value()) {
            throw p.error("Range out of order in character class");
          }
          items.add(new ClassRange(ca.value(), cb.value()));
        } else if (p.unicodeMode) {
          throw p.error("Invalid character class");
        } else {
          items.add(a); // Annex B: [\d-a] is \d, '-' and 'a'
          items.add(new ClassChar('-'));
          items.add(b);
        }
      } else {
        items.add(a);
      }
    }
  }

  /** ClassAtom: a ClassChar, or a ClassEscape / Property for \d, \p{…}. */
  private ClassItem parseClassAtom() {
    if (p.pos >= p.len) {
      throw p.error("Unterminated character class");
    }
    if (p.peek() != '\\') {
      return new ClassChar(p.readSourceChar());
    }
    p.pos++;
    if (p.pos >= p.len) {
      throw p.error("\\ at end of pattern");
    }
    int c = p.peek();
    if (c == 'b') {
      p.pos++;
      return new ClassChar('\b');
    }
    if (c == '-' && p.unicodeMode) {
      p.pos++;
      return new ClassChar('-');
    }
    ClassItem escape = tryCharacterClassEscape();
    if (escape != null) {
      return escape;
    }
    if (!p.unicodeMode) {
      if (c == 'c') {
        int d = p.peek(1);
        if (RegExpParser.isAsciiLetter(d) || RegExpParser.isDigit(d) || d == '_') {
          p.pos += 2;
          return new ClassChar(d % 32); // ClassControlLetter (Annex B)
        }
        return new ClassChar('\\'); // '\' is itself; the 'c' is the next atom
      }
      if (c == '8' || c == '9') {
        p.pos++;
        return new ClassChar(c);
      }
    } else if (RegExpParser.isDigit(c) && !(c == '0' && !RegExpParser.isDigit(p.peek(1)))) {
      throw p.error("Invalid class escape");
    }
    return new ClassChar(p.parseCharacterEscape(true));
  }

  // ---- Class escapes, shared with atoms

  /**
   * At the character after '\': CharacterClassEscape ({@code d D s S w W}, and {@code p{…} P{…}}
   * with u/v), or null (pos unchanged). Sets operandStrings.
   */
  ClassItem tryCharacterClassEscape() {
    int c = p.peek();
    operandStrings = false;
    switch (c) {
      case 'd': case 'D': case 's': case 'S': case 'w': case 'W':
        p.pos++;
        return new ClassEscape((char) c);
      case 'p': case 'P':
        if (!p.unicodeMode) {
          return null;
        }
        p.pos++;
        return parsePropertyBody(c == 'P');
      default:
        return null;
    }
  }

  /** After "\p" or "\P": {@code {Name=Value}} or {@code {LoneNameOrValue}} (#sec-static-semantics-unicodematchproperty-p). */
  private Property parsePropertyBody(boolean negated) {
    if (p.peek() != '{') {
      throw p.error("Invalid property name");
    }
    int start = p.pos + 1;
    int end = p.src.indexOf('}', start);
    if (end < 0) {
      throw p.error("Invalid property name");
    }
    String body = p.src.substring(start, end);
    p.pos = end + 1;
    UnicodeData u = UnicodeData.get();
    int eq = body.indexOf('=');
    if (eq >= 0) {
      String name = body.substring(0, eq);
      String value = body.substring(eq + 1);
      if (!isPropertyChars(name, false) || !isPropertyChars(value, true)) {
        throw p.error("Invalid property name");
      }
      String property = u.nonBinaryProperty(name);
      if (property != null) {
        if (property.equals("General_Category")) {
          String v = u.generalCategory(value);
          if (v != null) {
            return new Property(UnicodeData.CATEGORY, v, negated);
          }
        } else {
          String v = u.script(value);
          if (v != null) {
            char kind = property.equals("Script") ? UnicodeData.SCRIPT : UnicodeData.SCRIPT_EXTENSIONS;
            return new Property(kind, v, negated);
          }
        }
      }
      throw p.error("Invalid property name");
    }
    if (!isPropertyChars(body, true)) {
      throw p.error("Invalid property name");
    }
    String v = u.generalCategory(body);
    if (v != null) {
      return new Property(UnicodeData.CATEGORY, v, negated);
    }
    v = u.binaryProperty(body);
    if (v != null) {
      return new Property(UnicodeData.BINARY, v, negated);
    }
    if (p.unicodeSets && UnicodeData.isPropertyOfStrings(body)) {
      if (negated) {
        throw p.error("Invalid property name");
      }
      operandStrings = true;
      return new Property(UnicodeData.STRINGS, body, false);
    }
    throw p.error("Invalid property name");
  }

  private static boolean isPropertyChars(String s, boolean digits) {
    if (s.isEmpty()) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!(RegExpParser.isAsciiLetter(c) || c == '_' || (digits && RegExpParser.isDigit(c)))) {
        return false;
      }
    }
    return true;
  }

  // ---- With v: ClassSetExpression

  /** After '[' or "[^": ClassContents[+UnicodeSetsMode] and ']'. Sets operandStrings to MayContainStrings. */
  private CharClass parseClassSetContents(boolean negated) {
    if (++p.depth > RegExpParser.MAX_DEPTH) {
      throw p.error("Regular expression too deeply nested");
    }
    List<ClassItem> items = new ArrayList<>();
    if (p.peek() == ']') {
      p.pos++;
      p.depth--;
      operandStrings = false;
      return new CharClass(negated, CharClass.UNION, items);
    }
    ClassItem first = parseClassSetOperand();
    boolean strings = operandStrings;
    int op = CharClass.UNION;
    if (p.lookingAt("&&")) {
      op = CharClass.INTERSECTION;
    } else if (p.lookingAt("--")) {
      op = CharClass.SUBTRACTION;
    }
    if (op != CharClass.UNION) {
      items.add(first);
      String operator = op == CharClass.INTERSECTION ? "&&" : "--";
      while (p.peek() != ']') {
        if (!p.lookingAt(operator)) {
          throw p.error(p.pos >= p.len ? "Unterminated character class" : "Invalid set operation in character class");
        }
        p.pos += 2;
        if (op == CharClass.INTERSECTION && p.peek() == '&') {
          throw p.error("Invalid character in character class");
        }
        items.add(parseClassSetOperand());
        if (op == CharClass.INTERSECTION) {
          strings &= operandStrings;
        }
      }
    } else {
      ClassItem item = first;
      while (true) {
        if (item instanceof ClassChar from && p.peek() == '-' && p.peek(1) != '-') {
          p.pos++;
          int to = parseClassSetCharacter();
          if (from.value() > to) {
            throw p.error("Range out of order in character class");
          }
          item = new ClassRange(from.value(), to);
        }
        items.add(item);
        if (p.peek() == ']') {
          break;
        }
        if (p.pos >= p.len) {
          throw p.error("Unterminated character class");
        }
        if (p.lookingAt("&&") || p.lookingAt("--")) {
          throw p.error("Invalid set operation in character class");
        }
        item = parseClassSetOperand();
        strings |= operandStrings;
      }
    }
    p.pos++; // ']'
    p.depth--;
    operandStrings = strings;
    return new CharClass(negated, op, items);
  }

  /** ClassSetOperand: NestedClass, ClassStringDisjunction or ClassSetCharacter. Sets operandStrings. */
  private ClassItem parseClassSetOperand() {
    if (p.pos >= p.len) {
      throw p.error("Unterminated character class");
    }
    int c = p.peek();
    if (c == '[') {
      p.pos++;
      boolean negated = false;
      if (p.peek() == '^') {
        p.pos++;
        negated = true;
      }
      CharClass nested = parseClassSetContents(negated);
      if (negated) {
        if (operandStrings) {
          throw p.error("Negated character class may contain strings");
        }
      }
      return nested;
    }
    if (c == '\\') {
      p.pos++;
      if (p.pos >= p.len) {
        throw p.error("\\ at end of pattern");
      }
      if (p.peek() == 'q' && p.peek(1) == '{') {
        p.pos += 2;
        return parseClassStrings();
      }
      ClassItem escape = tryCharacterClassEscape();
      if (escape != null) {
        return escape;
      }
      p.pos--;
    }
    operandStrings = false;
    return new ClassChar(parseClassSetCharacter());
  }

  /** After "\q{": ClassStringDisjunctionContents and '}'. */
  private ClassStrings parseClassStrings() {
    List<String> strings = new ArrayList<>();
    StringBuilder sb = new StringBuilder();
    boolean mayContainStrings = false;
    int count = 0;
    while (true) {
      if (p.pos >= p.len) {
        throw p.error("Unterminated character class");
      }
      int c = p.peek();
      if (c == '|' || c == '}') {
        p.pos++;
        strings.add(sb.toString());
        if (count != 1) {
          mayContainStrings = true;
        }
        sb.setLength(0);
        count = 0;
        if (c == '}') {
          break;
        }
        continue;
      }
      sb.appendCodePoint(parseClassSetCharacter());
      count++;
    }
    operandStrings = mayContainStrings;
    return new ClassStrings(strings);
  }

  /** ClassSetCharacter (#prod-ClassSetCharacter); returns the code point. */
  private int parseClassSetCharacter() {
    if (p.pos >= p.len) {
      throw p.error("Unterminated character class");
    }
    int c = p.peek();
    if (c == '\\') {
      p.pos++;
      if (p.pos >= p.len) {
        throw p.error("\\ at end of pattern");
      }
      int e = p.peek();
      if (e == 'b') {
        p.pos++;
        return '\b';
      }
      if ("&-!#%,:;<=>@`~".indexOf(e) >= 0) {
        p.pos++;
        return e; // \ ClassSetReservedPunctuator
      }
      if (RegExpParser.isDigit(e) && !(e == '0' && !RegExpParser.isDigit(p.peek(1)))) {
        throw p.error("Invalid class escape");
      }
      return p.parseCharacterEscape(false);
    }
    if (c == p.peek(1) && "&!#$%*+,.:;<=>?@^`~".indexOf(c) >= 0) {
      throw p.error("Invalid set operation in character class"); // ClassSetReservedDoublePunctuator
    }
    if ("()[]{}/-|".indexOf(c) >= 0) {
      throw p.error("Invalid character in character class"); // ClassSetSyntaxCharacter
    }
    return p.readSourceChar();
  }
}
