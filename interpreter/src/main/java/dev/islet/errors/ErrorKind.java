package dev.islet.errors;

/** The native error types — https://tc39.es/ecma262/#sec-native-error-types-used-in-this-standard. */
public enum ErrorKind {
  ERROR("Error"),
  EVAL_ERROR("EvalError"),
  RANGE_ERROR("RangeError"),
  REFERENCE_ERROR("ReferenceError"),
  SYNTAX_ERROR("SyntaxError"),
  TYPE_ERROR("TypeError"),
  URI_ERROR("URIError");

  private final String jsName;

  ErrorKind(String jsName) {
    this.jsName = jsName;
  }

  public String jsName() {
    return jsName;
  }
}
