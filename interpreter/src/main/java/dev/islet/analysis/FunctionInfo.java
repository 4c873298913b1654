package dev.islet.analysis;

import dev.islet.ast.Node;
import dev.islet.bytecode.FunctionTemplate;
import java.util.ArrayList;
import java.util.List;

/**
 * What scope analysis learned about one function (or script, module, eval body, class field
 * initializer, static block, class constructor): its scopes, its kind, its nested functions in
 * source order, and the template made from it.
 */
public final class FunctionInfo {
  /** The kinds of code unit. */
  public enum Kind {
    SCRIPT, MODULE, EVAL, FUNCTION, ARROW, METHOD, GETTER, SETTER, CLASS_CONSTRUCTOR, FIELD_INIT, STATIC_BLOCK
  }

  public final Kind kind;
  /** The FunctionNode, Program, PropertyDefinition (field), StaticBlock, or ClassNode (default constructor). */
  public final Node node;
  public final FunctionInfo parent;
  public final Analysis analysis;
  public final List<FunctionInfo> children = new ArrayList<>();
  public final int index;

  public boolean strict;
  public boolean generator;
  public boolean async;
  public boolean derived;
  public boolean hasDirectEval;
  public boolean simpleParameters = true;
  public boolean hasParameterExpressions;
  public boolean hasRest;
  /** The name from the source or from NamedEvaluation; null when it must be set at run time. */
  public String name;
  /** ExpectedArgumentCount of the formals. */
  public int length;
  /** Positional parameters (before a rest element). */
  public int paramCount;

  public StaticScope paramScope;
  public StaticScope varScope;
  public StaticScope lexScope;
  public StaticScope nameScope;
  public Binding argumentsBinding;
  public Binding thisBinding;
  /** Registers used by bindings that live in registers (parameters' incoming slots first). */
  int registerCount;
  public FunctionTemplate template;
  /** For class constructors: the class it constructs. */
  public Node classNode;

  FunctionInfo(Kind kind, Node node, FunctionInfo parent, Analysis analysis) {
    this.kind = kind;
    this.node = node;
    this.parent = parent;
    this.analysis = analysis;
    this.index = parent == null ? 0 : parent.children.size();
    if (parent != null) {
      parent.children.add(this);
    }
  }

  public int registerCount() {
    return registerCount;
  }

  public boolean isArrow() {
    return kind == Kind.ARROW;
  }

  public boolean isTopLevel() {
    return kind == Kind.SCRIPT || kind == Kind.MODULE || kind == Kind.EVAL;
  }

  /** True for functions with their own this, arguments and new.target (not arrows, not top-level code). */
  public boolean hasOwnThis() {
    return kind != Kind.ARROW && !isTopLevel();
  }

  /** The nearest enclosing function that is not an arrow (the one whose this/arguments arrows see). */
  public FunctionInfo nonArrow() {
    FunctionInfo f = this;
    while (f != null && f.kind == Kind.ARROW) {
      f = f.parent;
    }
    return f;
  }

  @Override
  public String toString() {
    return kind + " " + (name == null ? "<anonymous>" : name);
  }
}
