package dev.islet.parser;

import dev.islet.ast.ArrayExpression;
import dev.islet.ast.ArrayPattern;
import dev.islet.ast.AssignmentExpression;
import dev.islet.ast.AssignmentOperator;
import dev.islet.ast.AssignmentPattern;
import dev.islet.ast.AssignmentProperty;
import dev.islet.ast.Expression;
import dev.islet.ast.ExpressionOrSpread;
import dev.islet.ast.Identifier;
import dev.islet.ast.MemberExpression;
import dev.islet.ast.Node;
import dev.islet.ast.ObjectExpression;
import dev.islet.ast.ObjectMember;
import dev.islet.ast.ObjectPattern;
import dev.islet.ast.ObjectPatternMember;
import dev.islet.ast.Pattern;
import dev.islet.ast.Property;
import dev.islet.ast.PropertyKind;
import dev.islet.ast.RestElement;
import dev.islet.ast.SpreadElement;
import dev.islet.lexer.Tok;
import dev.islet.source.Source;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;

/**
 * Identifiers, binding patterns (https://tc39.es/ecma262/#sec-destructuring-binding-patterns),
 * the conversion of cover expressions into assignment patterns, and the declaration of bound names.
 */
abstract class PatternParser extends ParserBase {
  // How bound names are declared.
  static final int BIND_NONE = 0;
  static final int BIND_VAR = 1;
  static final int BIND_LEXICAL = 2;
  static final int BIND_PARAM = 3;
  static final int BIND_CATCH_SIMPLE = 4;
  static final int BIND_CATCH_PATTERN = 5;
  static final int BIND_VAR_FOR_OF = 6;
  /** Lexical declaration where {@code let} is not a valid name (let, const, using, class). */
  static final int BIND_LEXICAL_NO_LET = 7;

  /** SpreadElements directly followed by a comma: not allowed as rest elements. */
  final IdentityHashMap<Node, Boolean> spreadWithTrailingComma = new IdentityHashMap<>();

  PatternParser(Source source, ParseOptions options, boolean hashbang) {
    super(source, options, hashbang);
  }

  abstract Expression parseAssignment(boolean noIn, Cover cover);

  abstract Expression parsePropertyName();

  /** Whether the last parsed property name was computed. */
  abstract boolean lastPropertyNameComputed();

  // ---- identifiers ---------------------------------------------------------------------------

  /** Reads an identifier token (NAME) as an Identifier node, checking reserved words for references. */
  final Identifier parseIdentifierReference() {
    if (tok != Tok.NAME) {
      throw unexpected();
    }
    long m = here();
    checkIdentifier(lx.value(), lx.contextual(), lx.escapedKeyword(), lx.start(), false);
    String name = lx.value();
    next();
    return new Identifier(loc(m), name);
  }

  /** Reads a BindingIdentifier; {@code kind} is how it will be declared (declaration happens separately). */
  final Identifier parseBindingIdentifier() {
    if (tok != Tok.NAME) {
      throw unexpected();
    }
    long m = here();
    checkIdentifier(lx.value(), lx.contextual(), lx.escapedKeyword(), lx.start(), true);
    String name = lx.value();
    next();
    return new Identifier(loc(m), name);
  }

  /**
   * Early errors of IdentifierReference / BindingIdentifier
   * (https://tc39.es/ecma262/#sec-identifiers-static-semantics-early-errors).
   */
  final void checkIdentifier(String name, int contextual, int escapedKeyword, int offset, boolean binding) {
    if (escapedKeyword != 0) {
      throw error(offset, "Keyword must not contain escaped characters");
    }
    switch (contextual) {
      case Tok.C_YIELD -> {
        if (ctx.generator && ctx.inParams || yieldReserved()) {
          throw error(offset, strict() ? "Unexpected strict mode reserved word" : "Unexpected identifier 'yield'");
        }
      }
      case Tok.C_AWAIT -> {
        if (awaitReserved() || ctx.async && ctx.inParams) {
          throw error(offset, "Unexpected reserved word 'await'");
        }
        if (awaitIdentPos < 0) {
          awaitIdentPos = offset;
        }
      }
      case Tok.C_LET, Tok.C_STATIC, Tok.C_STRICT_RESERVED -> {
        if (strict()) {
          throw error(offset, "Unexpected strict mode reserved word");
        }
      }
      case Tok.C_ARGUMENTS, Tok.C_EVAL -> {
        if (binding && strict()) {
          throw error(offset, "Unexpected eval or arguments in strict mode");
        }
        if (contextual == Tok.C_ARGUMENTS && !binding && (ctx.inFieldInit || ctx.inStaticBlock || ctx.argumentsForbidden)) {
          throw error(offset, "'arguments' is not allowed in class field initializer or static initialization block");
        }
      }
      default -> {
      }
    }
  }

