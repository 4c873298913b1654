package dev.islet.parser;

import dev.islet.ast.ClassDeclaration;
import dev.islet.ast.Declaration;
import dev.islet.ast.ExportAllDeclaration;
import dev.islet.ast.ExportDefaultDeclaration;
import dev.islet.ast.ExportNamedDeclaration;
import dev.islet.ast.ExportSpecifier;
import dev.islet.ast.Expression;
import dev.islet.ast.FunctionDeclaration;
import dev.islet.ast.Identifier;
import dev.islet.ast.ImportAttribute;
import dev.islet.ast.ImportDeclaration;
import dev.islet.ast.ImportDeclarationSpecifier;
import dev.islet.ast.ImportDefaultSpecifier;
import dev.islet.ast.ImportNamespaceSpecifier;
import dev.islet.ast.ImportSpecifier;
import dev.islet.ast.Loc;
import dev.islet.ast.ModuleExportName;
import dev.islet.ast.ModuleItem;
import dev.islet.ast.Program;
import dev.islet.ast.SourceType;
import dev.islet.ast.Statement;
import dev.islet.ast.StringLiteral;
import dev.islet.ast.VariableDeclaration;
import dev.islet.ast.VariableDeclarator;
import dev.islet.ast.VariableKind;
import dev.islet.lexer.Tok;
import dev.islet.source.Source;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

/**
 * Scripts and modules (https://tc39.es/ecma262/#sec-ecmascript-language-scripts-and-modules):
 * the top level, imports and exports with their early errors.
 */
final class ProgramParser extends StatementParser {
  private final HashSet<String> exportedNames = new HashSet<>();
  private final ArrayList<Identifier> exportedLocals = new ArrayList<>();

  ProgramParser(Source source, ParseOptions options, boolean hashbang) {
    super(source, options, hashbang);
  }

  Program parseProgram() {
    FnContext c = new FnContext(null);
    c.topLevel = true;
    c.strict = options.strict() || module;
    c.allowNewTarget = options.allowNewTarget();
    c.allowSuperProperty = options.allowSuperProperty();
    c.allowSuperCall = options.allowSuperCall();
    c.inFieldInit = options.inClassFieldInitializer();
    c.argumentsForbidden = options.inClassFieldInitializer();
    c.topLevelAwait = module;
    ctx = c;
    pushScope(true, !module);
    next();
    ArrayList<ModuleItem> body = new ArrayList<>();
    parseItems(body, !module, true);
    if (tok != Tok.EOF) {
      throw unexpected();
    }
    if (module) {
      for (Identifier id : exportedLocals) {
        if (!scope.declares(id.name())) {
          throw error(id.loc().start(), "Export '" + id.name() + "' is not defined in module");
        }
      }
    }
    Loc loc = new Loc(0, source.text().length(), 1, 1);
    return new Program(loc, module ? SourceType.MODULE : SourceType.SCRIPT, list(body), ctx.strict);
  }

  // ---- CreateDynamicFunction ------------------------------------------------------------------

  private void enterDynamicFunction(Parser.FunctionKind kind, boolean params) {
    boolean async = kind == Parser.FunctionKind.ASYNC || kind == Parser.FunctionKind.ASYNC_GENERATOR;
    boolean generator = kind == Parser.FunctionKind.GENERATOR || kind == Parser.FunctionKind.ASYNC_GENERATOR;
    FnContext c = new FnContext(null);
    c.async = async;
    c.generator = generator;
    c.allowNewTarget = true;
    c.allowReturn = true;
    ctx = c;
    pushScope(true, true);
    next();
  }

  /** Checks that the text is a FormalParameters list of the given kind on its own. */
  void checkStandaloneParameters(Parser.FunctionKind kind) {
    enterDynamicFunction(kind, true);
    ctx.inParams = true;
    while (tok != Tok.EOF) {
      if (tok == Tok.ELLIPSIS) {
        next();
        parseBindingTarget();
        if (tok != Tok.EOF) {
          throw unexpected();
        }
        break;
      }
      parseBindingElement();
      if (tok != Tok.EOF) {
        expect(Tok.COMMA);
      }
    }
  }

