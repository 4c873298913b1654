package dev.islet.errors;

import static dev.islet.errors.ErrorKind.RANGE_ERROR;
import static dev.islet.errors.ErrorKind.REFERENCE_ERROR;
import static dev.islet.errors.ErrorKind.SYNTAX_ERROR;
import static dev.islet.errors.ErrorKind.TYPE_ERROR;

/**
 * The catalog of engine error messages: what happened, and where it helps, what to do. One place,
 * so a typo fails to compile and messages stay consistent. {@code %s} placeholders are filled by
 * {@link Errors}.
 */
public enum Msg {
  NOT_CALLABLE(TYPE_ERROR, "%s is not a function"),
  NOT_CONSTRUCTOR(TYPE_ERROR, "%s is not a constructor"),
  NOT_OBJECT(TYPE_ERROR, "%s is not an object"),
  NOT_ITERABLE(TYPE_ERROR, "%s is not iterable"),
  NOT_ASYNC_ITERABLE(TYPE_ERROR, "%s is not async iterable"),
  ITERATOR_RESULT_NOT_OBJECT(TYPE_ERROR, "Iterator result %s is not an object"),
  CANNOT_READ_PROPERTY(TYPE_ERROR, "Cannot read properties of %s (reading '%s')"),
  CANNOT_SET_PROPERTY(TYPE_ERROR, "Cannot set properties of %s (setting '%s')"),
  CANNOT_ASSIGN_READ_ONLY(TYPE_ERROR, "Cannot assign to read only property '%s' of %s"),
  CANNOT_ADD_PROPERTY(TYPE_ERROR, "Cannot add property %s, object is not extensible"),
  CANNOT_DELETE(TYPE_ERROR, "Cannot delete property '%s' of %s"),
  CANNOT_DEFINE_PROPERTY(TYPE_ERROR, "Cannot redefine property: %s"),
  CANNOT_CONVERT_TO_OBJECT(TYPE_ERROR, "Cannot convert %s to object"),
  CANNOT_CONVERT_TO_PRIMITIVE(TYPE_ERROR, "Cannot convert object to primitive value"),
  CANNOT_CONVERT_SYMBOL(TYPE_ERROR, "Cannot convert a Symbol value to a %s"),
  CANNOT_CONVERT_BIGINT(TYPE_ERROR, "Cannot convert a BigInt value to a number"),
  CANNOT_MIX_BIGINT(TYPE_ERROR, "Cannot mix BigInt and other types, use explicit conversions"),
  BIGINT_NOT_INTEGER(RANGE_ERROR, "The number %s cannot be converted to a BigInt because it is not an integer"),
  BIGINT_DIVISION_BY_ZERO(RANGE_ERROR, "Division by zero"),
  BIGINT_NEGATIVE_EXPONENT(RANGE_ERROR, "Exponent must be non-negative"),
  BIGINT_TOO_BIG(RANGE_ERROR, "Maximum BigInt size exceeded"),
  INVALID_BIGINT_SYNTAX(SYNTAX_ERROR, "Cannot convert %s to a BigInt"),
  UNSIGNED_RIGHT_SHIFT_BIGINT(TYPE_ERROR, "BigInts have no unsigned right shift, use >> instead"),
  NOT_DEFINED(REFERENCE_ERROR, "%s is not defined"),
  TDZ(REFERENCE_ERROR, "Cannot access '%s' before initialization"),
  ASSIGN_TO_CONST(TYPE_ERROR, "Assignment to constant variable '%s'"),
  INVALID_ASSIGNMENT_TARGET(REFERENCE_ERROR, "Invalid assignment target"),
  REDECLARATION(SYNTAX_ERROR, "Identifier '%s' has already been declared"),
  CANNOT_DECLARE_GLOBAL(TYPE_ERROR, "Cannot declare global %s '%s'"),
  INSTANCEOF_NOT_CALLABLE(TYPE_ERROR, "Right-hand side of 'instanceof' is not callable"),
  INSTANCEOF_NOT_OBJECT(TYPE_ERROR, "Right-hand side of 'instanceof' is not an object"),
  IN_NOT_OBJECT(TYPE_ERROR, "Cannot use 'in' operator to search for '%s' in %s"),
  PROTOTYPE_NOT_OBJECT(TYPE_ERROR, "Function has non-object prototype '%s' in instanceof check"),
  STACK_OVERFLOW(RANGE_ERROR, "Maximum call stack size exceeded"),
  INVALID_ARRAY_LENGTH(RANGE_ERROR, "Invalid array length"),
  STRING_TOO_LONG(RANGE_ERROR, "Invalid string length"),
  ARRAY_LENGTH_OVERFLOW(TYPE_ERROR, "Array length would exceed 2^53 - 1"),
  CLASS_CONSTRUCTOR_CALL(TYPE_ERROR, "Class constructor %s cannot be invoked without 'new'"),
  SUPER_NOT_CALLED(REFERENCE_ERROR, "Must call super constructor in derived class before accessing 'this' or returning from derived constructor"),
  SUPER_CALLED_TWICE(REFERENCE_ERROR, "Super constructor may only be called once"),
  DERIVED_RETURN(TYPE_ERROR, "Derived constructors may only return object or undefined"),
  SUPER_NOT_CONSTRUCTOR(TYPE_ERROR, "Super constructor %s of anonymous class is not a constructor"),
  CLASS_EXTENDS_NOT_CONSTRUCTOR(TYPE_ERROR, "Class extends value %s is not a constructor or null"),
  CLASS_PROTOTYPE_NOT_OBJECT(TYPE_ERROR, "Class extends value does not have valid prototype property %s"),
  PRIVATE_NOT_PRESENT(TYPE_ERROR, "Cannot read private member %s from an object whose class did not declare it"),
  PRIVATE_WRITE_NOT_PRESENT(TYPE_ERROR, "Cannot write private member %s to an object whose class did not declare it"),
  PRIVATE_ALREADY_PRESENT(TYPE_ERROR, "Cannot initialize %s twice on the same object"),
  PRIVATE_METHOD_WRITE(TYPE_ERROR, "Private method %s is not writable"),
  PRIVATE_GETTER_ONLY(TYPE_ERROR, "'%s' was defined without a setter"),
  PRIVATE_SETTER_ONLY(TYPE_ERROR, "'%s' was defined without a getter"),
  GENERATOR_RUNNING(TYPE_ERROR, "Generator is already running"),
  PROTO_CYCLE(TYPE_ERROR, "Cyclic __proto__ value"),
  SET_PROTOTYPE_FAILED(TYPE_ERROR, "Object.setPrototypeOf failed for %s"),
  PROPERTY_DESCRIPTOR_NOT_OBJECT(TYPE_ERROR, "Property description must be an object: %s"),
  ACCESSOR_AND_VALUE(TYPE_ERROR, "Invalid property descriptor. Cannot both specify accessors and a value or writable attribute"),
  GETTER_NOT_CALLABLE(TYPE_ERROR, "Getter must be a function: %s"),
  SETTER_NOT_CALLABLE(TYPE_ERROR, "Setter must be a function: %s"),
  INCOMPATIBLE_RECEIVER(TYPE_ERROR, "Method %s called on incompatible receiver %s"),
  WITH_UNSCOPABLE(TYPE_ERROR, "%s"),
  PROMISE_RESOLVE_SELF(TYPE_ERROR, "Chaining cycle detected for promise"),
  PROMISE_EXECUTOR_NOT_CALLABLE(TYPE_ERROR, "Promise resolver %s is not a function"),
  PROMISE_CAPABILITY_ALREADY_SET(TYPE_ERROR, "Promise executor has already been invoked with non-undefined arguments"),
  SYMBOL_NEW(TYPE_ERROR, "Symbol is not a constructor"),
  CONSTRUCTOR_REQUIRES_NEW(TYPE_ERROR, "Constructor %s requires 'new'"),
  INVALID_TIME_VALUE(RANGE_ERROR, "Invalid time value"),
  RADIX_RANGE(RANGE_ERROR, "toString() radix must be between 2 and 36"),
  DIGITS_RANGE(RANGE_ERROR, "%s argument must be between %s and %s"),
  CODE_GENERATION_DISALLOWED(ErrorKind.EVAL_ERROR, "Code generation from strings disallowed for this context"),
  JSON_CYCLE(TYPE_ERROR, "Converting circular structure to JSON"),
  JSON_PARSE(SYNTAX_ERROR, "%s"),
  INVALID_REGEXP(SYNTAX_ERROR, "%s"),
  CUSTOM_TYPE(TYPE_ERROR, "%s"),
  CUSTOM_RANGE(RANGE_ERROR, "%s"),
  CUSTOM_REFERENCE(REFERENCE_ERROR, "%s"),
  CUSTOM_SYNTAX(SYNTAX_ERROR, "%s"),

