package dev.islet.bytecode;

/**
 * The single opcode table. Code is an {@code int[]}: an opcode followed by its operands, one int
 * each, so decoding is one array load. The interpreter switches on these int constants (a
 * tableswitch); the compiler, the disassembler and {@code OpTableTest} read the rows.
 *
 * <p>Stack effects use S for "the value on top". Operand kinds: R register, K constant-pool index,
 * C inline-cache slot, N count, T jump target (absolute pc), D scope depth, I immediate int.
 */
public final class Op {
  private Op() {}

  // ------------------------------------------------------------------ constants and stack
  public static final int NOP = 0;
  public static final int UNDEFINED = 1;
  public static final int NULL = 2;
  public static final int TRUE = 3;
  public static final int FALSE = 4;
  public static final int INT = 5;
  public static final int CONST = 6;
  public static final int POP = 7;
  public static final int DUP = 8;
  public static final int DUP2 = 9;
  public static final int SWAP = 10;
  public static final int ROT3 = 11;
  public static final int ROT4 = 12;
  public static final int OVER = 13;

  // ------------------------------------------------------------------ registers and environments
  public static final int GET_LOCAL = 14;
  public static final int SET_LOCAL = 15;
  public static final int PUT_LOCAL = 16;
  public static final int GET_LOCAL_CHECKED = 17;
  public static final int SET_LOCAL_CHECKED = 18;
  public static final int INIT_TDZ = 19;
  public static final int GET_ENV = 20;
  public static final int SET_ENV = 21;
  public static final int PUT_ENV = 22;
  public static final int GET_ENV_CHECKED = 23;
  public static final int SET_ENV_CHECKED = 24;
  public static final int PUSH_SCOPE = 25;
  public static final int POP_SCOPE = 26;
  public static final int COPY_SCOPE = 27;
  public static final int SAVE_SCOPE = 28;
  public static final int RESTORE_SCOPE = 29;

  // ------------------------------------------------------------------ globals and dynamic names
  public static final int GET_GLOBAL = 30;
  public static final int TYPEOF_GLOBAL = 31;
  public static final int SET_GLOBAL = 32;
  public static final int GET_NAME = 33;
  public static final int TYPEOF_NAME = 34;
  public static final int SET_NAME = 35;
  public static final int DELETE_NAME = 36;
  public static final int GET_NAME_CALL = 37;
  public static final int DECLARE_GLOBALS = 38;
  public static final int DECLARE_EVAL = 39;

  // ------------------------------------------------------------------ properties
  public static final int GET_FIELD = 40;
  public static final int SET_FIELD = 41;
  public static final int GET_ELEM = 42;
  public static final int SET_ELEM = 43;
  public static final int DELETE_FIELD = 44;
  public static final int DELETE_ELEM = 45;
  public static final int DEFINE_FIELD = 46;
  public static final int DEFINE_ELEM = 47;
  public static final int DEFINE_ACCESSOR = 48;
  public static final int DEFINE_METHOD = 49;
  public static final int SET_PROTO_LITERAL = 50;
  public static final int COPY_DATA_PROPS = 51;
  public static final int COPY_DATA_PROPS_EXCL = 52;
  public static final int SET_FUNCTION_NAME = 53;
  public static final int TO_PROPERTY_KEY = 54;
  public static final int GET_SUPER = 55;
  public static final int SET_SUPER = 56;
  public static final int GET_PRIVATE = 57;
  public static final int SET_PRIVATE = 58;
  public static final int DEFINE_PRIVATE = 59;
  public static final int PRIVATE_IN = 60;
  public static final int GET_FIELD_OPT = 61;

  // ------------------------------------------------------------------ calls
  public static final int CALL = 62;
  public static final int CALL_SPREAD = 63;
  public static final int NEW = 64;
  public static final int NEW_SPREAD = 65;
  public static final int SUPER_CALL = 66;
  public static final int SUPER_CALL_SPREAD = 67;
  public static final int CALL_EVAL = 68;

