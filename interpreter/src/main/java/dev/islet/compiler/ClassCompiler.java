package dev.islet.compiler;

import dev.islet.analysis.Binding;
import dev.islet.analysis.FunctionInfo;
import dev.islet.analysis.StaticScope;
import dev.islet.ast.*;
import dev.islet.bytecode.ClassLayout;
import dev.islet.bytecode.Op;
import dev.islet.vm.PrivateName;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;

/**
 * ClassDefinitionEvaluation — https://tc39.es/ecma262/#sec-runtime-semantics-classdefinitionevaluation.
 * Emits: the class scope with fresh private names, the heritage, CREATE_CLASS, each element's key
 * and function in order, the inner name binding, then INIT_CLASS (which defines the elements and
 * runs static initializers).
 */
final class ClassCompiler {
  private final FunctionCompiler fc;
  private final CodeBuilder code;

  ClassCompiler(FunctionCompiler fc) {
    this.fc = fc;
    this.code = fc.code;
  }

  /** Compiles a class; pushes the constructor. */
  void compileClass(ClassNode c, String name) {
    StaticScope cs = fc.analysis.scopeOf(c);
    fc.enterScope(cs);
    // Fresh private names for this evaluation of the class.
    HashMap<String, int[]> privateKinds = privateNameKinds(c);
    for (Binding b : cs.bindings()) {
      if (b.kind == Binding.Kind.PRIVATE_NAME) {
        int[] kind = privateKinds.get(b.name.substring(1));
        code.emit(Op.NEW_PRIVATE_NAME, code.constant(new Object[] {b.name.substring(1), kind[0], kind[1] != 0}));
        fc.storeBinding(b, true, false);
        code.emit(Op.POP);
      }
    }
    FunctionInfo ctorInfo = fc.analysis.functionOf(c);
    List<ClassLayout.Element> elements = new ArrayList<>();
    boolean heritage = c.superClass() != null;
    if (heritage) {
      fc.expressions.expression(c.superClass());
    }
    // Elements without their values yet; the layout is completed below.
    List<ClassElement> body = new ArrayList<>();
    for (ClassElement el : c.body().body()) {
      if (!(el instanceof MethodDefinition m && m.kind() == MethodKind.CONSTRUCTOR)) {
        body.add(el);
      }
    }
    for (ClassElement el : body) {
      elements.add(describe(el));
    }
    ClassLayout layout = new ClassLayout(ctorInfo.template, heritage, name, elements.toArray(new ClassLayout.Element[0]));
    int layoutK = code.constant(layout);
    code.emitWithEffect(Op.CREATE_CLASS, layoutK, heritage ? 1 : 2);
    int ctorTemp = code.newTemp();
    code.emit(Op.OVER);
    code.emit(Op.PUT_LOCAL, ctorTemp);
    int items = 0;
    for (ClassElement el : body) {
      items += pushItems(el);
    }
    // The inner class binding is initialized once all keys are evaluated, before static initializers.
    Binding inner = c.id() != null ? cs.lookup(c.id().name()) : null;
    if (inner != null) {
      code.emit(Op.GET_LOCAL, ctorTemp);
      fc.storeBinding(inner, true, false);
      code.emit(Op.POP);
    }
    fc.position(c);
    code.emitWithEffect(Op.INIT_CLASS, layoutK, -(items + 1));
    fc.exitScope(cs);
  }

  private ClassLayout.Element describe(ClassElement el) {
    if (el instanceof StaticBlock) {
      return new ClassLayout.Element(ClassLayout.STATIC_BLOCK, true, false, false, null, true);
    }
    if (el instanceof MethodDefinition m) {
      int kind = switch (m.kind()) {
        case GET -> ClassLayout.GETTER;
        case SET -> ClassLayout.SETTER;
        default -> ClassLayout.METHOD;
      };
      boolean priv = m.key() instanceof PrivateIdentifier;
      Object key = m.computed() || priv ? null : ExpressionCompiler.propertyKey(m.key());
      return new ClassLayout.Element(kind, m.isStatic(), priv, m.computed(), key, true);
    }
    PropertyDefinition p = (PropertyDefinition) el;
    boolean priv = p.key() instanceof PrivateIdentifier;
    Object key = p.computed() || priv ? null : ExpressionCompiler.propertyKey(p.key());
    return new ClassLayout.Element(ClassLayout.FIELD, p.isStatic(), priv, p.computed(), key, p.value() != null);
  }

  /** Pushes an element's key (when computed or private) and function; returns how many items. */
  private int pushItems(ClassElement el) {
    int n = 0;
    if (el instanceof StaticBlock sb) {
      fc.expressions.closure(fc.analysis.functionOf(sb));
      return 1;
    }
    Expression key;
    boolean computed;
    Node fnNode;
    if (el instanceof MethodDefinition m) {
      key = m.key();
      computed = m.computed();
      fnNode = m.value();
    } else {
      PropertyDefinition p = (PropertyDefinition) el;
      key = p.key();
      computed = p.computed();
      fnNode = p.value() != null ? p : null;
    }
    if (key instanceof PrivateIdentifier pi) {
      fc.expressions.privateName(pi);
      n++;
    } else if (computed) {
      fc.expressions.expression(key);
      code.emit(Op.TO_PROPERTY_KEY);
      n++;
    }
    if (fnNode != null) {
      fc.expressions.closure(fc.analysis.functionOf(fnNode));
      n++;
    }
    return n;
  }

  /** For each private name: its kind (field, method, accessor) and whether it is static. */
  private static HashMap<String, int[]> privateNameKinds(ClassNode c) {
    HashMap<String, int[]> kinds = new HashMap<>();
    for (ClassElement el : c.body().body()) {
      if (el instanceof MethodDefinition m && m.key() instanceof PrivateIdentifier pi) {
        int k = m.kind() == MethodKind.GET || m.kind() == MethodKind.SET ? PrivateName.ACCESSOR : PrivateName.METHOD;
        kinds.put(pi.name(), new int[] {k, m.isStatic() ? 1 : 0});
      } else if (el instanceof PropertyDefinition p && p.key() instanceof PrivateIdentifier pi) {
        kinds.put(pi.name(), new int[] {PrivateName.FIELD, p.isStatic() ? 1 : 0});
      }
    }
    return kinds;
  }
}