  /** Checks that the text is a FunctionBody of the given kind on its own. */
  void checkStandaloneBody(Parser.FunctionKind kind) {
    enterDynamicFunction(kind, false);
    ArrayList<Statement> body = new ArrayList<>();
    parseStatementList(body, true, true);
    if (tok != Tok.EOF) {
      throw unexpected();
    }
  }

  /** Parses the assembled dynamic function text as one function expression. */
  dev.islet.ast.FunctionExpression parseDynamicFunctionText() {
    FnContext c = new FnContext(null);
    ctx = c;
    pushScope(true, true);
    next();
    Expression e = parseFunctionExpression();
    if (tok != Tok.EOF || !(e instanceof dev.islet.ast.FunctionExpression)) {
      throw unexpected();
    }
    return (dev.islet.ast.FunctionExpression) e;
  }

  @Override
  ModuleItem parseModuleItemOrNull() {
    if (tok == Tok.K_IMPORT) {
      int p = lx.peekType();
      if (p == Tok.LPAREN || p == Tok.DOT) {
        return null;
      }
      if (!module || !ctx.topLevel || scope.parent != null) {
        throw error(lx.start(), module ? "Unexpected token 'import'" : "Cannot use import statement outside a module");
      }
      return parseImport();
    }
    if (!module || !ctx.topLevel || scope.parent != null) {
      throw error(lx.start(), "Unexpected token 'export'");
    }
    return parseExport();
  }

  // ---- import --------------------------------------------------------------------------------

  private ImportDeclaration parseImport() {
    long m = here();
    next();
    ArrayList<ImportDeclarationSpecifier> specs = new ArrayList<>();
    StringLiteral src;
    boolean braces = false;
    if (tok == Tok.STRING) {
      src = parseModuleSpecifier();
    } else {
      if (tok == Tok.NAME) {
        long dm = here();
        Identifier local = parseBindingIdentifier();
        declareName(local, BIND_LEXICAL_NO_LET);
        specs.add(new ImportDefaultSpecifier(loc(dm), local));
        if (tok == Tok.COMMA) {
          next();
          if (tok != Tok.STAR && tok != Tok.LBRACE) {
            throw unexpected();
          }
        } else {
          expectContextual(Tok.C_FROM, "from");
          return finishImport(m, specs, parseModuleSpecifierAfterFrom());
        }
      }
      if (tok == Tok.STAR) {
        long sm = here();
        next();
        expectContextual(Tok.C_AS, "as");
        Identifier local = parseBindingIdentifier();
        declareName(local, BIND_LEXICAL_NO_LET);
        specs.add(new ImportNamespaceSpecifier(loc(sm), local));
      } else if (tok == Tok.LBRACE) {
        braces = true;
        next();
        while (tok != Tok.RBRACE) {
          specs.add(parseImportSpecifier());
          if (tok != Tok.RBRACE) {
            expect(Tok.COMMA);
          }
        }
        next();
      }
      if (specs.isEmpty() && !braces) {
        throw unexpected();
      }
      expectContextual(Tok.C_FROM, "from");
      src = parseModuleSpecifierAfterFrom();
    }
    return finishImport(m, specs, src);
  }

  private ImportDeclaration finishImport(long m, ArrayList<ImportDeclarationSpecifier> specs, StringLiteral src) {
    List<ImportAttribute> attrs = parseWithClause();
    semicolon();
    return new ImportDeclaration(loc(m), list(specs), src, attrs);
  }

  private StringLiteral parseModuleSpecifierAfterFrom() {
    if (tok != Tok.STRING) {
      throw unexpected();
    }
    return parseModuleSpecifier();
  }

  private ImportSpecifier parseImportSpecifier() {
    long m = here();
    boolean isName = tok == Tok.NAME;
    String name = lx.value();
    int ctxCode = lx.contextual();
    int escKw = lx.escapedKeyword();
    int at = lx.start();
    ModuleExportName imported = parseModuleExportName();
    Identifier local;
    if (eatContextual(Tok.C_AS)) {
      local = parseBindingIdentifier();
    } else {
      if (!isName) {
        throw error(at, "Unexpected " + (imported instanceof StringLiteral ? "string" : "reserved word") + " in import specifier");
      }
      checkIdentifier(name, ctxCode, escKw, at, true);
      local = (Identifier) imported;
    }
    declareName(local, BIND_LEXICAL_NO_LET);
    return new ImportSpecifier(loc(m), imported, local);
  }