  // ---- fundamental objects (owner: builtins "fundamental")
  PROXY_REVOKED(TYPE_ERROR, "Cannot perform '%s' on a proxy that has been revoked"),
  PROXY_ARGS_NOT_OBJECTS(TYPE_ERROR, "Cannot create proxy with a non-object as target or handler"),
  PROXY_INVARIANT(TYPE_ERROR, "'%s' on proxy: %s"),
  PROXY_TOO_DEEP(RANGE_ERROR, "Maximum call stack size exceeded (proxy nesting is too deep)"),
  REFLECT_NOT_OBJECT(TYPE_ERROR, "Reflect.%s called on non-object %s"),
  OBJECT_PROTO_INVALID(TYPE_ERROR, "Object prototype may only be an Object or null: %s"),
  CALLED_ON_NON_OBJECT(TYPE_ERROR, "%s called on non-object"),
  INTEGRITY_LEVEL_FAILED(TYPE_ERROR, "Cannot %s %s"),
  NOT_A_SYMBOL(TYPE_ERROR, "%s is not a symbol"),
  URI_MALFORMED(ErrorKind.URI_ERROR, "URI malformed"),
  FUNCTION_TO_STRING_RECEIVER(TYPE_ERROR, "Function.prototype.toString requires that 'this' be a Function"),

