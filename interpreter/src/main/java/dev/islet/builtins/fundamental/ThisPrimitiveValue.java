package dev.islet.builtins.fundamental;

import dev.islet.errors.Errors;
import dev.islet.errors.Msg;
import dev.islet.objects.PrimitiveObject;
import dev.islet.ops.Describe;
import dev.islet.realm.Realm;

/**
 * The thisXValue operations of the wrapper prototypes (ThisBooleanValue, ThisSymbolValue): the
 * primitive itself, or the one a wrapper object holds; else a TypeError naming the method.
 */
final class ThisPrimitiveValue {
  private ThisPrimitiveValue() {}

  static <T> T of(Realm realm, Object thisValue, Class<T> type, String method) {
    if (type.isInstance(thisValue)) {
      return type.cast(thisValue);
    }
    if (thisValue instanceof PrimitiveObject p && type.isInstance(p.primitive())) {
      return type.cast(p.primitive());
    }
    throw Errors.typeError(realm, Msg.INCOMPATIBLE_RECEIVER, method, Describe.value(thisValue));
  }
}