  // ------------------------------------------------------------------ operators
  public static final int ADD = 70;
  public static final int SUB = 71;
  public static final int MUL = 72;
  public static final int DIV = 73;
  public static final int MOD = 74;
  public static final int EXP = 75;
  public static final int BIT_AND = 76;
  public static final int BIT_OR = 77;
  public static final int BIT_XOR = 78;
  public static final int SHL = 79;
  public static final int SAR = 80;
  public static final int SHR = 81;
  public static final int EQ = 82;
  public static final int NE = 83;
  public static final int STRICT_EQ = 84;
  public static final int STRICT_NE = 85;
  public static final int LT = 86;
  public static final int GT = 87;
  public static final int LE = 88;
  public static final int GE = 89;
  public static final int INSTANCEOF = 90;
  public static final int IN = 91;
  public static final int NEG = 92;
  public static final int PLUS = 93;
  public static final int TO_NUMERIC = 94;
  public static final int NOT = 95;
  public static final int BIT_NOT = 96;
  public static final int TYPEOF = 97;
  public static final int INC = 98;
  public static final int DEC = 99;
  public static final int TO_STRING = 100;

  // ------------------------------------------------------------------ control
  public static final int JUMP = 101;
  public static final int JUMP_IF_TRUE = 102;
  public static final int JUMP_IF_FALSE = 103;
  public static final int JUMP_IF_TRUE_KEEP = 104;
  public static final int JUMP_IF_FALSE_KEEP = 105;
  public static final int JUMP_IF_NOT_NULLISH_KEEP = 106;
  public static final int JUMP_IF_NULLISH = 107;
  public static final int LOOP = 108;
  public static final int RETURN = 109;
  public static final int THROW = 110;
  public static final int THROW_ERROR = 111;
  public static final int JUMP_IF_UNDEFINED = 112;

  // ------------------------------------------------------------------ iteration
  public static final int GET_ITERATOR = 113;
  public static final int GET_ASYNC_ITERATOR = 114;
  public static final int ITER_CALL_NEXT = 115;
  public static final int ITER_STEP = 116;
  public static final int ITER_CLOSE = 117;
  public static final int ITER_RESULT_DONE = 118;
  public static final int ITER_RESULT_VALUE = 119;
  public static final int FOR_IN_START = 120;
  public static final int FOR_IN_NEXT = 121;
  public static final int ITER_CALL_METHOD = 122;

  // ------------------------------------------------------------------ construction
  public static final int NEW_OBJECT = 123;
  public static final int NEW_ARRAY = 124;
  public static final int ARRAY_PUSH = 125;
  public static final int ARRAY_HOLE = 126;
  public static final int ARRAY_SPREAD = 127;
  public static final int CLOSURE = 128;
  public static final int CREATE_CLASS = 129;
  public static final int INIT_CLASS = 130;
  public static final int TEMPLATE_OBJECT = 131;
  public static final int REGEXP = 132;
  public static final int CREATE_ARGUMENTS = 133;
  public static final int CREATE_REST = 134;
  public static final int NEW_PRIVATE_NAME = 135;
  public static final int ADD_PRIVATE_BRAND = 136;

  // ------------------------------------------------------------------ function context
  public static final int THIS = 137;
  public static final int CHECK_THIS = 138;
  public static final int LOAD_FUNCTION = 139;
  public static final int LOAD_NEW_TARGET = 140;
  public static final int LOAD_HOME = 141;
  public static final int INIT_FIELDS = 142;
  public static final int IMPORT_META = 143;
  public static final int DYNAMIC_IMPORT = 144;

  // ------------------------------------------------------------------ generators and async
  public static final int GENERATOR_START = 145;
  public static final int YIELD = 146;
  public static final int AWAIT = 147;
  public static final int RESUME_MODE = 148;
  public static final int ASYNC_YIELD_STAR_RESULT = 149;
  public static final int DEBUGGER = 150;
  public static final int DISPOSE_RESOURCES = 151;
  public static final int ADD_DISPOSABLE = 152;
  public static final int CHECK_OBJECT = 153;
  public static final int TO_OBJECT = 154;
  public static final int CHECK_CALLABLE = 155;
  public static final int SET_HOME = 156;