  // ---- numbers and dates (owner: builtins "numbers")
  CANNOT_CONVERT_TO_BIGINT(TYPE_ERROR, "Cannot convert %s to a BigInt"),
  SUM_PRECISE_NOT_NUMBER(TYPE_ERROR, "Math.sumPrecise: %s is not a number; every item must be a Number"),
  DATE_INVALID_HINT(TYPE_ERROR, "Invalid hint %s: Date.prototype[Symbol.toPrimitive] expects \"string\", \"number\" or \"default\""),

  // ---- text processing (owner: builtins "text")
  STRING_METHOD_ON_NULLISH(TYPE_ERROR, "String.prototype.%s called on null or undefined"),
  FIRST_ARGUMENT_REGEXP(TYPE_ERROR, "First argument to String.prototype.%s must not be a regular expression"),
  INVALID_CODE_POINT(RANGE_ERROR, "Invalid code point %s"),
  INVALID_COUNT(RANGE_ERROR, "Invalid count value: %s"),
  INVALID_NORMALIZATION_FORM(RANGE_ERROR, "The normalization form should be one of NFC, NFD, NFKC, NFKD, not %s"),
  INVALID_REGEXP_FLAGS(SYNTAX_ERROR, "Invalid flags supplied to RegExp constructor '%s'"),
  REGEXP_ESCAPE_NOT_STRING(TYPE_ERROR, "RegExp.escape requires a string, not %s"),
  REGEXP_NOT_GLOBAL(TYPE_ERROR, "%s called with a non-global RegExp argument"),
  REGEXP_EXEC_RESULT(TYPE_ERROR, "RegExp exec method returned %s; it must return an object or null"),
  REGEXP_TOO_COMPLEX(RANGE_ERROR, "Maximum regular expression backtracking stack size exceeded"),
  REGEXP_FLAGS_WITH_REGEXP(TYPE_ERROR, "Cannot supply flags when constructing one RegExp from another"),
  REGEXP_COMPILE_LEGACY(TYPE_ERROR, "RegExp.prototype.compile works only on RegExp objects made by this realm's RegExp constructor (not a subclass)"),
  REGEXP_LEGACY_RECEIVER(TYPE_ERROR, "RegExp.%s can only be read on the RegExp constructor itself"),
  REGEXP_LEGACY_INVALIDATED(TYPE_ERROR, "RegExp.%s is unavailable: the last match was made by a RegExp subclass"),

