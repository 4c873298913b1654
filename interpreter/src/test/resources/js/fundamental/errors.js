print(Error.isError(new Error()), Error.isError({}), Error.isError(new Proxy(new Error(), {}))); // expect: true false false
class MyErr extends RangeError {}
print(Error.isError(new MyErr()), new MyErr("m").message); // expect: true m
var c = new Error("x", { cause: 0 });
print(c.cause, Object.keys(c).length); // expect: 0 0
var a = new AggregateError([1, 2], "many", { cause: "c" });
print(a.name, a.message, a.errors.length, a.cause); // expect: AggregateError many 2 c
print(Object.getPrototypeOf(AggregateError) === Error, AggregateError.length); // expect: true 2
var s = new SuppressedError("e", "s", "msg");
print(s.name, s.error, s.suppressed, s.message, SuppressedError.length); // expect: SuppressedError e s msg 3
print(String(new TypeError("t"))); // expect: TypeError: t
print(Error.prototype.toString.call({ name: "", message: "only" })); // expect: only
print(Object.prototype.toString.call(new URIError())); // expect: [object Error]
