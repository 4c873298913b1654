// The Symbol-keyed protocol: match, matchAll, replace (GetSubstitution), search, split.
print("a1b22c333".match(/\d+/g).join(","), "abc".match(/x/g) === null); // expect: 1,22,333 true
print("<2024-05-06>".replace(/(\d+)-(\d+)-(\d+)/, "$3/$2/$1 [$&] $$ $` $'")); // expect: <06/05/2024 [2024-05-06] $ < >>
print("aaa".replace(/a/g, "$0$10"), "abc".replace(/(b)/, "$01$2")); // expect: $0$10$0$10$0$10 ab$2c
print("x-y".replace(/(?<a>x)-(?<b>y)/, "$<b>-$<a>$<zz>|"), "abc".replace(/b/, (m, i, s) => m + i + s)); // expect: y-x| ab1abcc
print("aaaa".replace(/a*?/g, "-"), "\u{1F600}".replace(/(?:)/gu, "-")); // expect: -a-a-a-a- -😀-
print("one two".search(/two/), "one".search(/x/)); // expect: 4 -1
print("a1b2c3".split(/\d/).join("|"), "a1b2".split(/(\d)/).join("|"), "abc".split(/(?:)/).join("|")); // expect: a|b|c| a|1|b|2| a|b|c
print("ab".split(/a*?/).join("|"), "ab".split(/a*/).join("|"), "".split(/x/).length, "".split(/(?:)/).length); // expect: a|b |b 1 0
print("a,b,c".split(/,/, 2).join("|")); // expect: a|b
var it = "a1b2".matchAll(/[a-z](\d)/g);
var r1 = it.next().value, r2 = it.next().value;
print(r1[1], r2[1], it.next().done, Object.prototype.toString.call(it)); // expect: 1 2 true [object RegExp String Iterator]
var calls = 0;
// RegExp.prototype[@@replace] works on any object with exec and flags (per spec it reads "flags", not "global").
var fake = { exec(s) { calls++; return calls > 2 ? null : { 0: "z", index: calls, length: 1 }; }, flags: "g", lastIndex: 0 };
print(RegExp.prototype[Symbol.replace].call(fake, "abcd", "Z"), calls); // expect: aZZd 3
// The direct paths for plain RegExps notice every change to RegExp.prototype's exec and flags.
var o = /o/g;
print("foo".replace(o, "0")); // expect: f00
var originalExec = RegExp.prototype.exec;
RegExp.prototype.exec = function () { return null; };
print("foo".replace(o, "0"), "a-b".split(/-/).length); // expect: foo 1
RegExp.prototype.exec = originalExec;
print("foo".replace(o, "0")); // expect: f00
var flagsDesc = Object.getOwnPropertyDescriptor(RegExp.prototype, "flags");
Object.defineProperty(RegExp.prototype, "flags", { get() { return ""; }, configurable: true });
print("foo".replace(o, "0"), "foo".match(o).length); // expect: f0o 1
Object.defineProperty(RegExp.prototype, "flags", flagsDesc);
o.foo = 1;
print("foo".replace(o, "0")); // expect: f00
print("x".replaceAll(/x/g, "y")); // expect: y
"x".replaceAll(/x/, "y"); // expect-error: TypeError
