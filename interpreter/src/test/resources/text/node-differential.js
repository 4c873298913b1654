// Random String and RegExp calls whose results islet and node must agree on; one JSON line each.
// Runs unchanged in both (print is console.log under node). Only features node 20 has, and only
// RegExps without own "exec"/"flags" tricks: node 20 still reads "global" where ES2024+ reads "flags".
var seed = 12345;
function rnd(n) { seed = (seed * 1103515245 + 12345) % 2147483648; return seed % n; }
var alpha = ["a", "b", "c", "-", " ", "\u00e9", "\ud83d\ude00", "\ud83d", "\u03a3", "1", "2", "\n", "A"];
function str(n) { var s = ""; var k = rnd(n); for (var i = 0; i < k; i++) s += alpha[rnd(alpha.length)]; return s; }
var pats = ["a", "a*", "a*?", "(a)|b", "(?<x>b)(c)?", "\\d+", "[abc]+", "", "(?:)", "^a", "c$", "\\s*-\\s*", "(a)(b)?",
  ".", "(?=b)", "\\b", "\u03c3", "[\\s\\S]", "(?<!a)b", "\\p{L}+", "(?<y>.)\\k<y>", "[^a-c]", "a{1,2}?", "\\ud83d"];
var flagsList = ["", "g", "gi", "gu", "y", "gy", "iu", "m", "gs", "gm", "d", "dg"];
var reps = ["$&", "[$1]", "$<x>", "$$", "$`|$'", "x", "$2$1", "$10", "$0", "$<"];
var lines = [];
for (var t = 0; t < 4000; t++) {
  var s = str(14), p = pats[rnd(pats.length)], f = flagsList[rnd(flagsList.length)];
  var r;
  try {
    var re = new RegExp(p, f);
    switch (rnd(8)) {
      case 0: r = s.replace(re, reps[rnd(reps.length)]); break;
      case 1: r = s.split(re, rnd(2) ? undefined : rnd(4)); break;
      case 2: r = s.match(re); break;
      case 3: r = [s.search(re), re.lastIndex]; break;
      case 4: r = f.indexOf("g") >= 0 ? Array.from(s.matchAll(re), function (m) { return [m.index, m[0], m.groups]; }) : null; break;
      case 5: r = s.replace(re, function () { return JSON.stringify(Array.prototype.slice.call(arguments, 0, -1)); }); break;
      case 6: var e = re.exec(s); r = [e, e && e.index, e && e.indices, re.lastIndex]; break;
      case 7: r = [re.test(s), re.lastIndex, re.source, re.flags, String(re)]; break;
    }
  } catch (x) {
    r = "throw " + x.name;
  }
  lines.push(JSON.stringify([t, s, p, f, r]));
}
for (var t = 0; t < 1000; t++) {
  var s = str(12), s2 = str(3);
  lines.push(JSON.stringify([s.toUpperCase(), s.toLowerCase(), s.normalize(["NFC", "NFD", "NFKC", "NFKD"][rnd(4)]),
    s.padStart(rnd(15), s2), s.padEnd(rnd(15), s2), s.indexOf(s2, rnd(5)), s.lastIndexOf(s2, rnd(12)),
    s.slice(rnd(12) - 6, rnd(12) - 6), s.substring(rnd(12), rnd(12)), s.substr(rnd(12) - 6, rnd(5)), s.at(rnd(12) - 6),
    s.codePointAt(rnd(10)), s.charCodeAt(rnd(10)), s.replaceAll(s2, "<$&>"), s.replace(s2, "$'"), s.split(s2, rnd(5)),
    s.trim(), s.trimStart(), s.trimEnd(), s.isWellFormed(), s.toWellFormed(), s.startsWith(s2, rnd(5)),
    s.endsWith(s2, rnd(14)), s.includes(s2), [...s], s.repeat(rnd(3)), s.concat(s2, t), String.raw({ raw: [s, s2, "z"] }, t)]));
}
print(lines.join("\n"));