  /** Re-checks a binding name under strict rules (a body turned out to be "use strict"). */
  final void checkStrictBinding(Identifier id) {
    String n = id.name();
    if (n.equals("eval") || n.equals("arguments")) {
      throw error(id.loc().start(), "Unexpected eval or arguments in strict mode");
    }
    if (isStrictReserved(n)) {
      throw error(id.loc().start(), "Unexpected strict mode reserved word");
    }
  }

  static boolean isStrictReserved(String n) {
    switch (n) {
      case "implements", "interface", "let", "package", "private", "protected", "public", "static", "yield":
        return true;
      default:
        return false;
    }
  }

  // ---- binding patterns ----------------------------------------------------------------------

  /** BindingIdentifier or BindingPattern. */
  final Pattern parseBindingTarget() {
    if (tok == Tok.LBRACKET) {
      return parseArrayBindingPattern();
    }
    if (tok == Tok.LBRACE) {
      return parseObjectBindingPattern();
    }
    return parseBindingIdentifier();
  }

  /** BindingElement: a target with an optional default. */
  final Pattern parseBindingElement() {
    long m = here();
    Pattern target = parseBindingTarget();
    if (tok == Tok.ASSIGN) {
      next();
      Expression init = parseAssignment(false, null);
      return new AssignmentPattern(loc(m), target, init);
    }
    return target;
  }

  private ArrayPattern parseArrayBindingPattern() {
    long m = here();
    enter();
    next();
    ArrayList<Pattern> elements = new ArrayList<>();
    while (tok != Tok.RBRACKET) {
      if (tok == Tok.COMMA) {
        next();
        elements.add(null);
        continue;
      }
      if (tok == Tok.ELLIPSIS) {
        long rm = here();
        next();
        Pattern arg = parseBindingTarget();
        elements.add(new RestElement(loc(rm), arg));
        if (tok == Tok.COMMA) {
          throw error(lx.start(), "Rest element must be last element");
        }
        break;
      }
      elements.add(parseBindingElement());
      if (tok != Tok.RBRACKET) {
        expect(Tok.COMMA);
      }
    }
    expect(Tok.RBRACKET);
    exit();
    return new ArrayPattern(loc(m), list(elements));
  }

  private ObjectPattern parseObjectBindingPattern() {
    long m = here();
    enter();
    next();
    ArrayList<ObjectPatternMember> props = new ArrayList<>();
    while (tok != Tok.RBRACE) {
      long pm = here();
      if (tok == Tok.ELLIPSIS) {
        next();
        Identifier arg = parseBindingIdentifier();
        props.add(new RestElement(loc(pm), arg));
        if (tok == Tok.COMMA) {
          throw error(lx.start(), "Rest element must be last element");
        }
        break;
      }
      boolean shorthandCandidate = tok == Tok.NAME;
      String name = lx.value();
      int ctxCode = lx.contextual();
      int escKw = lx.escapedKeyword();
      int nameStart = lx.start();
      Expression key = parsePropertyName();
      boolean computed = lastPropertyNameComputed();
      if (tok == Tok.COLON) {
        next();
        Pattern value = parseBindingElement();
        props.add(new AssignmentProperty(loc(pm), key, value, computed, false));
      } else {
        if (!shorthandCandidate || computed) {
          throw unexpected();
        }
        checkIdentifier(name, ctxCode, escKw, nameStart, true);
        Identifier id = (Identifier) key;
        Pattern value = id;
        if (tok == Tok.ASSIGN) {
          next();
          Expression init = parseAssignment(false, null);
          value = new AssignmentPattern(loc(pm), id, init);
        }
        props.add(new AssignmentProperty(loc(pm), key, value, false, true));
      }
      if (tok != Tok.RBRACE) {
        expect(Tok.COMMA);
      }
    }
    expect(Tok.RBRACE);
    exit();
    return new ObjectPattern(loc(m), list(props));
  }