  public static final int DERIVED_RESULT = 157;
  public static final int CALL_METHOD_KEYED = 158;

  public static final int ITER_CLOSE_THROW = 159;
  public static final int CHECK_TDZ_INIT = 160;

  public static final int INIT_GLOBAL_LEXICAL = 161;
  public static final int ITER_NEXT_RESULT = 162;
  public static final int ENTER_WITH = 163;

  public static final int DESTRUCTURE_STEP = 164;
  public static final int DESTRUCTURE_REST = 165;
  public static final int DESTRUCTURE_CLOSE = 166;

  public static final int YIELD_RAW = 167;

  public static final int GET_THIS_FIELD = 168;
  public static final int PUT_FIELD = 169;
  public static final int PUT_ELEM = 170;
  public static final int JUMP_IF_NULLISH_POP = 171;
  public static final int JUMP_IF_NOT_NULLISH_POP = 172;

  public static final int KEY_FOR_BASE = 173;

  public static final int GET_IMPORT = 174;

  public static final int RETURN_DERIVED = 175;

  public static final int NEW_DISPOSABLES = 176;

  public static final int RESOLVE_NAME = 177;
  public static final int GET_REF = 178;
  public static final int SET_REF = 179;

  public static final int SET_VAR_NAME = 180;

  // ------------------------------------------------------------------ superinstructions (CodeBuilder fuses them)
  /** Compare and jump when the comparison is false, in the order of LT, GT, LE, GE (fused = relational - LT + JUMP_IF_NOT_LT). */
  public static final int JUMP_IF_NOT_LT = 181;
  public static final int JUMP_IF_NOT_GT = 182;
  public static final int JUMP_IF_NOT_LE = 183;
  public static final int JUMP_IF_NOT_GE = 184;
  public static final int JUMP_IF_STRICT_EQ = 185;
  public static final int JUMP_IF_NOT_STRICT_EQ = 186;
  public static final int JUMP_IF_EQ = 187;
  public static final int JUMP_IF_NOT_EQ = 188;
  public static final int INC_LOCAL = 189;
  public static final int DEC_LOCAL = 190;
  public static final int GET_LOCAL_FIELD = 191;
  public static final int GET_THIS_METHOD = 192;
  public static final int GET_LOCAL_METHOD = 193;
  public static final int RETURN_UNDEFINED = 194;

  public static final int COUNT = 195;

  /** Operand kinds, for the disassembler. */
  public enum Operand { R, K, C, N, T, D, I }

  private static final String[] NAMES = new String[COUNT];
  private static final Operand[][] OPERANDS = new Operand[COUNT][];

  private static void row(int op, String name, Operand... operands) {
    if (NAMES[op] != null) {
      throw new AssertionError("duplicate opcode " + op + ": " + name + " and " + NAMES[op]);
    }
    NAMES[op] = name;
    OPERANDS[op] = operands;
  }

