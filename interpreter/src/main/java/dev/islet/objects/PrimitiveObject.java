package dev.islet.objects;

import dev.islet.objects.shape.Shape;
import dev.islet.realm.Realm;

/**
 * A wrapper object for a primitive: Boolean, Number, Symbol and BigInt objects, with the
 * [[BooleanData]] / [[NumberData]] / [[SymbolData]] / [[BigIntData]] slot. String objects are
 * exotic and use {@link StringObject}.
 */
public class PrimitiveObject extends JsObject {
  private final Object primitive;

  public PrimitiveObject(Realm realm, Shape shape, Object primitive) {
    super(realm, shape);
    this.primitive = primitive;
  }

  @Override
  public void traceReferences(HeapVisitor v) {
    super.traceReferences(v);
    v.visit(primitive);
  }

  /** The wrapped primitive value. */
  public final Object primitive() {
    return primitive;
  }

  @Override
  public String className() {
    if (primitive instanceof Boolean) {
      return "Boolean";
    }
    if (primitive instanceof dev.islet.values.Symbol) {
      return "Symbol";
    }
    if (primitive instanceof java.math.BigInteger) {
      return "BigInt";
    }
    return "Number";
  }
}