  /** ModuleExportName: any IdentifierName, or a string that is well-formed Unicode. */
  private ModuleExportName parseModuleExportName() {
    if (tok == Tok.STRING) {
      StringLiteral s = parseStringLiteral();
      if (!isWellFormed(s.value())) {
        throw error(s.loc().start(), "Module export names must be well-formed Unicode");
      }
      return s;
    }
    long m = here();
    if (tok == Tok.NAME || Tok.isKeyword(tok)) {
      String name = tok == Tok.NAME ? lx.value() : Tok.text(tok);
      next();
      return new Identifier(loc(m), name);
    }
    throw unexpected();
  }

  static boolean isWellFormed(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isHighSurrogate(c)) {
        if (i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1))) {
          return false;
        }
        i++;
      } else if (Character.isLowSurrogate(c)) {
        return false;
      }
    }
    return true;
  }

  private StringLiteral parseModuleSpecifier() {
    return parseStringLiteral();
  }

  /** {@code with { key: "value", … }} (https://tc39.es/ecma262/#prod-WithClause). */
  private List<ImportAttribute> parseWithClause() {
    if (tok != Tok.K_WITH) {
      return List.of();
    }
    next();
    expect(Tok.LBRACE);
    ArrayList<ImportAttribute> attrs = new ArrayList<>();
    HashSet<String> keys = new HashSet<>();
    while (tok != Tok.RBRACE) {
      long am = here();
      ModuleExportName key;
      String keyValue;
      if (tok == Tok.STRING) {
        StringLiteral s = parseStringLiteral();
        key = s;
        keyValue = s.value();
      } else if (tok == Tok.NAME || Tok.isKeyword(tok)) {
        keyValue = tok == Tok.NAME ? lx.value() : Tok.text(tok);
        long km = here();
        next();
        key = new Identifier(loc(km), keyValue);
      } else {
        throw unexpected();
      }
      if (!keys.add(keyValue)) {
        throw error(key.loc().start(), "Import attribute has duplicate key '" + keyValue + "'");
      }
      expect(Tok.COLON);
      if (tok != Tok.STRING) {
        throw unexpected();
      }
      StringLiteral value = parseStringLiteral();
      attrs.add(new ImportAttribute(loc(am), key, value));
      if (tok != Tok.RBRACE) {
        expect(Tok.COMMA);
      }
    }
    next();
    return list(attrs);
  }

  // ---- export --------------------------------------------------------------------------------

  private ModuleItem parseExport() {
    long m = here();
    next();
    if (tok == Tok.STAR) {
      next();
      ModuleExportName exported = null;
      if (eatContextual(Tok.C_AS)) {
        exported = parseModuleExportName();
        addExport(exported);
      }
      expectContextual(Tok.C_FROM, "from");
      if (tok != Tok.STRING) {
        throw unexpected();
      }
      StringLiteral src = parseModuleSpecifier();
      List<ImportAttribute> attrs = parseWithClause();
      semicolon();
      return new ExportAllDeclaration(loc(m), src, exported, attrs);
    }
    if (tok == Tok.K_DEFAULT) {
      return parseExportDefault(m);
    }
    if (tok == Tok.LBRACE) {
      next();
      ArrayList<ExportSpecifier> specs = new ArrayList<>();
      ArrayList<int[]> nonIdentifierLocals = new ArrayList<>();
      while (tok != Tok.RBRACE) {
        long sm = here();
        boolean reserved = tok != Tok.NAME || lx.escapedKeyword() != 0 || lx.contextual() == Tok.C_STRICT_RESERVED
            || lx.contextual() == Tok.C_LET || lx.contextual() == Tok.C_STATIC || lx.contextual() == Tok.C_YIELD
            || lx.contextual() == Tok.C_AWAIT;
        int at = lx.start();
        ModuleExportName local = parseModuleExportName();
        ModuleExportName exported = local;
        if (eatContextual(Tok.C_AS)) {
          exported = parseModuleExportName();
        }
        if (reserved) {
          nonIdentifierLocals.add(new int[] {at});
        }
        specs.add(new ExportSpecifier(loc(sm), local, exported));
        if (tok != Tok.RBRACE) {
          expect(Tok.COMMA);
        }
      }
      next();
      StringLiteral src = null;
      List<ImportAttribute> attrs = List.of();
      if (eatContextual(Tok.C_FROM)) {
        if (tok != Tok.STRING) {
          throw unexpected();
        }
        src = parseModuleSpecifier();
        attrs = parseWithClause();
      } else {
        if (!nonIdentifierLocals.isEmpty()) {
          throw error(nonIdentifierLocals.get(0)[0], "Unexpected reserved word or string in export specifier without 'from'");
        }
        for (ExportSpecifier s : specs) {
          exportedLocals.add((Identifier) s.local());
        }
      }
      for (ExportSpecifier s : specs) {
        addExport(s.exported());
      }
      semicolon();
      return new ExportNamedDeclaration(loc(m), null, list(specs), src, attrs);
    }
    // export Declaration
    Declaration decl;
    switch (tok) {
      case Tok.K_VAR -> {
        VariableDeclaration d = parseVariableDeclaration(VariableKind.VAR, false, false);
        semicolon();
        decl = withEnd(d);
      }
      case Tok.K_CONST -> {
        VariableDeclaration d = parseVariableDeclaration(VariableKind.CONST, false, false);
        semicolon();
        decl = withEnd(d);
      }
      case Tok.K_FUNCTION -> decl = parseFunctionStatement(false);
      case Tok.K_CLASS -> {
        ClassDeclaration cd = parseClassDeclaration(false);
        declareName(cd.id(), BIND_LEXICAL_NO_LET);
        decl = cd;
      }
      default -> {
        if (isContextual(Tok.C_LET) && isLetDeclaration()) {
          VariableDeclaration d = parseVariableDeclaration(VariableKind.LET, false, false);
          semicolon();
          decl = withEnd(d);
        } else if (isContextual(Tok.C_ASYNC) && lx.peekTypeAndNewline() == Tok.K_FUNCTION) {
          decl = parseFunctionStatement(false);
        } else {
          throw unexpected();
        }
      }
    }
    if (decl instanceof VariableDeclaration vd) {
      ArrayList<Identifier> ids = new ArrayList<>();
      for (VariableDeclarator d : vd.declarations()) {
        boundIdentifiers(d.id(), ids);
      }
      for (Identifier id : ids) {
        addExport(id);
      }
    } else if (decl instanceof FunctionDeclaration fd) {
      addExport(fd.id());
    } else if (decl instanceof ClassDeclaration cd) {
      addExport(cd.id());
    }
    return new ExportNamedDeclaration(loc(m), decl, List.of(), null, List.of());
  }

  private VariableDeclaration withEnd(VariableDeclaration d) {
    if (d.loc().end() == lastEnd) {
      return d;
    }
    return new VariableDeclaration(new Loc(d.loc().start(), lastEnd, d.loc().line(), d.loc().column()), d.declarations(), d.kind());
  }

  private ModuleItem parseExportDefault(long m) {
    int defaultAt = lx.start();
    next();
    exportedNameCheck("default", defaultAt);
    if (tok == Tok.K_FUNCTION || isContextual(Tok.C_ASYNC) && lx.peekTypeAndNewline() == Tok.K_FUNCTION) {
      FunctionDeclaration fd = parseFunctionStatement(true);
      return new ExportDefaultDeclaration(loc(m), fd);
    }
    if (tok == Tok.K_CLASS) {
      ClassDeclaration cd = parseClassDeclaration(true);
      if (cd.id() != null) {
        declareName(cd.id(), BIND_LEXICAL_NO_LET);
      }
      return new ExportDefaultDeclaration(loc(m), cd);
    }
    potentialArrowAt = -1;
    Expression e = parseAssignment(false, null);
    semicolon();
    return new ExportDefaultDeclaration(loc(m), e);
  }

  private void addExport(ModuleExportName name) {
    String n = name instanceof Identifier id ? id.name() : ((StringLiteral) name).value();
    exportedNameCheck(n, name.loc().start());
  }

  private void exportedNameCheck(String n, int at) {
    if (!exportedNames.add(n)) {
      throw error(at, "Duplicate export of '" + n + "'");
    }
  }
}