  static {
    Operand R = Operand.R;
    Operand K = Operand.K;
    Operand C = Operand.C;
    Operand N = Operand.N;
    Operand T = Operand.T;
    Operand D = Operand.D;
    Operand I = Operand.I;
    //  opcode          mnemonic            operands       stack effect
    row(NOP, "nop");                                       // -
    row(UNDEFINED, "undefined");                           // -> undefined
    row(NULL, "null");                                     // -> null
    row(TRUE, "true");                                     // -> true
    row(FALSE, "false");                                   // -> false
    row(INT, "int", I);                                    // -> Integer
    row(CONST, "const", K);                                // -> constant
    row(POP, "pop");                                       // v ->
    row(DUP, "dup");                                       // v -> v v
    row(DUP2, "dup2");                                     // a b -> a b a b
    row(SWAP, "swap");                                     // a b -> b a
    row(ROT3, "rot3");                                     // a b c -> c a b
    row(ROT4, "rot4");                                     // a b c d -> d a b c
    row(OVER, "over");                                     // a b -> a b a
    row(GET_LOCAL, "get_local", R);                        // -> v
    row(SET_LOCAL, "set_local", R);                        // v -> v
    row(PUT_LOCAL, "put_local", R);                        // v ->
    row(GET_LOCAL_CHECKED, "get_local_checked", R, K);     // -> v (ReferenceError in TDZ)
    row(SET_LOCAL_CHECKED, "set_local_checked", R, K);     // v -> v (ReferenceError in TDZ)
    row(INIT_TDZ, "init_tdz", R);                          // -
    row(GET_ENV, "get_env", D, I);                         // -> v
    row(SET_ENV, "set_env", D, I);                         // v -> v
    row(PUT_ENV, "put_env", D, I);                         // v ->
    row(GET_ENV_CHECKED, "get_env_checked", D, I, K);      // -> v
    row(SET_ENV_CHECKED, "set_env_checked", D, I, K);      // v -> v
    row(PUSH_SCOPE, "push_scope", K);                      // - (new environment)
    row(POP_SCOPE, "pop_scope");                           // -
    row(COPY_SCOPE, "copy_scope");                         // - (per-iteration copy)
    row(SAVE_SCOPE, "save_scope", R);                      // - (register := scope)
    row(RESTORE_SCOPE, "restore_scope", R);                // - (scope := register)
    row(GET_GLOBAL, "get_global", K, C);                   // -> v
    row(TYPEOF_GLOBAL, "typeof_global", K, C);             // -> v or undefined
    row(SET_GLOBAL, "set_global", K, C);                   // v -> v
    row(GET_NAME, "get_name", K);                          // -> v
    row(TYPEOF_NAME, "typeof_name", K);                    // -> v or undefined
    row(SET_NAME, "set_name", K);                          // v -> v
    row(DELETE_NAME, "delete_name", K);                    // -> bool
    row(GET_NAME_CALL, "get_name_call", K);                // -> this fn
    row(RESOLVE_NAME, "resolve_name", K);                  // -> ref (a dynamic name's binding, held across an assignment)
    row(GET_REF, "get_ref", K);                            // ref -> ref v
    row(SET_REF, "set_ref", K);                            // ref v -> v
    row(SET_VAR_NAME, "set_var_name", K);                  // v -> v (Annex B.3.2.3: in the variable environment of sloppy eval code)
    row(DECLARE_GLOBALS, "declare_globals", K);            // - (GlobalDeclarationInstantiation)
    row(DECLARE_EVAL, "declare_eval", K);                  // - (EvalDeclarationInstantiation)
    row(GET_FIELD, "get_field", K, C);                     // obj -> v
    row(SET_FIELD, "set_field", K, C);                     // obj v -> v
    row(GET_ELEM, "get_elem");                             // obj key -> v
    row(SET_ELEM, "set_elem");                             // obj key v -> v
    row(DELETE_FIELD, "delete_field", K);                  // obj -> bool
    row(DELETE_ELEM, "delete_elem");                       // obj key -> bool
    row(DEFINE_FIELD, "define_field", K);                  // obj v -> obj
    row(DEFINE_ELEM, "define_elem");                       // obj key v -> obj
    row(DEFINE_ACCESSOR, "define_accessor", I);            // obj key fn -> obj (I: 1 getter, 2 setter; +4 enumerable)
    row(DEFINE_METHOD, "define_method", I);                // obj key fn -> obj (I: 1 enumerable)
    row(SET_PROTO_LITERAL, "set_proto_literal");           // obj v -> obj
    row(COPY_DATA_PROPS, "copy_data_props");               // obj src -> obj
    row(COPY_DATA_PROPS_EXCL, "copy_data_props_excl", N);  // src k1..kn -> obj
    row(SET_FUNCTION_NAME, "set_function_name", I);        // key fn -> key fn (I: 0 plain, 1 get, 2 set)
    row(TO_PROPERTY_KEY, "to_property_key");               // v -> key
    row(GET_SUPER, "get_super");                           // this home key -> v
    row(SET_SUPER, "set_super");                           // this home key v -> v
    row(GET_PRIVATE, "get_private");                       // obj name -> v
    row(SET_PRIVATE, "set_private");                       // obj name v -> v
    row(DEFINE_PRIVATE, "define_private");                 // obj name v -> obj
    row(PRIVATE_IN, "private_in");                         // name obj -> bool
    row(GET_FIELD_OPT, "get_field_opt", K, C);             // obj -> obj v (method load keeps receiver)
    row(CALL, "call", N);                                  // this fn a1..an -> r
    row(CALL_SPREAD, "call_spread");                       // this fn array -> r
    row(NEW, "new", N);                                    // fn a1..an -> obj
    row(NEW_SPREAD, "new_spread");                         // fn array -> obj
    row(SUPER_CALL, "super_call", N);                      // a1..an -> this
    row(SUPER_CALL_SPREAD, "super_call_spread");           // array -> this
    row(CALL_EVAL, "call_eval", N, K);                     // this fn a1..an -> r (direct eval if fn is %eval%)
    row(ADD, "add");
    row(SUB, "sub");
    row(MUL, "mul");
    row(DIV, "div");
    row(MOD, "mod");
    row(EXP, "exp");
    row(BIT_AND, "bit_and");
    row(BIT_OR, "bit_or");
    row(BIT_XOR, "bit_xor");
    row(SHL, "shl");
    row(SAR, "sar");
    row(SHR, "shr");
    row(EQ, "eq");
    row(NE, "ne");
    row(STRICT_EQ, "strict_eq");
    row(STRICT_NE, "strict_ne");
    row(LT, "lt");
    row(GT, "gt");
    row(LE, "le");
    row(GE, "ge");
    row(INSTANCEOF, "instanceof");
    row(IN, "in");
    row(NEG, "neg");
    row(PLUS, "plus");
    row(TO_NUMERIC, "to_numeric");
    row(NOT, "not");
    row(BIT_NOT, "bit_not");
    row(TYPEOF, "typeof");
    row(INC, "inc");
    row(DEC, "dec");
    row(TO_STRING, "to_string");
    row(JUMP, "jump", T);
    row(JUMP_IF_TRUE, "jump_if_true", T);                  // v ->
    row(JUMP_IF_FALSE, "jump_if_false", T);                // v ->
    row(JUMP_IF_TRUE_KEEP, "jump_if_true_keep", T);        // v -> v (jumps) | -> (falls through)
    row(JUMP_IF_FALSE_KEEP, "jump_if_false_keep", T);      // v -> v (jumps) | -> (falls through)
    row(JUMP_IF_NOT_NULLISH_KEEP, "jump_if_not_nullish_keep", T); // v -> v (jumps) | -> (falls through)
    row(JUMP_IF_NULLISH, "jump_if_nullish", T, N);         // v -> v | (pops N, pushes undefined, jumps)
    row(LOOP, "loop", T);                                  // back edge: charges the budget
    row(RETURN, "return");                                 // v ->
    row(THROW, "throw");                                   // v ->
    row(THROW_ERROR, "throw_error", I, K);                 // - (I: Msg ordinal, K: argument)
    row(JUMP_IF_UNDEFINED, "jump_if_undefined", T);        // v -> v (falls through) | -> v (jumps, keeps)
    row(GET_ITERATOR, "get_iterator");                     // obj -> iter next
    row(GET_ASYNC_ITERATOR, "get_async_iterator");         // obj -> iter next
    row(ITER_CALL_NEXT, "iter_call_next");                 // iter next v -> iter next result
    row(ITER_STEP, "iter_step", T);                        // iter next -> iter next value | jumps when done
    row(ITER_CLOSE, "iter_close");                         // iter next ->
    row(ITER_RESULT_DONE, "iter_result_done");             // result -> result bool
    row(ITER_RESULT_VALUE, "iter_result_value");           // result -> value
    row(FOR_IN_START, "for_in_start");                     // obj -> enumerator
    row(FOR_IN_NEXT, "for_in_next", T);                    // enum -> enum key | enum (jumps when done)
    row(ITER_CALL_METHOD, "iter_call_method", K);          // iter next v -> iter next result-or-undefined-marker
    row(NEW_OBJECT, "new_object");                         // -> obj
    row(NEW_ARRAY, "new_array", N);                        // v1..vn -> array
    row(ARRAY_PUSH, "array_push");                         // arr v -> arr
    row(ARRAY_HOLE, "array_hole");                         // arr -> arr
    row(ARRAY_SPREAD, "array_spread");                     // arr iterable -> arr
    row(CLOSURE, "closure", K);                            // -> fn
    row(CREATE_CLASS, "create_class", K);                  // superclass-or-hole -> ctor proto
    row(INIT_CLASS, "init_class", K);                      // ctor proto elems... -> ctor
    row(TEMPLATE_OBJECT, "template_object", K);            // -> array
    row(REGEXP, "regexp", K);                              // -> regexp
    row(CREATE_ARGUMENTS, "create_arguments", K);          // -> arguments (K: int[] slot of each mapped index, or null: unmapped)
    row(CREATE_REST, "create_rest", N);                    // -> array of arguments from N on
    row(NEW_PRIVATE_NAME, "new_private_name", K);          // -> private name
    row(ADD_PRIVATE_BRAND, "add_private_brand");           // obj brand -> obj
    row(THIS, "this");                                     // -> this
    row(CHECK_THIS, "check_this");                         // v -> v (ReferenceError if uninitialized this)
    row(LOAD_FUNCTION, "load_function");                   // -> the running function
    row(LOAD_NEW_TARGET, "load_new_target");               // -> new.target
    row(LOAD_HOME, "load_home");                           // -> the running method's home object
    row(INIT_FIELDS, "init_fields");                       // this -> this (runs the class field initializers)
    row(IMPORT_META, "import_meta");                       // -> import.meta
    row(DYNAMIC_IMPORT, "dynamic_import");                 // specifier options -> promise
    row(GENERATOR_START, "generator_start");               // - (suspends; returns the generator object)
    row(YIELD, "yield");                                   // v -> received (suspends)
    row(AWAIT, "await");                                   // v -> resolved (suspends)
    row(RESUME_MODE, "resume_mode");                       // -> mode (0 next, 1 throw, 2 return)
    row(ASYNC_YIELD_STAR_RESULT, "async_yield_star_result"); // result -> result
    row(DEBUGGER, "debugger");
    row(DISPOSE_RESOURCES, "dispose_resources", I, R);     // type value -> (I 0: disposes R, rethrowing) | -> promise (I 1: async)
    row(ADD_DISPOSABLE, "add_disposable", R, I);           // v -> v (I: 0 sync, 1 async)
    row(CHECK_OBJECT, "check_object", K);                  // v -> v (TypeError unless an object)
    row(TO_OBJECT, "to_object");                           // v -> v (TypeError for null/undefined)
    row(CHECK_CALLABLE, "check_callable", K);              // v -> v
    row(SET_HOME, "set_home");                             // home fn -> home fn
    row(DERIVED_RESULT, "derived_result");                 // v thisBinding -> result of a derived constructor
    row(CALL_METHOD_KEYED, "call_method_keyed");           // obj key -> this fn (method load by computed key)
    row(ITER_CLOSE_THROW, "iter_close_throw");             // iter next -> (IteratorClose for a throw completion)
    row(CHECK_TDZ_INIT, "check_tdz_init");                 // v binding -> v (ReferenceError unless binding is uninitialized)
    row(INIT_GLOBAL_LEXICAL, "init_global_lexical", K);    // v -> v (initializes a global let/const/class)
    row(ITER_NEXT_RESULT, "iter_next_result");             // iter next -> iter next result (next() with no argument)
    row(ENTER_WITH, "enter_with");                         // obj -> (pushes an object environment)
    row(DESTRUCTURE_STEP, "destructure_step", R);          // -> value (R: iterator, R+1: next, R+2: done flag)
    row(DESTRUCTURE_REST, "destructure_rest", R);          // -> array of the remaining values
    row(DESTRUCTURE_CLOSE, "destructure_close", R, I);     // - (IteratorClose unless done; I: 1 for a throw completion)
    row(YIELD_RAW, "yield_raw");                           // result -> received (yield*: hands out the inner result object as is)
    row(GET_THIS_FIELD, "get_this_field", K, C);           // -> this.name (THIS + GET_FIELD fused)
    row(PUT_FIELD, "put_field", K, C);                     // obj v -> (SET_FIELD whose value is unused)
    row(PUT_ELEM, "put_elem");                             // obj key v -> (SET_ELEM whose value is unused)
    row(JUMP_IF_NULLISH_POP, "jump_if_nullish_pop", T);    // v -> (jumps if v is null or undefined)
    row(JUMP_IF_NOT_NULLISH_POP, "jump_if_not_nullish_pop", T); // v -> (jumps unless v is null or undefined)
    row(NEW_DISPOSABLES, "new_disposables", R);            // - (R := a new DisposeCapability)
    row(RETURN_DERIVED, "return_derived");                 // v thisBinding -> (a derived constructor's return: checked in the caller)
    row(GET_IMPORT, "get_import", D, I, K);                // -> value of an import binding (live, TDZ-checked)
    row(KEY_FOR_BASE, "key_for_base");                     // obj key -> obj key' (TypeError for a null/undefined obj, then ToPropertyKey)
    row(JUMP_IF_NOT_LT, "jump_if_not_lt", T);              // a b -> (lt, then jumps if false)
    row(JUMP_IF_NOT_GT, "jump_if_not_gt", T);              // a b -> (gt, then jumps if false)
    row(JUMP_IF_NOT_LE, "jump_if_not_le", T);              // a b -> (le, then jumps if false)
    row(JUMP_IF_NOT_GE, "jump_if_not_ge", T);              // a b -> (ge, then jumps if false)
    row(JUMP_IF_STRICT_EQ, "jump_if_strict_eq", T);        // a b -> (jumps if a === b)
    row(JUMP_IF_NOT_STRICT_EQ, "jump_if_not_strict_eq", T); // a b -> (jumps unless a === b)
    row(JUMP_IF_EQ, "jump_if_eq", T);                      // a b -> (jumps if a == b)
    row(JUMP_IF_NOT_EQ, "jump_if_not_eq", T);              // a b -> (jumps unless a == b)
    row(INC_LOCAL, "inc_local", R);                        // - (R := ToNumeric(R) + 1)
    row(DEC_LOCAL, "dec_local", R);                        // - (R := ToNumeric(R) - 1)
    row(GET_LOCAL_FIELD, "get_local_field", K, C, R);      // -> R.name (GET_LOCAL + GET_FIELD; K, C where get_field has them)
    row(GET_THIS_METHOD, "get_this_method", K, C);         // -> this this.name (THIS + GET_FIELD_OPT)
    row(GET_LOCAL_METHOD, "get_local_method", K, C, R);    // -> R R.name (GET_LOCAL + GET_FIELD_OPT)
    row(RETURN_UNDEFINED, "return_undefined");             // - (UNDEFINED + RETURN)
    for (int i = 0; i < COUNT; i++) {
      if (NAMES[i] == null) {
        NAMES[i] = "op" + i;
        OPERANDS[i] = new Operand[0];
      }
    }
  }

  public static String name(int op) {
    return op >= 0 && op < COUNT ? NAMES[op] : "invalid(" + op + ")";
  }

  /** The operand kinds of {@code op}; its length in ints is this length plus one. */
  public static Operand[] operands(int op) {
    return OPERANDS[op];
  }

  public static int length(int op) {
    return 1 + OPERANDS[op].length;
  }

  /** True for opcodes with a row (not a gap in the numbering). */
  public static boolean isDefined(int op) {
    return op >= 0 && op < COUNT && !NAMES[op].startsWith("op");
  }
}
