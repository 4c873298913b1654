package dev.islet.parser;

import dev.islet.ast.ClassBody;
import dev.islet.ast.ClassDeclaration;
import dev.islet.ast.ClassElement;
import dev.islet.ast.ClassExpression;
import dev.islet.ast.Expression;
import dev.islet.ast.FunctionExpression;
import dev.islet.ast.Identifier;
import dev.islet.ast.MethodDefinition;
import dev.islet.ast.MethodKind;
import dev.islet.ast.PrivateIdentifier;
import dev.islet.ast.PropertyDefinition;
import dev.islet.ast.Statement;
import dev.islet.ast.StaticBlock;
import dev.islet.ast.StringLiteral;
import dev.islet.lexer.Tok;
import dev.islet.source.Source;
import java.util.ArrayList;

/**
 * Classes (https://tc39.es/ecma262/#sec-class-definitions): heritage, methods, accessors, fields,
 * private names, static blocks, and their early errors.
 */
abstract class ClassParser extends FunctionParser {
  ClassParser(Source source, ParseOptions options, boolean hashbang) {
    super(source, options, hashbang);
  }

  @Override
  final Expression parseClassExpression() {
    long m = here();
    ClassParts p = parseClass(false);
    return new ClassExpression(loc(m), p.id, p.superClass, p.body);
  }

  /** A class declaration; {@code nameOptional} for {@code export default class {}}. */
  final ClassDeclaration parseClassDeclaration(boolean nameOptional) {
    long m = here();
    ClassParts p = parseClass(!nameOptional);
    return new ClassDeclaration(loc(m), p.id, p.superClass, p.body);
  }

  private static final class ClassParts {
    Identifier id;
    Expression superClass;
    ClassBody body;
  }

  private ClassParts parseClass(boolean nameRequired) {
    enter();
    boolean wasStrict = ctx.strict;
    ctx.strict = true; // all parts of a class are strict mode code
    next();
    ClassParts parts = new ClassParts();
    if (tok == Tok.NAME) {
      parts.id = parseBindingIdentifier();
    } else if (nameRequired) {
      throw unexpected();
    }
    if (eat(Tok.K_EXTENDS)) {
      long sm = here();
      Expression sup = parseLeftHandSide(null);
      if (isBareArrow(sup, sm)) {
        throw unexpected();
      }
      parts.superClass = sup;
    }
    parts.body = parseClassBody(parts.superClass != null);
    ctx.strict = wasStrict;
    exit();
    return parts;
  }

  private ClassBody parseClassBody(boolean derived) {
    long m = here();
    expect(Tok.LBRACE);
    ClassScope cs = new ClassScope(classScope);
    classScope = cs;
    ArrayList<ClassElement> elements = new ArrayList<>();
    boolean sawConstructor = false;
    while (tok != Tok.RBRACE) {
      if (eat(Tok.SEMI)) {
        continue;
      }
      ClassElement el = parseClassElement(derived);
      if (el instanceof MethodDefinition md && md.kind() == MethodKind.CONSTRUCTOR) {
        if (sawConstructor) {
          throw error(md.key().loc().start(), "A class may only have one constructor");
        }
        sawConstructor = true;
      }
      elements.add(el);
    }
    next();
    classScope = cs.parent;
    resolvePrivateNames(cs);
    return new ClassBody(loc(m), list(elements));
  }

  /** Names used in a class body must be declared by it or by an enclosing class (or the eval context). */
  private void resolvePrivateNames(ClassScope cs) {
    for (int i = 0; i < cs.unresolvedNames.size(); i++) {
      String name = cs.unresolvedNames.get(i);
      if (cs.declares(name)) {
        continue;
      }
      usePrivateName(name, cs.unresolvedOffsets.get(i));
    }
  }

  @Override
  final void usePrivateName(String name, int offset) {
    if (classScope != null) {
      classScope.use(name, offset);
    } else if (!options.privateNames().contains(name)) {
      throw error(offset, "Private field '#" + name + "' must be declared in an enclosing class");
    }
  }