  // ---- indexed collections and structured data (owner: builtins "indexed")
  REDUCE_EMPTY(TYPE_ERROR, "Reduce of empty array with no initial value"),
  SORT_COMPARATOR(TYPE_ERROR, "The comparison function must be either a function or undefined: %s"),
  INDEX_OUT_OF_RANGE(RANGE_ERROR, "Index out of range"),
  ARRAY_BUFFER_ALLOCATION(RANGE_ERROR, "Array buffer allocation failed: %s bytes is more than this engine allocates"),
  ARRAY_BUFFER_LENGTH_EXCEEDS_MAX(RANGE_ERROR, "The byte length exceeds the buffer's maxByteLength"),
  ARRAY_BUFFER_NOT_RESIZABLE(TYPE_ERROR, "Method called on a %s that is not resizable"),
  ARRAY_BUFFER_DETACH_KEY(TYPE_ERROR, "The ArrayBuffer cannot be detached with this key"),
  ARRAY_BUFFER_SPECIES_SAME(TYPE_ERROR, "The species constructor returned the same buffer"),
  ARRAY_BUFFER_SPECIES_TOO_SMALL(TYPE_ERROR, "The species constructor returned a buffer that is too small"),
  SHARED_ARRAY_BUFFER_GROW(RANGE_ERROR, "A SharedArrayBuffer can only grow, up to its maxByteLength"),
  NOT_AN_ARRAY_BUFFER(TYPE_ERROR, "%s is not an ArrayBuffer"),
  NOT_A_SHARED_ARRAY_BUFFER(TYPE_ERROR, "%s is not a SharedArrayBuffer"),
  DETACHED_BUFFER(TYPE_ERROR, "The ArrayBuffer is detached"),
  VIEW_OUT_OF_BOUNDS(TYPE_ERROR, "The view is outside the bounds of its buffer"),
  DATA_VIEW_OFFSET(RANGE_ERROR, "Start offset is outside the bounds of the buffer"),
  DATA_VIEW_LENGTH(RANGE_ERROR, "Invalid DataView length"),
  DATA_VIEW_INDEX(RANGE_ERROR, "Offset is outside the bounds of the DataView"),
  NOT_A_TYPED_ARRAY(TYPE_ERROR, "Method %s called on %s, which is not a typed array"),
  TYPED_ARRAY_ABSTRACT(TYPE_ERROR, "Abstract class TypedArray not directly constructable"),
  TYPED_ARRAY_OUT_OF_BOUNDS(TYPE_ERROR, "The typed array is detached or out of the bounds of its buffer"),
  TYPED_ARRAY_CONTENT_TYPE(TYPE_ERROR, "Cannot mix BigInt and Number typed arrays (%s and %s)"),
  TYPED_ARRAY_TOO_SHORT(TYPE_ERROR, "The species constructor returned a typed array that is too short"),
  TYPED_ARRAY_ALIGNMENT(RANGE_ERROR, "The %s of %s should be a multiple of %s"),
  TYPED_ARRAY_OFFSET(RANGE_ERROR, "Start offset %s is outside the bounds of the buffer"),
  TYPED_ARRAY_SOURCE_TOO_LARGE(RANGE_ERROR, "The source is too large for the target offset"),
  INVALID_TYPED_ARRAY_LENGTH(RANGE_ERROR, "Invalid typed array length: %s"),
  NOT_A_STRING(TYPE_ERROR, "%s is not a string"),
  INVALID_OPTION(TYPE_ERROR, "Invalid value for option %s: %s"),
  ATOMICS_TYPE(TYPE_ERROR, "Atomics operations need an integer typed array, not %s"),
  ATOMICS_WAIT_TYPE(TYPE_ERROR, "Atomics.wait and notify need an Int32Array or BigInt64Array over a SharedArrayBuffer"),
  ATOMICS_CANNOT_WAIT(TYPE_ERROR, "Atomics.wait cannot block in this agent"),

