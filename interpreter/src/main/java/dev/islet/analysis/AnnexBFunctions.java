package dev.islet.analysis;

import dev.islet.ast.BlockStatement;
import dev.islet.ast.ClassDeclaration;
import dev.islet.ast.DoWhileStatement;
import dev.islet.ast.ForInStatement;
import dev.islet.ast.ForOfStatement;
import dev.islet.ast.ForStatement;
import dev.islet.ast.FunctionDeclaration;
import dev.islet.ast.Identifier;
import dev.islet.ast.IfStatement;
import dev.islet.ast.LabeledStatement;
import dev.islet.ast.Node;
import dev.islet.ast.Statement;
import dev.islet.ast.SwitchCase;
import dev.islet.ast.SwitchStatement;
import dev.islet.ast.TryStatement;
import dev.islet.ast.VariableDeclaration;
import dev.islet.ast.VariableDeclarator;
import dev.islet.ast.VariableKind;
import dev.islet.ast.WhileStatement;
import dev.islet.ast.WithStatement;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Annex B.3.2 (web-compat FunctionDeclarationInstantiation, GlobalDeclarationInstantiation and
 * EvalDeclarationInstantiation): which function declarations in blocks of sloppy code also get a var binding.
 *
 * <p>A declaration qualifies when "replacing the FunctionDeclaration f with a VariableStatement that has F as a
 * BindingIdentifier would not produce any Early Errors", i.e. no enclosing block, loop head, switch or catch
 * parameter pattern of the body declares F lexically, and F is not a parameter name. The decision is purely
 * syntactic, so it is made before any reference in the body is resolved: a use of F that comes before the block
 * already sees the var binding.
 */
final class AnnexBFunctions {
  /** Names that rule out the var for the whole body: parameters and the body's own lexical declarations. */
  private final Set<String> blocked;
  /** The lexically declared names of each enclosing block, innermost first. */
  private final Deque<Set<String>> enclosing = new ArrayDeque<>();
  private final List<FunctionDeclaration> found = new ArrayList<>();

  private AnnexBFunctions(Set<String> blocked) {
    this.blocked = blocked;
  }

  /**
   * The qualifying declarations of a function body or script, in source order.
   *
   * @param blockedNames parameter names (and, in function code, {@code arguments}); the body's top-level lexical
   *     names are added here
   */
  static List<FunctionDeclaration> of(List<Statement> body, Set<String> blockedNames) {
    Set<String> blocked = new HashSet<>(blockedNames);
    for (Statement s : body) {
      lexicalName(unlabel(s), blocked, false);
    }
    AnnexBFunctions scan = new AnnexBFunctions(blocked);
    for (Statement s : body) {
      // Top-level function declarations are var-scoped already; only nested statements matter here.
      Statement d = unlabel(s);
      if (!(d instanceof FunctionDeclaration)) {
        scan.statement(d);
      }
    }
    return scan.found;
  }

  private void statement(Statement s) {
    if (s == null) {
      return;
    }
    switch (s.type()) {
      case BlockStatement -> statementList(((BlockStatement) s).body());
      case IfStatement -> {
        IfStatement i = (IfStatement) s;
        clause(i.consequent());
        clause(i.alternate());
      }
      case ForStatement -> {
        ForStatement f = (ForStatement) s;
        loop(f.init() instanceof VariableDeclaration d ? d : null, f.body());
      }
      case ForInStatement -> {
        ForInStatement f = (ForInStatement) s;
        loop(f.left() instanceof VariableDeclaration d ? d : null, f.body());
      }
      case ForOfStatement -> {
        ForOfStatement f = (ForOfStatement) s;
        loop(f.left() instanceof VariableDeclaration d ? d : null, f.body());
      }
      case WhileStatement -> clause(((WhileStatement) s).body());
      case DoWhileStatement -> clause(((DoWhileStatement) s).body());
      case WithStatement -> clause(((WithStatement) s).body());
      case LabeledStatement -> clause(((LabeledStatement) s).body());
      case SwitchStatement -> {
        List<Statement> all = new ArrayList<>();
        for (SwitchCase c : ((SwitchStatement) s).cases()) {
          all.addAll(c.consequent());
        }
        statementList(all);
      }
      case TryStatement -> {
        TryStatement t = (TryStatement) s;
        statement(t.block());
        if (t.handler() != null) {
          // B.3.4: a simple catch parameter may be redeclared by var; a destructuring one may not.
          Set<String> names = new HashSet<>();
          if (t.handler().param() != null && !(t.handler().param() instanceof Identifier)) {
            names.addAll(BoundNames.of(t.handler().param()));
          }
          enclosing.push(names);
          statement(t.handler().body());
          enclosing.pop();
        }
        statement(t.finalizer());
      }
      default -> {
        // Other statements hold no nested declarations.
      }
    }
  }

  /** The body of if/while/for/with/label: a bare function declaration there is in a block of its own (B.3.4). */
  private void clause(Statement s) {
    if (s instanceof FunctionDeclaration f) {
      candidate(f, false);
    } else {
      statement(s);
    }
  }

  private void loop(VariableDeclaration head, Statement body) {
    Set<String> names = new HashSet<>();
    if (head != null && head.kind() != VariableKind.VAR) {
      for (VariableDeclarator v : head.declarations()) {
        names.addAll(BoundNames.of(v.id()));
      }
    }
    enclosing.push(names);
    clause(body);
    enclosing.pop();
  }

  private void statementList(List<Statement> body) {
    Set<String> names = new HashSet<>();
    for (Statement s : body) {
      lexicalName(unlabel(s), names, true);
    }
    enclosing.push(names);
    for (Statement s : body) {
      Statement d = unlabel(s);
      if (d instanceof FunctionDeclaration f) {
        candidate(f, true);
      } else {
        statement(d);
      }
    }
    enclosing.pop();
  }

  /** {@code ownBlock}: the innermost enclosing set is the block declaring f itself, which the var replaces. */
  private void candidate(FunctionDeclaration f, boolean ownBlock) {
    if (f.generator() || f.async()) {
      return;
    }
    String name = f.id().name();
    if (blocked.contains(name)) {
      return;
    }
    boolean skip = ownBlock;
    for (Set<String> names : enclosing) {
      if (skip) {
        skip = false;
        continue;
      }
      if (names.contains(name)) {
        return;
      }
    }
    found.add(f);
  }

  private static void lexicalName(Node d, Set<String> out, boolean functions) {
    if (d instanceof VariableDeclaration v && v.kind() != VariableKind.VAR) {
      for (VariableDeclarator decl : v.declarations()) {
        out.addAll(BoundNames.of(decl.id()));
      }
    } else if (d instanceof ClassDeclaration c && c.id() != null) {
      out.add(c.id().name());
    } else if (functions && d instanceof FunctionDeclaration f) {
      out.add(f.id().name());
    }
  }

  private static Statement unlabel(Statement s) {
    Statement d = s;
    while (d instanceof LabeledStatement l) {
      d = l.body();
    }
    return d;
  }
}
