package dev.islet.objects;

import dev.islet.objects.shape.Shape;
import dev.islet.realm.Realm;

/**
 * An Error instance: an ordinary object with the [[ErrorData]] internal slot. It remembers the JS
 * call stack at creation (frames only: function name, file, line, column; never a host path or a
 * Java frame).
 */
public final class ErrorObject extends JsObject {
  private String stackFrames = "";

  public ErrorObject(Realm realm, Shape shape) {
    super(realm, shape);
  }

  /** The captured frames, one "    at fn (file:line:col)" line each, or "". */
  public String stackFrames() {
    return stackFrames;
  }

  public void setStackFrames(String frames) {
    this.stackFrames = frames == null ? "" : frames;
  }

  @Override
  public String className() {
    return "Error";
  }
}
