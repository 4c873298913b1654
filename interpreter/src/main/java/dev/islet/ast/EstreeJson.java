package dev.islet.ast;

import java.util.List;

/**
 * Prints a tree as ESTree JSON in the shape acorn produces ({@code ecmaVersion: "latest"}): our
 * typed records are mapped back to ESTree names ({@code Literal}, {@code Property},
 * {@code static}, {@code value.cooked}/{@code value.raw}); {@code start}/{@code end} are offsets.
 * Fields ESTree does not have ({@code strict}) are left out. RegExp and BigInt literal values are
 * {@code null}, as in ESTree where the value cannot be represented. Output is ASCII (non-ASCII is escaped).
 */
public final class EstreeJson {
  private final String text;
  private final StringBuilder out = new StringBuilder();

  private EstreeJson(String text) {
    this.text = text;
  }

  /** The tree as JSON; {@code sourceText} is the parsed text (literals' {@code raw} is taken from it). */
  public static String toJson(Node node, String sourceText) {
    EstreeJson p = new EstreeJson(sourceText);
    p.node(node);
    return p.out.toString();
  }

  private void open(Node n) {
    out.append("{\"type\":");
    string(n.type().estree());
    out.append(",\"start\":").append(n.loc().start()).append(",\"end\":").append(n.loc().end());
  }

  private void key(String k) {
    out.append(",\"").append(k).append("\":");
  }

  private void field(String k, Node n) {
    key(k);
    node(n);
  }

  private void field(String k, boolean b) {
    key(k);
    out.append(b);
  }

  private void field(String k, String s) {
    key(k);
    string(s);
  }

  private void field(String k, List<? extends Node> nodes) {
    key(k);
    out.append('[');
    for (int i = 0; i < nodes.size(); i++) {
      if (i > 0) {
        out.append(',');
      }
      node(nodes.get(i));
    }
    out.append(']');
  }

  private void function(FunctionNode f) {
    field("id", f.id());
    field("expression", f instanceof ArrowFunctionExpression a && a.expression());
    field("generator", f.generator());
    field("async", f.async());
    field("params", f.params());
    field("body", f.body());
  }

  private void literal(Literal l) {
    key("value");
    if (l instanceof StringLiteral s) {
      string(s.value());
    } else if (l instanceof NumberLiteral num) {
      number(num.value());
    } else if (l instanceof BooleanLiteral b) {
      out.append(b.value());
    } else {
      out.append("null");
    }
    String raw = text.substring(l.loc().start(), l.loc().end());
    field("raw", raw);
    if (l instanceof RegExpLiteral r) {
      key("regex");
      out.append("{\"pattern\":");
      string(r.pattern());
      out.append(",\"flags\":");
      string(r.flags());
      out.append('}');
    } else if (l instanceof BigIntLiteral b) {
      field("bigint", b.value().toString());
    }
  }