  // ---- keyed collections, JSON, reflection, memory, iterators, promises (owner: builtins "keyed")
  COLLECTION_TOO_LARGE(RANGE_ERROR, "Map or Set has reached its maximum size"),
  ITERATOR_VALUE_NOT_ENTRY(TYPE_ERROR, "Iterator value %s is not an entry object"),
  GROUP_BY_TOO_MANY(TYPE_ERROR, "groupBy: too many elements"),
  SET_LIKE_SIZE_NAN(TYPE_ERROR, "The 'size' property of a set-like object must be a number, not %s"),
  SET_LIKE_SIZE_NEGATIVE(RANGE_ERROR, "The 'size' property of a set-like object must not be negative: %s"),
  SET_LIKE_NOT_CALLABLE(TYPE_ERROR, "The '%s' property of a set-like object must be a function, not %s"),
  INVALID_WEAK_KEY(TYPE_ERROR, "Invalid value used as weak map key: %s (use an object or a non-registered symbol)"),
  INVALID_WEAK_SET_VALUE(TYPE_ERROR, "Invalid value used in weak set: %s (use an object or a non-registered symbol)"),
  INVALID_WEAK_REF_TARGET(TYPE_ERROR, "Invalid target %s: it must be an object or a non-registered symbol"),
  INVALID_UNREGISTER_TOKEN(TYPE_ERROR, "Invalid unregister token %s: it must be an object or a non-registered symbol"),
  JSON_BIGINT(TYPE_ERROR, "Do not know how to serialize a BigInt (give it a toJSON method)"),
  JSON_TOO_DEEP(RANGE_ERROR, "JSON.stringify: nesting deeper than %s levels"),
  JSON_RAW_INVALID(SYNTAX_ERROR, "JSON.rawJSON: invalid raw JSON text: %s"),
  REDUCE_EMPTY_ITERATOR(TYPE_ERROR, "Reduce of an empty iterator with no initial value"),
  ITERATOR_LIMIT_RANGE(RANGE_ERROR, "%s is not a valid limit: it must be a number from 0 to 2^53 - 1 or Infinity"),
  ITERATOR_SKIP_NOT_INTEGRAL(TYPE_ERROR, "skippedElements must be an integral number or Infinity, not %s"),
  ITERATOR_SIZE_NOT_INTEGRAL(TYPE_ERROR, "%s is not a valid size: it must be an integral number"),
  ITERATOR_CHUNK_SIZE(RANGE_ERROR, "%s is not a valid size: it must be an integer from 1 to 2^32 - 1"),
  ITERATOR_UNDERSIZED(TYPE_ERROR, "undersized must be \"only-full\" or \"allow-partial\", not %s"),
  ITERATOR_ABSTRACT(TYPE_ERROR, "Iterator is an abstract class: construct a subclass"),
  ITERATOR_PROTOTYPE_READ_ONLY(TYPE_ERROR, "Cannot assign %s on Iterator.prototype itself"),
  ZIP_MODE(TYPE_ERROR, "mode must be \"shortest\", \"longest\" or \"strict\", not %s"),
  ZIP_STRICT_LENGTHS(TYPE_ERROR, "Iterator.zip: the iterators have different lengths (mode \"strict\")"),
  NOT_DISPOSABLE(TYPE_ERROR, "%s is not disposable: it needs a [Symbol.dispose] (or [Symbol.asyncDispose]) method"),
  DISPOSABLE_STACK_DISPOSED(REFERENCE_ERROR, "%s: the stack is already disposed"),
  FINALIZATION_TARGET_IS_HELD_VALUE(TYPE_ERROR, "FinalizationRegistry.prototype.register: target and held value must not be the same"),

  // ---- isolates, limits and the runtime (owner: "limits" / runtime)
  ;

  private final ErrorKind kind;
  private final String template;

  Msg(ErrorKind kind, String template) {
    this.kind = kind;
    this.template = template;
  }

  public ErrorKind kind() {
    return kind;
  }

  public String format(Object... args) {
    return args.length == 0 ? template : String.format(template, args);
  }
}
