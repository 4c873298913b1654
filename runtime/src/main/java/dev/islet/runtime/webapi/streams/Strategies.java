package dev.islet.runtime.webapi.streams;

import dev.islet.api.host.HostClass;
import dev.islet.api.host.HostErrors;
import dev.islet.api.host.HostObject;
import dev.islet.api.host.HostState;
import dev.islet.api.host.WebIdl;
import dev.islet.objects.JsObject;
import dev.islet.objects.NativeFunction;
import dev.islet.ops.ObjectOperations;
import dev.islet.ops.TypeConversion;
import dev.islet.realm.Realm;
import dev.islet.values.Undefined;

/**
 * Queuing strategies — https://streams.spec.whatwg.org/#qs: {@code ByteLengthQueuingStrategy},
 * {@code CountQueuingStrategy}, and the conversion of a strategy dictionary (ExtractHighWaterMark,
 * ExtractSizeAlgorithm).
 */
public final class Strategies {
  private Strategies() {}

  /** The size algorithm of a stream: the strategy's {@code size} or "return 1". */
  @FunctionalInterface
  interface SizeAlgorithm {
    double size(Realm realm, Object chunk);
  }

  static final SizeAlgorithm ONE = (realm, chunk) -> 1;

  /** A converted QueuingStrategy dictionary: highWaterMark (NaN when absent) and size (null when absent). */
  record Strategy(double highWaterMark, boolean present, Object size) {
    /** ExtractHighWaterMark */
    double highWaterMark(Realm realm, double defaultHwm) {
      if (Double.isNaN(highWaterMark) && !present) {
        return defaultHwm;
      }
      return checkHighWaterMark(realm, highWaterMark);
    }

    /** ExtractSizeAlgorithm */
    SizeAlgorithm sizeAlgorithm() {
      if (size == null) {
        return ONE;
      }
      Object fn = size;
      return (realm, chunk) -> TypeConversion.toNumber(realm, ObjectOperations.call(realm, fn, Undefined.INSTANCE, chunk));
    }
  }

  /** Converts the {@code strategy} argument (a QueuingStrategy dictionary, members in order: highWaterMark, size). */
  static Strategy toStrategy(Realm realm, Object v, String context) {
    JsObject dict = WebIdl.toDictionary(realm, v, context);
    double hwm = Double.NaN;
    boolean present = false;
    Object size = null;
    if (dict != null) {
      Object h = WebIdl.member(realm, dict, "highWaterMark");
      if (h != Undefined.INSTANCE) {
        hwm = WebIdl.toUnrestrictedDouble(realm, h);
        present = true;
      }
      Object s = WebIdl.member(realm, dict, "size");
      if (s != Undefined.INSTANCE) {
        size = WebIdl.toCallback(realm, s, context);
      }
    }
    return new Strategy(hwm, present, size);
  }

  /** ExtractHighWaterMark step 3: NaN or negative is a RangeError. */
  static double checkHighWaterMark(Realm realm, double hwm) {
    if (Double.isNaN(hwm) || hwm < 0) {
      throw HostErrors.rangeError(realm, "The highWaterMark must be a non-negative number, not " + hwm);
    }
    return hwm;
  }

  // ------------------------------------------------------------------ the two strategy classes

  /** A ByteLengthQueuingStrategy or CountQueuingStrategy: its high water mark. */
  public static final class StrategyObject extends HostObject {
    final double highWaterMark;
    final boolean byteLength;

    StrategyObject(Realm realm, JsObject proto, double highWaterMark, boolean byteLength) {
      super(realm, proto);
      this.highWaterMark = highWaterMark;
      this.byteLength = byteLength;
    }

    @Override
    public String className() {
      return byteLength ? "ByteLengthQueuingStrategy" : "CountQueuingStrategy";
    }
  }

  /** The two size functions of a realm, shared by every instance (the spec's "size function" per global). */
  private static final class SizeFunctions {
    JsObject byteLength;
    JsObject count;
  }

  private static JsObject sizeFunction(Realm realm, boolean byteLength) {
    SizeFunctions f = HostState.get(realm, SizeFunctions.class, SizeFunctions::new);
    if (byteLength) {
      if (f.byteLength == null) {
        f.byteLength = new NativeFunction(realm, "size", 1, (r, t, args, nt) ->
            ObjectOperations.getV(r, args.length > 0 ? args[0] : Undefined.INSTANCE, "byteLength"), false);
      }
      return f.byteLength;
    }
    if (f.count == null) {
      f.count = new NativeFunction(realm, "size", 0, (r, t, args, nt) -> 1, false);
    }
    return f.count;
  }

  public static final HostClass<StrategyObject> BYTE_LENGTH = defineWithSize("ByteLengthQueuingStrategy", true);
  public static final HostClass<StrategyObject> COUNT = defineWithSize("CountQueuingStrategy", false);

  private static HostClass<StrategyObject> defineWithSize(String name, boolean byteLength) {
    return HostClass.builder(name, StrategyObject.class)
        .constructor(1, (realm, args, nt) -> {
          String ctx = "Failed to construct '" + name + "'";
          if (args.length == 0) {
            throw HostErrors.typeError(realm, ctx + ": 1 argument required, but only 0 present.");
          }
          JsObject init = WebIdl.toDictionary(realm, args[0], ctx);
          Object h = init == null ? Undefined.INSTANCE : WebIdl.member(realm, init, "highWaterMark");
          if (h == Undefined.INSTANCE) {
            throw HostErrors.typeError(realm, ctx + ": required member highWaterMark is undefined.");
          }
          double hwm = WebIdl.toUnrestrictedDouble(realm, h);
          HostClass<StrategyObject> self = byteLength ? BYTE_LENGTH : COUNT;
          return new StrategyObject(realm, self.prototypeFor(realm, nt), hwm, byteLength);
        })
        .getter("highWaterMark", (realm, self) -> self.highWaterMark)
        .getter("size", (realm, self) -> sizeFunction(realm, self.byteLength))
        .build();
  }
}