  private ClassElement parseClassElement(boolean derived) {
    long m = here();
    boolean isStatic = false;
    if (tok == Tok.NAME && lx.contextual() == Tok.C_STATIC && !lx.escaped()) {
      int peek = lx.peekType();
      if (peek == Tok.LBRACE) {
        next();
        return parseStaticBlock(m);
      }
      if (peek != Tok.LPAREN && peek != Tok.ASSIGN && peek != Tok.SEMI && peek != Tok.RBRACE) {
        isStatic = true;
        next();
      }
    }
    long km = here();
    boolean async = false;
    boolean generator = false;
    int kind = -1;
    if (tok == Tok.NAME && !lx.escaped()) {
      int c = lx.contextual();
      if (c == Tok.C_ASYNC || c == Tok.C_GET || c == Tok.C_SET) {
        int peek = lx.peekTypeAndNewline();
        int pt = peek & 0xFF;
        boolean isName = startsClassElementName(pt) || c == Tok.C_ASYNC && pt == Tok.STAR;
        if (isName && !(c == Tok.C_ASYNC && (peek & 0x100) != 0)) {
          next();
          if (c == Tok.C_ASYNC) {
            async = true;
            kind = M_METHOD;
          } else {
            kind = c == Tok.C_GET ? M_GET : M_SET;
          }
        }
      }
    }
    if (tok == Tok.STAR && kind != M_GET && kind != M_SET) {
      next();
      generator = true;
      kind = M_METHOD;
    }
    Expression key;
    boolean computed = false;
    String privateName = null;
    int keyStart = lx.start();
    if (tok == Tok.PRIVATE_NAME) {
      long pm = here();
      privateName = lx.value();
      if (privateName.equals("constructor")) {
        throw error(keyStart, "Classes may not have a private field named '#constructor'");
      }
      next();
      key = new PrivateIdentifier(loc(pm), privateName);
    } else {
      key = parsePropertyName();
      computed = lastPropertyNameComputed();
    }
    String plainName = computed ? null : keyName(key);
    if (kind < 0 && tok == Tok.LPAREN) {
      kind = M_METHOD;
    }
    if (kind >= 0) {
      boolean isConstructor = !isStatic && "constructor".equals(plainName) && privateName == null;
      if (isConstructor) {
        if (kind != M_METHOD || async || generator) {
          throw error(keyStart, kind == M_GET || kind == M_SET ? "Class constructor may not be an accessor"
              : async ? "Class constructor may not be an async method" : "Class constructor may not be a generator");
        }
      }
      if (isStatic && "prototype".equals(plainName)) {
        throw error(keyStart, "Classes may not have a static property named 'prototype'");
      }
      if (privateName != null) {
        int pk = kind == M_GET ? ClassScope.GETTER : kind == M_SET ? ClassScope.SETTER : ClassScope.METHOD;
        check(classScope.declare(privateName, pk | (isStatic ? ClassScope.STATIC : 0)), keyStart);
      }
      FunctionExpression fn = parseMethod(km, isConstructor ? M_CONSTRUCTOR : kind, async, generator, true,
          isConstructor && derived);
      MethodKind mk = isConstructor ? MethodKind.CONSTRUCTOR
          : kind == M_GET ? MethodKind.GET : kind == M_SET ? MethodKind.SET : MethodKind.METHOD;
      return new MethodDefinition(loc(m), key, fn, mk, computed, isStatic);
    }
    // A field.
    if ("constructor".equals(plainName)) {
      throw error(keyStart, "Classes may not have a field named 'constructor'");
    }
    if (isStatic && "prototype".equals(plainName)) {
      throw error(keyStart, "Classes may not have a static property named 'prototype'");
    }
    if (privateName != null) {
      check(classScope.declare(privateName, ClassScope.FIELD | (isStatic ? ClassScope.STATIC : 0)), keyStart);
    }
    Expression value = null;
    if (eat(Tok.ASSIGN)) {
      value = parseFieldInitializer();
    }
    semicolon();
    return new PropertyDefinition(loc(m), key, value, computed, isStatic);
  }

  static boolean startsClassElementName(int t) {
    return t == Tok.NAME || t == Tok.STRING || t == Tok.NUMBER || t == Tok.BIGINT || t == Tok.LBRACKET
        || t == Tok.PRIVATE_NAME || Tok.isKeyword(t);
  }

  /** The StringValue of a non-computed property key, or null for numbers. */
  static String keyName(Expression key) {
    if (key instanceof Identifier id) {
      return id.name();
    }
    if (key instanceof StringLiteral s) {
      return s.value();
    }
    return null;
  }

  private Expression parseFieldInitializer() {
    FnContext outer = ctx;
    FnContext c = new FnContext(outer);
    c.strict = true;
    c.allowNewTarget = true;
    c.allowSuperProperty = true;
    c.inFieldInit = true;
    c.argumentsForbidden = true;
    c.awaitIdentReserved = outer.async || outer.awaitIdentReserved || outer.inStaticBlock;
    ctx = c;
    Scope outerScope = scope;
    pushScope(true, true);
    int oldYield = yieldPos;
    int oldAwait = awaitPos;
    Expression value = parseAssignment(false, null);
    yieldPos = oldYield;
    awaitPos = oldAwait;
    scope = outerScope;
    ctx = outer;
    return value;
  }

  private StaticBlock parseStaticBlock(long m) {
    expect(Tok.LBRACE);
    FnContext outer = ctx;
    FnContext c = new FnContext(outer);
    c.strict = true;
    c.allowNewTarget = true;
    c.allowSuperProperty = true;
    c.inStaticBlock = true;
    c.argumentsForbidden = true;
    ctx = c;
    Scope outerScope = scope;
    pushScope(true, true);
    ArrayList<Statement> body = new ArrayList<>();
    parseStatementList(body, false, true);
    expect(Tok.RBRACE);
    scope = outerScope;
    ctx = outer;
    return new StaticBlock(loc(m), list(body));
  }
}
