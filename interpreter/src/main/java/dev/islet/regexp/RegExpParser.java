package dev.islet.regexp;

import dev.islet.regexp.Node.Alternative;
import dev.islet.regexp.Node.Assertion;
import dev.islet.regexp.Node.BackReference;
import dev.islet.regexp.Node.Char;
import dev.islet.regexp.Node.CharClass;
import dev.islet.regexp.Node.ClassEscape;
import dev.islet.regexp.Node.ClassItem;
import dev.islet.regexp.Node.Disjunction;
import dev.islet.regexp.Node.Dot;
import dev.islet.regexp.Node.Group;
import dev.islet.regexp.Node.Look;
import dev.islet.regexp.Node.Modifiers;
import dev.islet.regexp.Node.Quantified;
import dev.islet.unicode.UnicodeIdentifiers;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Parses a pattern (#sec-patterns) into a {@link Node} tree, with all its early errors
 * (#sec-patterns-static-semantics-early-errors). Without u/v it follows the Annex B grammar
 * (#sec-regular-expressions-patterns): legacy octal escapes, {@code \c} as a literal backslash,
 * {@code ]} and {@code {} as atoms, quantifiable lookaheads, class escapes in ranges.
 * The character class grammar (including the v flag's set notation) is in {@link ClassParser}.
 */
public final class RegExpParser {
  /** Nesting of groups and classes deeper than this is refused rather than risking the Java stack. */
  static final int MAX_DEPTH = 1000;

  final String src;
  final String flagsText;
  final int len;
  final boolean unicodeMode; // u or v: [+UnicodeMode]
  final boolean unicodeSets; // v: [+UnicodeSetsMode]
  /** [+NamedCaptureGroups]: always with u/v, otherwise when the pattern has a group name. */
  boolean namedGroups;
  int pos;
  int depth;

  private int groupCount;
  private final List<String> groupNames = new ArrayList<>(); // by group index - 1; null when unnamed
  private int groupsOpened;
  private final ClassParser classes;

  // Where each named group sits: the path of (disjunction id, alternative index) from the root,
  // so duplicate names can be checked against MightBothParticipate.
  private int[] path = new int[16];
  private int pathLength;
  private int nextDisjunctionId;
  private final Map<String, List<int[]>> namedGroupPaths = new HashMap<>();

  private RegExpParser(String pattern, String flagsText, int flags) {
    this.src = pattern;
    this.flagsText = flagsText;
    this.len = pattern.length();
    this.unicodeSets = (flags & RegExpFlags.UNICODE_SETS) != 0;
    this.unicodeMode = unicodeSets || (flags & RegExpFlags.UNICODE) != 0;
    this.classes = new ClassParser(this);
  }

  /** The result of parsing: the tree, the number of capturing groups and their names. */
  public record Parsed(Node root, int flags, int groupCount, String[] groupNames) {}

  /**
   * Parses pattern and flags. Throws {@link RegExpSyntaxException} for invalid flags or pattern.
   */
  public static Parsed parse(String pattern, String flags) {
    int bits = RegExpFlags.parse(flags);
    if (bits < 0) {
      throw new RegExpSyntaxException(pattern, flags, "Invalid flags");
    }
    RegExpParser p = new RegExpParser(pattern, flags, bits);
    p.prescan();
    p.namedGroups = p.unicodeMode || p.hasGroupNames();
    Node root = p.parseDisjunction();
    if (p.pos < p.len) {
      throw p.error(p.src.charAt(p.pos) == ')' ? "Unmatched ')'" : "Unexpected character");
    }
    return new Parsed(root, bits, p.groupCount, p.groupNames.toArray(new String[0]));
  }

  RegExpSyntaxException error(String reason) {
    return new RegExpSyntaxException(src, flagsText, reason);
  }

  int peek() {
    return pos < len ? src.charAt(pos) : -1;
  }

  int peek(int ahead) {
    return pos + ahead < len ? src.charAt(pos + ahead) : -1;
  }

  boolean lookingAt(String s) {
    return src.startsWith(s, pos);
  }

  /** Reads one source character: a code point with u/v (a surrogate pair is one), else a code unit. */
  int readSourceChar() {
    char c = src.charAt(pos++);
    if (unicodeMode && Character.isHighSurrogate(c) && pos < len && Character.isLowSurrogate(src.charAt(pos))) {
      return Character.toCodePoint(c, src.charAt(pos++));
    }
    return c;
  }

  // ---- Prescan: CountLeftCapturingParensWithin and the group names, needed before parsing
  // (forward references \2 and \k<a> before their group).

  private void prescan() {
    int i = 0;
    int classDepth = 0;
    while (i < len) {
      char c = src.charAt(i);
      if (c == '\\') {
        i += 2;
        continue;
      }
      if (classDepth > 0) {
        if (c == ']') {
          classDepth--;
        } else if (c == '[' && unicodeSets) {
          classDepth++;
        }
        i++;
        continue;
      }
      if (c == '[') {
        classDepth = 1;
        i++;
        continue;
      }
      if (c == '(') {
        if (i + 1 < len && src.charAt(i + 1) == '?') {
          if (i + 2 < len && src.charAt(i + 2) == '<' && i + 3 < len
              && src.charAt(i + 3) != '=' && src.charAt(i + 3) != '!') {
            groupCount++;
            groupNames.add(prescanName(i + 2));
          }
        } else {
          groupCount++;
          groupNames.add(null);
        }
      }
      i++;
    }
  }

  private String prescanName(int at) {
    int saved = pos;
    pos = at;
    try {
      return parseGroupName();
    } catch (RegExpSyntaxException e) {
      return null; // reported by the real parse
    } finally {
      pos = saved;
    }
  }

  private boolean hasGroupNames() {
    for (String n : groupNames) {
      if (n != null) {
        return true;
      }
    }
    return false;
  }

  // ---- Disjunction, Alternative, Term

  private Node parseDisjunction() {
    if (++depth > MAX_DEPTH) {
      throw error("Regular expression too deeply nested");
    }
    int id = nextDisjunctionId++;
    if (pathLength + 2 > path.length) {
      path = Arrays.copyOf(path, path.length * 2);
    }
    path[pathLength] = id;
    path[pathLength + 1] = 0;
    pathLength += 2;
    List<Node> alternatives = new ArrayList<>(2);
    alternatives.add(parseAlternative());
    while (peek() == '|') {
      pos++;
      path[pathLength - 1]++;
      alternatives.add(parseAlternative());
    }
    pathLength -= 2;
    depth--;
    return alternatives.size() == 1 ? alternatives.get(0) : new Disjunction(alternatives);
  }

  private Node parseAlternative() {
    List<Node> terms = new ArrayList<>();
    while (pos < len) {
      int c = peek();
      if (c == '|' || c == ')') {
        break;
      }
      Node t = parseTerm();
      if (t != null) {
        terms.add(t);
      }
    }
    return terms.size() == 1 ? terms.get(0) : new Alternative(terms);
  }

  /** A Term; null when it was consumed and contributes nothing (never, today). */
  private Node parseTerm() {
    int c = peek();
    int groupsBefore = groupsOpened;
    Node atom;
    switch (c) {
      case '^':
        pos++;
        return new Assertion(Assertion.START);
      case '$':
        pos++;
        return new Assertion(Assertion.END);
      case '(':
        if (lookingAt("(?<=") || lookingAt("(?<!")) {
          boolean negated = src.charAt(pos + 3) == '!';
          pos += 4;
          Node body = parseGroupBody();
          return new Look(true, negated, body); // never quantifiable
        }
        if (lookingAt("(?=") || lookingAt("(?!")) {
          boolean negated = src.charAt(pos + 2) == '!';
          pos += 3;
          atom = new Look(false, negated, parseGroupBody());
          if (unicodeMode) {
            return atom; // QuantifiableAssertion exists only in Annex B
          }
          break;
        }
        atom = parseGroup();
        break;
      case '.':
        pos++;
        atom = new Dot();
        break;
      case '[':
        atom = classes.parseClass();
        break;
      case '*':
      case '+':
      case '?':
        throw error("Nothing to repeat");
      case '{':
        if (unicodeMode) {
          throw error(tryBracedQuantifier() != null ? "Nothing to repeat" : "Lone quantifier brackets");
        }
        if (tryBracedQuantifier() != null) {
          throw error("Nothing to repeat"); // InvalidBracedQuantifier
        }
        pos++;
        atom = new Char('{');
        break;
      case '}':
      case ']':
        if (unicodeMode) {
          throw error("Lone quantifier brackets");
        }
        pos++;
        atom = new Char(c);
        break;
      case '\\':
        if (lookingAt("\\b") || lookingAt("\\B")) {
          pos += 2;
          return new Assertion(c == '\\' && src.charAt(pos - 1) == 'b' ? Assertion.WORD_BOUNDARY : Assertion.NOT_WORD_BOUNDARY);
        }
        atom = parseAtomEscape();
        break;
      default:
        atom = new Char(readSourceChar());
        break;
    }
    return parseQuantifier(atom, groupsBefore);
  }

  private Node parseQuantifier(Node atom, int groupsBefore) {
    int c = peek();
    int min;
    int max;
    switch (c) {
      case '*':
        min = 0;
        max = Quantified.INFINITE;
        pos++;
        break;
      case '+':
        min = 1;
        max = Quantified.INFINITE;
        pos++;
        break;
      case '?':
        min = 0;
        max = 1;
        pos++;
        break;
      case '{': {
        int[] q = tryBracedQuantifier();
        if (q == null) {
          if (unicodeMode) {
            throw error("Incomplete quantifier");
          }
          return atom; // Annex B: the '{' is an ExtendedPatternCharacter
        }
        min = q[0];
        max = q[1];
        pos = q[2];
        break;
      }
      default:
        return atom;
    }
    boolean greedy = true;
    if (peek() == '?') {
      pos++;
      greedy = false;
    }
    return new Quantified(atom, min, max, greedy, groupsBefore + 1, groupsOpened - groupsBefore);
  }

  /**
   * At '{': {min, max, end position} when a braced quantifier follows, else null (pos unchanged).
   * Bounds past int range saturate; "numbers out of order" is checked on the digits themselves.
   */
  private int[] tryBracedQuantifier() {
    int i = pos + 1;
    int s1 = i;
    while (i < len && isDigit(src.charAt(i))) {
      i++;
    }
    if (i == s1) {
      return null;
    }
    int e1 = i;
    int min = saturatedNumber(s1, e1);
    int max = min;
    if (i < len && src.charAt(i) == ',') {
      i++;
      int s2 = i;
      while (i < len && isDigit(src.charAt(i))) {
        i++;
      }
      if (i < len && src.charAt(i) == '}') {
        if (i == s2) {
          max = Quantified.INFINITE;
        } else {
          max = saturatedNumber(s2, i);
          if (compareDigits(s1, e1, s2, i) > 0) {
            throw error("numbers out of order in {} quantifier");
          }
        }
      } else {
        return null;
      }
    } else if (i >= len || src.charAt(i) != '}') {
      return null;
    }
    return new int[] {min, max, i + 1};
  }

  private int saturatedNumber(int from, int to) {
    long v = 0;
    for (int i = from; i < to; i++) {
      v = v * 10 + (src.charAt(i) - '0');
      if (v >= Quantified.INFINITE) {
        return Quantified.INFINITE;
      }
    }
    return (int) v;
  }

  /** Compares two decimal digit strings by value, whatever their length. */
  private int compareDigits(int s1, int e1, int s2, int e2) {
    while (s1 < e1 - 1 && src.charAt(s1) == '0') {
      s1++;
    }
    while (s2 < e2 - 1 && src.charAt(s2) == '0') {
      s2++;
    }
    if (e1 - s1 != e2 - s2) {
      return Integer.compare(e1 - s1, e2 - s2);
    }
    for (; s1 < e1; s1++, s2++) {
      int d = src.charAt(s1) - src.charAt(s2);
      if (d != 0) {
        return d;
      }
    }
    return 0;
  }

  static boolean isDigit(int c) {
    return c >= '0' && c <= '9';
  }

  // ---- Groups

  /** At '(' (not a lookaround): a capturing, named, non-capturing or modifiers group. */
  private Node parseGroup() {
    if (peek(1) != '?') {
      pos++;
      int index = ++groupsOpened;
      return new Group(index, null, parseGroupBody());
    }
    int c = peek(2);
    if (c == ':') {
      pos += 3;
      return new Group(0, null, parseGroupBody());
    }
    if (c == '<') {
      pos += 2;
      String name = parseGroupName();
      int index = ++groupsOpened;
      checkDuplicateName(name);
      return new Group(index, name, parseGroupBody());
    }
    return parseModifiers();
  }

  /** Parses Disjunction ')' after the group's opening. */
  private Node parseGroupBody() {
    Node body = parseDisjunction();
    if (peek() != ')') {
      throw error("Unterminated group");
    }
    pos++;
    return body;
  }

  /** {@code (?ims-ims: Disjunction )} (#sec-patterns-static-semantics-early-errors, RegularExpressionModifiers). */
  private Node parseModifiers() {
    pos += 2; // "(?"
    int add = readModifierFlags(0);
    int remove = 0;
    boolean dash = false;
    if (peek() == '-') {
      pos++;
      dash = true;
      remove = readModifierFlags(add);
    }
    if (peek() != ':') {
      throw error(pos < len && (isModifierLetter(peek()) || peek() == '-') ? "Repeated flag in modifiers" : "Invalid group");
    }
    if (dash && add == 0 && remove == 0) {
      throw error("Invalid group: no modifiers");
    }
    pos++;
    return new Modifiers(add, remove, parseGroupBody());
  }

  private static boolean isModifierLetter(int c) {
    return c == 'i' || c == 'm' || c == 's';
  }

  private int readModifierFlags(int other) {
    int bits = 0;
    while (pos < len && isModifierLetter(src.charAt(pos))) {
      int b = RegExpFlags.bit(src.charAt(pos));
      if ((bits & b) != 0 || (other & b) != 0) {
        throw error("Repeated flag in modifiers");
      }
      bits |= b;
      pos++;
    }
    return bits;
  }

  /** At '<': GroupName (#prod-GroupName); returns the name with escapes decoded. */
  String parseGroupName() {
    if (peek() != '<') {
      throw error("Invalid capture group name");
    }
    pos++;
    StringBuilder sb = new StringBuilder();
    boolean first = true;
    while (true) {
      if (pos >= len) {
        throw error("Invalid capture group name");
      }
      int c = src.charAt(pos);
      if (c == '>') {
        pos++;
        break;
      }
      if (c == '\\') {
        pos++;
        if (peek() != 'u') {
          throw error("Invalid capture group name");
        }
        pos++;
        c = parseUnicodeEscapeBody(true);
        if (c < 0) {
          throw error("Invalid Unicode escape in group name");
        }
      } else {
        pos++;
        if (Character.isHighSurrogate((char) c) && pos < len && Character.isLowSurrogate(src.charAt(pos))) {
          c = Character.toCodePoint((char) c, src.charAt(pos++));
        }
      }
      if (first ? !UnicodeIdentifiers.isIdentifierStart(c) : !UnicodeIdentifiers.isIdentifierPart(c)) {
        throw error("Invalid capture group name");
      }
      sb.appendCodePoint(c);
      first = false;
    }
    if (first) {
      throw error("Invalid capture group name");
    }
    return sb.toString();
  }

  /** Early error: a name twice is allowed only where MightBothParticipate is false. */
  private void checkDuplicateName(String name) {
    int[] here = Arrays.copyOf(path, pathLength);
    List<int[]> seen = namedGroupPaths.computeIfAbsent(name, k -> new ArrayList<>(1));
    for (int[] other : seen) {
      if (mightBothParticipate(here, other)) {
        throw error("Duplicate capture group name");
      }
    }
    seen.add(here);
  }

  /** False only when, in their innermost common Disjunction, the two sit in different alternatives. */
  private static boolean mightBothParticipate(int[] a, int[] b) {
    int n = Math.min(a.length, b.length);
    for (int i = 0; i < n; i += 2) {
      if (a[i] != b[i]) {
        return true;
      }
      if (a[i + 1] != b[i + 1]) {
        return false;
      }
    }
    return true;
  }

  // ---- Escapes

  /** After '\' outside a class: AtomEscape (#prod-AtomEscape, #prod-annexB-AtomEscape). */
  private Node parseAtomEscape() {
    pos++; // '\'
    if (pos >= len) {
      throw error("\\ at end of pattern");
    }
    int c = src.charAt(pos);
    if (c >= '1' && c <= '9') {
      int start = pos;
      while (pos < len && isDigit(src.charAt(pos))) {
        pos++;
      }
      int n = saturatedNumber(start, pos);
      if (n <= groupCount) {
        return new BackReference(new int[] {n});
      }
      if (unicodeMode) {
        throw error("Invalid escape");
      }
      pos = start; // Annex B: not a back reference, so an octal escape or an identity escape of 8/9
      if (c >= '8') {
        pos++;
        return new Char(c);
      }
      return new Char(parseLegacyOctal());
    }
    if (c == 'k' && namedGroups) {
      pos++;
      if (peek() != '<') {
        throw error("Invalid named reference");
      }
      String name = parseGroupName();
      int[] groups = groupsNamed(name);
      if (groups.length == 0) {
        throw error("Invalid named capture referenced");
      }
      return new BackReference(groups);
    }
    ClassItem classEscape = classes.tryCharacterClassEscape();
    if (classEscape != null) {
      List<ClassItem> items = new ArrayList<>(1);
      items.add(classEscape);
      return new CharClass(false, CharClass.UNION, items);
    }
    if (c == 'c' && !unicodeMode && !isAsciiLetter(peek(1))) {
      return new Char('\\'); // Annex B: ExtendedAtom :: \ [lookahead = c]; the 'c' is parsed next
    }
    int v = parseCharacterEscape(false);
    return new Char(v);
  }

  private int[] groupsNamed(String name) {
    int n = 0;
    int[] out = new int[2];
    for (int i = 0; i < groupNames.size(); i++) {
      if (name.equals(groupNames.get(i))) {
        if (n == out.length) {
          out = Arrays.copyOf(out, n * 2);
        }
        out[n++] = i + 1;
      }
    }
    return Arrays.copyOf(out, n);
  }

  static boolean isAsciiLetter(int c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  /**
   * At the character after '\': CharacterEscape (#prod-CharacterEscape), including Annex B's
   * legacy octal and identity escapes without u/v. Returns the character value.
   * inClass: inside a class, where '-' is an identity escape with u/v and \k follows the class rules.
   */
  int parseCharacterEscape(boolean inClass) {
    int c = src.charAt(pos);
    switch (c) {
      case 'f': pos++; return '\f';
      case 'n': pos++; return '\n';
      case 'r': pos++; return '\r';
      case 't': pos++; return '\t';
      case 'v': pos++; return 0x0B;
      case 'c':
        if (isAsciiLetter(peek(1))) {
          pos += 2;
          return src.charAt(pos - 1) % 32;
        }
        throw error("Invalid escape"); // callers handle the Annex B forms first
      case '0':
        if (!isDigit(peek(1))) {
          pos++;
          return 0;
        }
        if (unicodeMode) {
          throw error("Invalid decimal escape");
        }
        return parseLegacyOctal();
      case 'x': {
        pos++;
        int h1 = hexValue(peek());
        int h2 = hexValue(peek(1));
        if (h1 >= 0 && h2 >= 0) {
          pos += 2;
          return h1 * 16 + h2;
        }
        if (unicodeMode) {
          throw error("Invalid escape");
        }
        return 'x';
      }
      case 'u': {
        pos++;
        int v = parseUnicodeEscapeBody(unicodeMode);
        if (v >= 0) {
          return v;
        }
        if (unicodeMode) {
          throw error("Invalid Unicode escape");
        }
        return 'u';
      }
      default:
        break;
    }
    if (unicodeMode) {
      if (isSyntaxCharacter(c) || c == '/' || (inClass && c == '-')) {
        pos++;
        return c;
      }
      throw error("Invalid escape");
    }
    if (c >= '1' && c <= '7') {
      return parseLegacyOctal(); // only reached inside classes; atoms handle decimal escapes
    }
    if (c == 'k' && namedGroups) {
      throw error("Invalid named reference"); // SourceCharacterIdentityEscape[+NamedCaptureGroups] excludes k
    }
    return readSourceChar(); // IdentityEscape: any other character
  }

  /** LegacyOctalEscapeSequence (#prod-annexB-LegacyOctalEscapeSequence), at its first digit. */
  private int parseLegacyOctal() {
    int d1 = src.charAt(pos++) - '0';
    int v = d1;
    if (pos < len && isOctal(src.charAt(pos))) {
      v = v * 8 + (src.charAt(pos++) - '0');
      if (d1 <= 3 && pos < len && isOctal(src.charAt(pos))) {
        v = v * 8 + (src.charAt(pos++) - '0');
      }
    }
    return v;
  }

  private static boolean isOctal(int c) {
    return c >= '0' && c <= '7';
  }

  static boolean isSyntaxCharacter(int c) {
    return "^$\\.*+?()[]{}|".indexOf(c) >= 0 && c >= 0;
  }

  static int hexValue(int c) {
    if (c >= '0' && c <= '9') {
      return c - '0';
    }
    if (c >= 'a' && c <= 'f') {
      return c - 'a' + 10;
    }
    if (c >= 'A' && c <= 'F') {
      return c - 'A' + 10;
    }
    return -1;
  }

  /**
   * After "\\u": RegExpUnicodeEscapeSequence. With full (u/v, and in group names) a surrogate pair
   * of escapes is one code point and {@code \\u{…}} is allowed. Returns -1 (pos unchanged) when
   * no valid escape follows.
   */
  int parseUnicodeEscapeBody(boolean full) {
    int start = pos;
    if (full && peek() == '{') {
      int i = pos + 1;
      long v = 0;
      while (i < len && hexValue(src.charAt(i)) >= 0) {
        v = v * 16 + hexValue(src.charAt(i));
        if (v > 0x10FFFF) {
          return -1;
        }
        i++;
      }
      if (i == pos + 1 || i >= len || src.charAt(i) != '}') {
        return -1;
      }
      pos = i + 1;
      return (int) v;
    }
    int v = hex4(pos);
    if (v < 0) {
      return -1;
    }
    pos += 4;
    if (full && Character.isHighSurrogate((char) v) && lookingAt("\\u")) {
      int lo = hex4(pos + 2);
      if (lo >= 0 && Character.isLowSurrogate((char) lo)) {
        pos += 6;
        return Character.toCodePoint((char) v, (char) lo);
      }
    }
    assert pos > start;
    return v;
  }

  private int hex4(int at) {
    if (at + 4 > len) {
      return -1;
    }
    int v = 0;
    for (int i = at; i < at + 4; i++) {
      int h = hexValue(src.charAt(i));
      if (h < 0) {
        return -1;
      }
      v = v * 16 + h;
    }
    return v;
  }
}
