// JSON.parse and JSON.stringify: reviver with source text, replacer, gap, toJSON, raw JSON, limits.
print(JSON.stringify({ a: [1, "x", null, true], b: { c: -0 }, d: undefined, e: function () {} })); // expect: {"a":[1,"x",null,true],"b":{"c":0}}
print(JSON.stringify([undefined, Symbol(), NaN, Infinity])); // expect: [null,null,null,null]
print(JSON.stringify(JSON.stringify({ b: 1, a: [2] }, null, 2))); // expect: "{\n  \"b\": 1,\n  \"a\": [\n    2\n  ]\n}"
print(JSON.stringify({ a: 1, b: 2, c: 3 }, ["c", "a"])); // expect: {"c":3,"a":1}
print(JSON.stringify({ a: 1, b: "s" }, function (k, v) { return typeof v === "number" ? v * 10 : v; })); // expect: {"a":10,"b":"s"}
print(JSON.stringify({ toJSON: function (key) { return "key:" + key; } })); // expect: "key:"
print(JSON.stringify("\ud800\udc00\ud800\n\"")); // expect: "𐀀\ud800\n\""
print(JSON.stringify({ big: JSON.rawJSON("12345678901234567890") })); // expect: {"big":12345678901234567890}
print(JSON.isRawJSON(JSON.rawJSON("null")), JSON.isRawJSON({})); // expect: true false
var sources = [];
JSON.parse('{"x": 1.50, "y": ["s", false]}', function (k, v, ctx) { sources.push(k + "=" + ctx.source); return v; });
print(sources.join(" ")); // expect: x=1.50 0="s" 1=false y=undefined =undefined
print(JSON.parse('[1, {"a": 2}]', function (k, v) { return typeof v === "number" ? v + 1 : v; })[1].a); // expect: 3
var cyclic = {}; cyclic.self = cyclic;
try { JSON.stringify(cyclic); } catch (e) { print(e.name); } // expect: TypeError
var deep = []; for (var i = 0, cur = deep; i < 20000; i++) { cur[0] = []; cur = cur[0]; }
try { JSON.stringify(deep); } catch (e) { print(e.name); } // expect: RangeError
var text = ""; for (var i = 0; i < 20000; i++) text += "["; for (var i = 0; i < 20000; i++) text += "]";
print(Array.isArray(JSON.parse(text))); // expect: true
try { JSON.stringify(1n); } catch (e) { print(e.name); } // expect: TypeError
JSON.parse("{'a': 1}"); // expect-error: SyntaxError
