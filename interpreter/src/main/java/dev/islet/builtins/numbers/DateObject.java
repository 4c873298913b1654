package dev.islet.builtins.numbers;

import dev.islet.objects.JsObject;
import dev.islet.objects.shape.Shape;
import dev.islet.realm.Realm;

/**
 * A Date instance: an ordinary object with the [[DateValue]] internal slot — a time value
 * (https://tc39.es/ecma262/#sec-time-values-and-time-range), always TimeClip'ed: NaN or an
 * integral number of milliseconds within ±8.64e15.
 */
public final class DateObject extends JsObject {
  private double dateValue;

  public DateObject(Realm realm, Shape shape, double dateValue) {
    super(realm, shape);
    this.dateValue = dateValue;
  }

  /** [[DateValue]]. */
  public double dateValue() {
    return dateValue;
  }

  void setDateValue(double tv) {
    dateValue = tv;
  }

  @Override
  public String className() {
    return "Date";
  }

  @Override
  public String builtinTag() {
    return "Date";
  }
}