  // ---- expressions to patterns ---------------------------------------------------------------

  /**
   * Converts an expression parsed under a cover grammar into an assignment target
   * (https://tc39.es/ecma262/#sec-static-semantics-assignmenttargettype). With {@code binding}
   * (arrow parameters) only identifiers and patterns of them are allowed.
   */
  final Pattern toAssignable(Expression e, boolean binding, boolean nested) {
    if (e instanceof Identifier id) {
      if (binding && isParenthesized(id)) {
        throw error(id.loc().start(), "Invalid destructuring assignment target");
      }
      checkAssignTargetName(id, binding);
      return id;
    }
    if (e instanceof MemberExpression me) {
      if (binding) {
        throw error(me.loc().start(), "Invalid destructuring assignment target");
      }
      return me;
    }
    if (e instanceof dev.islet.ast.CallExpression call && !nested && !binding && !strict()) {
      return call; // Annex B: a runtime ReferenceError, not an early error, in sloppy code
    }
    if (e instanceof ObjectExpression oe && !isParenthesized(e)) {
      return toObjectPattern(oe, binding);
    }
    if (e instanceof ArrayExpression ae && !isParenthesized(e)) {
      return toArrayPattern(ae, binding);
    }
    if (nested && e instanceof AssignmentExpression as && as.operator() == AssignmentOperator.ASSIGN && !isParenthesized(e)) {
      Pattern left = as.left();
      if (left instanceof Identifier lid) {
        checkAssignTargetName(lid, binding);
      }
      if (binding) {
        checkBindingPattern(left);
      }
      return new AssignmentPattern(as.loc(), left, as.right());
    }
    throw error(e.loc().start(), nested || binding ? "Invalid destructuring assignment target" : "Invalid left-hand side in assignment");
  }

  private ObjectPattern toObjectPattern(ObjectExpression oe, boolean binding) {
    List<ObjectMember> members = oe.properties();
    ArrayList<ObjectPatternMember> out = new ArrayList<>(members.size());
    for (int i = 0; i < members.size(); i++) {
      ObjectMember mem = members.get(i);
      if (mem instanceof Property p) {
        if (p.kind() != PropertyKind.INIT || p.method()) {
          throw error(p.key().loc().start(), "Invalid destructuring assignment target");
        }
        Pattern value = toAssignable(p.value(), binding, true);
        out.add(new AssignmentProperty(p.loc(), p.key(), value, p.computed(), p.shorthand()));
      } else {
        SpreadElement s = (SpreadElement) mem;
        if (i != members.size() - 1 || spreadWithTrailingComma.containsKey(s)) {
          throw error(s.loc().start(), "Rest element must be last element");
        }
        Expression arg = s.argument();
        if (!(arg instanceof Identifier) && (binding || !(arg instanceof MemberExpression))) {
          throw error(arg.loc().start(), "`...` must be followed by an assignable reference in assignment contexts");
        }
        out.add(new RestElement(s.loc(), toAssignable(arg, binding, true)));
      }
    }
    return new ObjectPattern(oe.loc(), list(out));
  }

  private ArrayPattern toArrayPattern(ArrayExpression ae, boolean binding) {
    List<ExpressionOrSpread> elements = ae.elements();
    ArrayList<Pattern> out = new ArrayList<>(elements.size());
    for (int i = 0; i < elements.size(); i++) {
      ExpressionOrSpread el = elements.get(i);
      if (el == null) {
        out.add(null);
      } else if (el instanceof SpreadElement s) {
        if (i != elements.size() - 1 || spreadWithTrailingComma.containsKey(s)) {
          throw error(s.loc().start(), "Rest element must be last element");
        }
        Expression arg = s.argument();
        if (arg instanceof AssignmentExpression) {
          throw error(arg.loc().start(), "Invalid destructuring assignment target");
        }
        out.add(new RestElement(s.loc(), toAssignable(arg, binding, true)));
      } else {
        out.add(toAssignable((Expression) el, binding, true));
      }
    }
    return new ArrayPattern(ae.loc(), list(out));
  }

