// String.prototype methods on plain strings, String objects and coercible receivers.
print("abc".at(-1), "abc".charAt(1), "abc".charCodeAt(2), "\u{1F600}".codePointAt(0)); // expect: c b 99 128512
print("abc".slice(-2), "abcdef".substring(4, 1), "abcdef".substr(-3, 2)); // expect: bc bcd de
print("a-b".concat(1, null), "abc".indexOf("c"), "abcabc".lastIndexOf("b"), "abc".includes("bc")); // expect: a-b1null 2 4 true
print("abc".startsWith("b", 1), "abc".endsWith("b", 2)); // expect: true true
print("  x \n".trim() + "|", "\u00A0y ".trimStart() + "|", " z\uFEFF".trimEnd() + "|"); // expect: x| y |  z|
print(String.prototype.trimLeft === String.prototype.trimStart, String.prototype.trimRight.name); // expect: true trimEnd
print("5".padStart(3, "0"), "ab".padEnd(5, "xy"), "ab".padStart(1, "0")); // expect: 005 abxyx ab
print("ab".repeat(3), "".repeat(1e9).length); // expect: ababab 0
print("İ".toLowerCase().length, "ß".toUpperCase(), "ΑΣ".toLowerCase(), "Σ".toLowerCase()); // expect: 2 SS ας σ
print("\u0041\u030A".normalize() === "\u00C5", "\u00C5".normalize("NFD").length); // expect: true 2
print("a\uD800b".isWellFormed(), "a\uD800b".toWellFormed() === "a\uFFFDb"); // expect: false true
print("a".localeCompare("b"), "\u212B".localeCompare("A\u030A")); // expect: -1 0
print(String.fromCharCode(65, 66, 0x10043), String.fromCodePoint(0x1F600).length, String.raw`a\n${1}b`, String.raw`` === ""); // expect: ABC 2 a\n1b true
print(new String("xy").length, typeof String(Symbol("s")), String(Symbol("s"))); // expect: 2 string Symbol(s)
print("a,b,,c".split(",").length, "abc".split("").join("|"), "abc".split("", 2).join("|")); // expect: 4 a|b|c a|b
print("aXbXc".replaceAll("X", "$&$&"), "abc".replace("b", function (m, p) { return "[" + m + p + "]"; })); // expect: aXXbXXc a[b1]c
print("abc".anchor('"q"'), "t".bold()); // expect: <a name="&quot;q&quot;">abc</a> <b>t</b>
var parts = [];
for (var c of "a\u{1F600}b") parts.push(c.length);
print(parts.join(",")); // expect: 1,2,1
print(String.prototype.charAt.call(12, 0), String.prototype.toString.call(new String("w"))); // expect: 1 w
String.prototype.toString.call({}); // expect-error: TypeError
