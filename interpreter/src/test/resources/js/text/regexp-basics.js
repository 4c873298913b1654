// RegExp objects: construction, flags, source, exec results, lastIndex rules.
var re = /(\d+)-(?<word>[a-z]+)/dgi;
print(re.flags, re.global, re.hasIndices, re.sticky, re.source); // expect: dgi true true false (\d+)-(?<word>[a-z]+)
var m = re.exec("x 12-AB 3-c");
print(m[0], m[1], m.index, m.groups.word, re.lastIndex, m.indices[2].join(",")); // expect: 12-AB 12 2 AB 7 5,7
m = re.exec("x 12-AB 3-c");
print(m[0], re.lastIndex); // expect: 3-c 11
print(re.exec("x 12-AB 3-c") === null, re.lastIndex); // expect: true 0
print(new RegExp("a/b\n").source, String(new RegExp("")), RegExp.prototype.source); // expect: a\/b\n /(?:)/ (?:)
print(new RegExp(/x/g, "i").flags, RegExp(re) === re, new RegExp(re) === re); // expect: i true false
var sticky = /a/y;
print(sticky.test("ba"), sticky.lastIndex, (sticky.lastIndex = 1, sticky.test("ba"))); // expect: false 0 true
print(/\u{1F600}/u.test("\u{1F600}"), /^.$/u.test("\u{1F600}"), /^.$/.test("\u{1F600}")); // expect: true true false
var dup = /(?<n>a)|(?<n>b)/.exec("b");
print(dup.groups.n, Object.keys(dup.groups).length); // expect: b 1
print(Object.prototype.toString.call(/x/), /x/ instanceof RegExp); // expect: [object RegExp] true
print(RegExp.escape("a.b*c"), RegExp.escape("1x"), RegExp[Symbol.species] === RegExp); // expect: \x61\.b\*c \x31x true
class Sub extends RegExp {}
print(new Sub("q", "g").test("aq"), new Sub("q").constructor === Sub); // expect: true true
try { new RegExp("("); } catch (e) { print(e.name); } // expect: SyntaxError
try { new RegExp("a", "gg"); } catch (e) { print(e.name); } // expect: SyntaxError
var ro = /a/g;
Object.defineProperty(ro, "lastIndex", { writable: false });
ro.exec("b"); // expect-error: TypeError