  /** A simple assignment target or binding name: no eval/arguments in strict code. */
  final void checkAssignTargetName(Identifier id, boolean binding) {
    String n = id.name();
    if (strict() && (n.equals("eval") || n.equals("arguments"))) {
      throw error(id.loc().start(), binding ? "Unexpected eval or arguments in strict mode"
          : "Unexpected eval or arguments in strict mode");
    }
  }

  /** A pattern built as an assignment target is used as a binding (arrow parameters): no member expressions. */
  final void checkBindingPattern(Pattern p) {
    if (p instanceof Identifier id) {
      checkAssignTargetName(id, true);
    } else if (p instanceof MemberExpression me) {
      throw error(me.loc().start(), "Invalid destructuring assignment target");
    } else if (p instanceof ObjectPattern op) {
      for (ObjectPatternMember m : op.properties()) {
        if (m instanceof AssignmentProperty ap) {
          checkBindingPattern(ap.value());
        } else {
          checkBindingPattern(((RestElement) m).argument());
        }
      }
    } else if (p instanceof ArrayPattern ap) {
      for (Pattern el : ap.elements()) {
        if (el != null) {
          checkBindingPattern(el);
        }
      }
    } else if (p instanceof RestElement r) {
      checkBindingPattern(r.argument());
    } else if (p instanceof AssignmentPattern as) {
      checkBindingPattern(as.left());
    }
  }

  // ---- declaring bound names -----------------------------------------------------------------

  /** Declares every name bound by {@code p} in the current scope. */
  final void declarePattern(Pattern p, int kind) {
    if (p instanceof Identifier id) {
      declareName(id, kind);
    } else if (p instanceof ObjectPattern op) {
      for (ObjectPatternMember m : op.properties()) {
        if (m instanceof AssignmentProperty ap) {
          declarePattern(ap.value(), kind);
        } else {
          declarePattern(((RestElement) m).argument(), kind);
        }
      }
    } else if (p instanceof ArrayPattern ap) {
      for (Pattern el : ap.elements()) {
        if (el != null) {
          declarePattern(el, kind);
        }
      }
    } else if (p instanceof RestElement r) {
      declarePattern(r.argument(), kind);
    } else if (p instanceof AssignmentPattern as) {
      declarePattern(as.left(), kind);
    }
  }

  final void declareName(Identifier id, int kind) {
    String name = id.name();
    int at = id.loc().start();
    switch (kind) {
      case BIND_VAR -> check(Scope.declareVar(scope, name, false), at);
      case BIND_VAR_FOR_OF -> check(Scope.declareVar(scope, name, true), at);
      case BIND_LEXICAL -> check(scope.declareLexical(name, Scope.LEXICAL, strict()), at);
      case BIND_LEXICAL_NO_LET -> {
        if (name.equals("let")) {
          throw error(at, "let is disallowed as a lexically bound name");
        }
        check(scope.declareLexical(name, Scope.LEXICAL, strict()), at);
      }
      case BIND_CATCH_SIMPLE -> check(scope.declareLexical(name, Scope.CATCH_SIMPLE, strict()), at);
      case BIND_CATCH_PATTERN -> check(scope.declareLexical(name, Scope.CATCH_PATTERN, strict()), at);
      case BIND_PARAM -> scope.addParam(name);
      default -> {
      }
    }
  }

  /** Collects the identifiers bound by a pattern (for parameter checks). */
  static void boundIdentifiers(Pattern p, ArrayList<Identifier> out) {
    if (p instanceof Identifier id) {
      out.add(id);
    } else if (p instanceof ObjectPattern op) {
      for (ObjectPatternMember m : op.properties()) {
        if (m instanceof AssignmentProperty ap) {
          boundIdentifiers(ap.value(), out);
        } else {
          boundIdentifiers(((RestElement) m).argument(), out);
        }
      }
    } else if (p instanceof ArrayPattern ap) {
      for (Pattern el : ap.elements()) {
        if (el != null) {
          boundIdentifiers(el, out);
        }
      }
    } else if (p instanceof RestElement r) {
      boundIdentifiers(r.argument(), out);
    } else if (p instanceof AssignmentPattern as) {
      boundIdentifiers(as.left(), out);
    }
  }
}