  private void node(Node n) {
    if (n == null) {
      out.append("null");
      return;
    }
    open(n);
    switch (n.type()) {
      case Program -> {
        Program p = (Program) n;
        field("body", p.body());
        field("sourceType", p.sourceType().text());
      }
      case ExpressionStatement -> {
        ExpressionStatement s = (ExpressionStatement) n;
        field("expression", s.expression());
        if (s.directive() != null) {
          field("directive", s.directive());
        }
      }
      case BlockStatement -> field("body", ((BlockStatement) n).body());
      case StaticBlock -> field("body", ((StaticBlock) n).body());
      case EmptyStatement, DebuggerStatement, ThisExpression, Super -> {
      }
      case WithStatement -> {
        WithStatement s = (WithStatement) n;
        field("object", s.object());
        field("body", s.body());
      }
      case ReturnStatement -> field("argument", ((ReturnStatement) n).argument());
      case ThrowStatement -> field("argument", ((ThrowStatement) n).argument());
      case LabeledStatement -> {
        LabeledStatement s = (LabeledStatement) n;
        field("body", s.body());
        field("label", s.label());
      }
      case BreakStatement -> field("label", ((BreakStatement) n).label());
      case ContinueStatement -> field("label", ((ContinueStatement) n).label());
      case IfStatement -> {
        IfStatement s = (IfStatement) n;
        field("test", s.test());
        field("consequent", s.consequent());
        field("alternate", s.alternate());
      }
      case SwitchStatement -> {
        SwitchStatement s = (SwitchStatement) n;
        field("discriminant", s.discriminant());
        field("cases", s.cases());
      }
      case SwitchCase -> {
        SwitchCase s = (SwitchCase) n;
        field("consequent", s.consequent());
        field("test", s.test());
      }
      case TryStatement -> {
        TryStatement s = (TryStatement) n;
        field("block", s.block());
        field("handler", s.handler());
        field("finalizer", s.finalizer());
      }
      case CatchClause -> {
        CatchClause c = (CatchClause) n;
        field("param", c.param());
        field("body", c.body());
      }
      case WhileStatement -> {
        WhileStatement s = (WhileStatement) n;
        field("test", s.test());
        field("body", s.body());
      }
      case DoWhileStatement -> {
        DoWhileStatement s = (DoWhileStatement) n;
        field("body", s.body());
        field("test", s.test());
      }
      case ForStatement -> {
        ForStatement s = (ForStatement) n;
        field("init", s.init());
        field("test", s.test());
        field("update", s.update());
        field("body", s.body());
      }
      case ForInStatement -> {
        ForInStatement s = (ForInStatement) n;
        field("left", s.left());
        field("right", s.right());
        field("body", s.body());
      }
      case ForOfStatement -> {
        ForOfStatement s = (ForOfStatement) n;
        field("await", s.await());
        field("left", s.left());
        field("right", s.right());
        field("body", s.body());
      }
      case FunctionDeclaration, FunctionExpression, ArrowFunctionExpression -> function((FunctionNode) n);
      case VariableDeclaration -> {
        VariableDeclaration d = (VariableDeclaration) n;
        field("declarations", d.declarations());
        field("kind", d.kind().text());
      }
      case VariableDeclarator -> {
        VariableDeclarator d = (VariableDeclarator) n;
        field("id", d.id());
        field("init", d.init());
      }
      case ClassDeclaration, ClassExpression -> {
        ClassNode c = (ClassNode) n;
        field("id", c.id());
        field("superClass", c.superClass());
        field("body", c.body());
      }
      case ClassBody -> field("body", ((ClassBody) n).body());
      case MethodDefinition -> {
        MethodDefinition m = (MethodDefinition) n;
        field("static", m.isStatic());
        field("computed", m.computed());
        field("key", m.key());
        field("kind", m.kind().text());
        field("value", m.value());
      }
      case PropertyDefinition -> {
        PropertyDefinition p = (PropertyDefinition) n;
        field("static", p.isStatic());
        field("computed", p.computed());
        field("key", p.key());
        field("value", p.value());
      }
      case Identifier -> field("name", ((Identifier) n).name());
      case PrivateIdentifier -> field("name", ((PrivateIdentifier) n).name());
      case ArrayExpression -> field("elements", ((ArrayExpression) n).elements());
      case ObjectExpression -> field("properties", ((ObjectExpression) n).properties());
      case Property -> {
        Property p = (Property) n;
        field("method", p.method());
        field("shorthand", p.shorthand());
        field("computed", p.computed());
        field("key", p.key());
        field("value", p.value());
        field("kind", p.kind().text());
      }
      case AssignmentProperty -> {
        AssignmentProperty p = (AssignmentProperty) n;
        field("method", false);
        field("shorthand", p.shorthand());
        field("computed", p.computed());
        field("key", p.key());
        field("value", p.value());
        field("kind", "init");
      }
      case UnaryExpression -> {
        UnaryExpression u = (UnaryExpression) n;
        field("operator", u.operator().text());
        field("prefix", true);
        field("argument", u.argument());
      }
      case UpdateExpression -> {
        UpdateExpression u = (UpdateExpression) n;
        field("operator", u.operator().text());
        field("prefix", u.prefix());
        field("argument", u.argument());
      }
      case BinaryExpression -> {
        BinaryExpression b = (BinaryExpression) n;
        field("left", b.left());
        field("operator", b.operator().text());
        field("right", b.right());
      }
      case LogicalExpression -> {
        LogicalExpression b = (LogicalExpression) n;
        field("left", b.left());
        field("operator", b.operator().text());
        field("right", b.right());
      }
      case AssignmentExpression -> {
        AssignmentExpression a = (AssignmentExpression) n;
        field("operator", a.operator().text());
        field("left", a.left());
        field("right", a.right());
      }
      case MemberExpression -> {
        MemberExpression m = (MemberExpression) n;
        field("object", m.object());
        field("property", m.property());
        field("computed", m.computed());
        field("optional", m.optional());
      }
      case ChainExpression -> field("expression", ((ChainExpression) n).expression());
      case ConditionalExpression -> {
        ConditionalExpression c = (ConditionalExpression) n;
        field("test", c.test());
        field("consequent", c.consequent());
        field("alternate", c.alternate());
      }
      case CallExpression -> {
        CallExpression c = (CallExpression) n;
        field("callee", c.callee());
        field("arguments", c.arguments());
        field("optional", c.optional());
      }
      case NewExpression -> {
        NewExpression c = (NewExpression) n;
        field("callee", c.callee());
        field("arguments", c.arguments());
      }
      case SequenceExpression -> field("expressions", ((SequenceExpression) n).expressions());
      case YieldExpression -> {
        YieldExpression y = (YieldExpression) n;
        field("delegate", y.delegate());
        field("argument", y.argument());
      }
      case AwaitExpression -> field("argument", ((AwaitExpression) n).argument());
      case TemplateLiteral -> {
        TemplateLiteral t = (TemplateLiteral) n;
        field("expressions", t.expressions());
        field("quasis", t.quasis());
      }
      case TaggedTemplateExpression -> {
        TaggedTemplateExpression t = (TaggedTemplateExpression) n;
        field("tag", t.tag());
        field("quasi", t.quasi());
      }
      case TemplateElement -> {
        TemplateElement t = (TemplateElement) n;
        key("value");
        out.append("{\"raw\":");
        string(t.raw());
        out.append(",\"cooked\":");
        string(t.cooked());
        out.append('}');
        field("tail", t.tail());
      }
      case MetaProperty -> {
        MetaProperty m = (MetaProperty) n;
        field("meta", m.meta());
        field("property", m.property());
      }
      case ImportExpression -> {
        ImportExpression i = (ImportExpression) n;
        field("source", i.source());
        field("options", i.options());
      }
      case SpreadElement -> field("argument", ((SpreadElement) n).argument());
      case RestElement -> field("argument", ((RestElement) n).argument());
      case StringLiteral, NumberLiteral, BigIntLiteral, BooleanLiteral, NullLiteral, RegExpLiteral -> literal((Literal) n);
      case ObjectPattern -> field("properties", ((ObjectPattern) n).properties());
      case ArrayPattern -> field("elements", ((ArrayPattern) n).elements());
      case AssignmentPattern -> {
        AssignmentPattern a = (AssignmentPattern) n;
        field("left", a.left());
        field("right", a.right());
      }
      case ImportDeclaration -> {
        ImportDeclaration d = (ImportDeclaration) n;
        field("specifiers", d.specifiers());
        field("source", d.source());
        field("attributes", d.attributes());
      }
      case ImportSpecifier -> {
        ImportSpecifier s = (ImportSpecifier) n;
        field("imported", s.imported());
        field("local", s.local());
      }
      case ImportDefaultSpecifier -> field("local", ((ImportDefaultSpecifier) n).local());
      case ImportNamespaceSpecifier -> field("local", ((ImportNamespaceSpecifier) n).local());
      case ImportAttribute -> {
        ImportAttribute a = (ImportAttribute) n;
        field("key", a.key());
        field("value", a.value());
      }
      case ExportNamedDeclaration -> {
        ExportNamedDeclaration e = (ExportNamedDeclaration) n;
        field("declaration", e.declaration());
        field("specifiers", e.specifiers());
        field("source", e.source());
        field("attributes", e.attributes());
      }
      case ExportSpecifier -> {
        ExportSpecifier s = (ExportSpecifier) n;
        field("local", s.local());
        field("exported", s.exported());
      }
      case ExportDefaultDeclaration -> field("declaration", ((ExportDefaultDeclaration) n).declaration());
      case ExportAllDeclaration -> {
        ExportAllDeclaration e = (ExportAllDeclaration) n;
        field("exported", e.exported());
        field("source", e.source());
        field("attributes", e.attributes());
      }
      default -> throw new IllegalStateException("no ESTree mapping for " + n.type());
    }
    out.append('}');
  }

  private void number(double v) {
    if (Double.isNaN(v) || Double.isInfinite(v)) {
      out.append("null");
    } else if (v == Math.rint(v) && Math.abs(v) < 1e21 && !(v == 0 && 1 / v < 0)) {
      out.append(Math.abs(v) < 0x1p62 ? Long.toString((long) v) : new java.math.BigDecimal(v).toBigInteger().toString());
    } else {
      out.append(Double.toString(v)); // round-trips exactly; JSON accepts the exponent form
    }
  }

  private void string(String s) {
    if (s == null) {
      out.append("null");
      return;
    }
    out.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20 || c >= 0x7F) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }
}
