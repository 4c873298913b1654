// Writes interpreter/src/test/resources/dev/islet/regexp/node-matches.jsonl: for each case
// [pattern, flags, input, lastIndex] the match node computes, as [..., expected] where expected is
// null (no match) or the start/end index of every group (-1 for a group that did not participate).
// Cases: the hand-written list below plus seeded random patterns over a small grammar.
// Usage: node node-expectations.mjs   (any node >= 20; only syntax node accepts is kept)
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const out = path.join(here, '..', '..', 'src', 'test', 'resources', 'dev', 'islet', 'regexp', 'node-matches.jsonl');

const handWritten = [
  ['a+b', '', 'xxaaab'], ['(a|ab)(c|bcd)(d*)', '', 'abcd'], ['(?<y>\\d{4})-(?<m>\\d\\d)', '', 'on 2024-05-01'],
  ['^(a+)+$', '', 'aaaa'], ['(?<=\\$)\\d+(\\.\\d*)?', '', 'cost $10.50'], ['(?<!\\$)\\b\\d+', '', '$10 20'],
  ['(a*)*b', '', 'aaab'], ['(a*)?', '', 'b'], ['(a*)+', '', 'b'], ['(z)((a+)?(b+)?(c))*', '', 'zaacbbbcac'],
  ['\\u{1F600}+', 'u', 'x\u{1F600}\u{1F600}'], ['[^a]', 'u', '\u{1F600}'], ['[^a]', '', '\u{1F600}'], ['.', 'u', '\u{1F600}'],
  ['ſ', 'i', 'S'], ['\\w', 'ui', '\u017F'], ['\\W', 'ui', 'S'], ['\\b', 'ui', '\u017F'], ['[\\w-a]', '', '-'],
  ['(?<=(\\d+)(\\d+))$', '', '1053'], ['(?<=\\1(a))b', '', 'aab'], ['a{2,3}?', '', 'aaaa'], ['x*?y', '', 'xxy'],
  ['(?=(a+))a*b\\1', '', 'baaabac'], ['(.*?)a(?!(a+)b\\2c)\\2(.*)', '', 'baaabaac'], ['(a)|b', '', 'b'],
  ['[\\p{L}--[a-z]]+', 'v', 'abcDEF'], ['[\\q{abc|a}]', 'v', 'abc'], ['[[a-z]&&[^aeiou]]+', 'v', 'aebcdi'],
  ['\\p{RGI_Emoji}', 'v', '\u{1F468}\u200D\u{1F469}\u200D\u{1F467}'], ['[\\q{KM}]', 'vi', 'km'], ['\\p{Lu}+', 'u', 'abCDé'],
  ['\\p{Script=Greek}+', 'u', 'abγδε'], ['^.*$', 'm', 'ab\ncd'], ['^.*$', 'ms', 'ab\ncd'], ['a.c', 's', 'a\nc'],
  ['a$', 'm', 'a\nb'], ['^b', 'm', 'a\nb'], ['\\bfoo\\b', '', 'a foo b'], ['\\Boo\\B', '', 'foood'],
  ['(a)\\1', 'i', 'aA'], ['(?<n>a)\\k<n>', '', 'xaa'], ['\\k<n>(?<n>a)', '', 'a'], ['(?:a|b)*c', '', 'ababc'],
  ['\\cJ', '', '\n'], ['\\c', '', '\\c'], ['[\\c]', '', 'c'], ['\\0', '', '\0'], ['\\07', '', '\x07'], ['\\8', '', '8'],
  ['a{', '', 'a{'], ['x{1,}', '', 'xxx'], [']', '', ']'], ['(?=a)*a', '', 'a'], ['[\\d-z]+', '', '1-z'],
  ['\\u0041', '', 'A'], ['\\uD83D\\uDE00', 'u', '\u{1F600}'], ['\\uD83D', 'u', '\u{1F600}'], ['\\uD83D', '', '\u{1F600}'],
  ['^\\S+$', 'u', '\u{1F600}'], ['\\udf06', 'u', '\ud834\udf06'], ['(?<=\\ud834)\\udf06', '', '\ud834\udf06'],
  ['\\d+', 'g', 'a1b22c333', 3], ['\\d+', 'y', 'a1b22c333', 1], ['\\d+', 'y', 'a1b22c333', 2], ['', 'g', 'abc', 3],
  ['(?:)', 'gu', '\u{1F600}', 1], ['a|', 'g', 'xyz', 1], ['[]', '', 'a'], ['[^]', '', '\n'], ['a[^]b', '', 'a\nb'],
  ['(a)|(b)', 'd', 'b'], ['(?<a>.)(?<b>.)', 'd', 'xy'], ['((a)|b)+', '', 'ab'], ['(a|b)*?c', '', 'abc'],
  ['(?:(a)|b)\\1', '', 'b'], ['^(?:(?=(a+))a)*$', '', 'aaa'], ['(?!(a))\\1b', '', 'b'], ['(?<!(a))b', '', 'ab cb'],
  ['(?<=a(?=b)b)c', '', 'abc'], ['(?<=^|,)\\w+', 'g', 'a,bb,ccc', 2], ['σ', 'i', 'Σς'], ['ς', 'ui', 'Σ'],
  ['\u212A', 'i', 'k'], ['\u212A', 'ui', 'k'], ['ß', 'i', 'ẞ'], ['ß', 'ui', 'ẞ'], ['İ', 'i', 'i'], ['ı', 'ui', 'I'],
  ['[a-z]+', 'i', 'ABC'], ['[^a-z]+', 'i', 'ABC123'], ['[\\u0100-\\u017F]+', 'i', 'ĀāſS'], ['\\p{Ll}', 'ui', 'A'],
  ['\\P{Ll}', 'ui', 'a'], ['[^\\P{Ll}]', 'ui', 'A'], ['\\p{Ll}', 'vi', 'A'], ['\\P{Ll}', 'vi', 'a'], ['[^\\P{Ll}]', 'vi', 'A'],
  ['[\\w--\\d]+', 'v', 'ab12_'], ['[\\q{}]', 'v', 'x'], ['[\\q{abc|def|}x]+', 'v', 'defxabc'], ['[^\\q{a}]', 'v', 'b'],
  ['a++', '', 'a'], ['(a{2})*', '', 'aaaaa'], ['(a{1,2}){2}', '', 'aaa'], ['(?:a{0,2}?b)+?', '', 'aabab'],
  ['(?:(?:a)*)*', '', 'aaa'], ['(?:a*?)*?b', '', 'aab'], ['(a?)*?b', '', 'ab'], ['(?:a|())*', '', 'aa'],
  ['(\\2a)(b)?', '', 'ab'], ['(a)(?:\\1)*', '', 'aaaa'], ['\\1(a)', '', 'aa'], ['(?<=(a)\\1)b', '', 'aab'],
];

// Random patterns over a small grammar, inputs over a small alphabet.
let seed = 20240607;
const rnd = (n) => { seed = (seed * 1103515245 + 12345) & 0x7fffffff; return seed % n; };
const pick = (a) => a[rnd(a.length)];
const atoms = ['a', 'b', 'A', '.', '\\d', '\\w', '\\W', '\\s', '[ab]', '[^a]', '[a-c]', '\\b', '\\B', '^', '$', 'ſ', 'k', '\u212A', '😀', '\\n', '(?:)'];
const quants = ['', '', '', '*', '+', '?', '{2}', '{1,3}', '*?', '+?', '??', '{0,2}?'];
function gen(depth, groups) {
  let s = '';
  const n = 1 + rnd(4);
  for (let i = 0; i < n; i++) {
    const r = rnd(10);
    let atom;
    if (depth < 3 && r < 2) atom = '(' + gen(depth + 1, groups) + ')', groups.n++;
    else if (depth < 3 && r === 2) atom = '(?:' + gen(depth + 1, groups) + '|' + gen(depth + 1, groups) + ')';
    else if (depth < 3 && r === 3) atom = pick(['(?=', '(?!', '(?<=', '(?<!']) + gen(depth + 1, groups) + ')';
    else if (r === 4 && groups.n > 0) atom = '\\' + (1 + rnd(groups.n));
    else atom = pick(atoms);
    const q = /^(\^|\$|\\b|\\B|\(\?<[=!])/.test(atom) ? '' : pick(quants);
    s += atom + q;
  }
  return s;
}
const alphabet = ['a', 'a', 'b', 'A', 'B', '1', ' ', '_', '\n', 'ſ', 'S', 's', 'k', 'K', '\u212A', '😀', '\ud83d'];
const cases = handWritten.map((c) => [c[0], c[1], c[2], c[3] ?? 0]);
while (cases.length < 3000) {
  const p = gen(0, { n: 0 });
  const f = pick(['', '', 'i', 'u', 'ui', 'm', 's', 'v', 'vi', 'g', 'y', 'gu']);
  let input = '';
  const len = rnd(9);
  for (let i = 0; i < len; i++) input += pick(alphabet);
  const last = /[gy]/.test(f) ? rnd(input.length + 1) : 0;
  cases.push([p, f, input, last]);
}

const lines = [];
for (const [p, f, input, last] of cases) {
  let re;
  try { re = new RegExp(p, f + 'd'); } catch { continue; }
  re.lastIndex = last;
  const m = re.exec(input);
  const expected = m === null ? null : m.indices.flatMap((r) => (r === undefined ? [-1, -1] : r));
  // V8 moves a lastIndex that splits a surrogate pair back to the pair's start, and may report an
  // empty match inside a pair; the spec (RegExpBuiltinExec, AdvanceStringIndex) does neither.
  const splits = (i) => i > 0 && i < input.length && /[\ud800-\udbff]/.test(input[i - 1]) && /[\udc00-\udfff]/.test(input[i]);
  if (/[uv]/.test(f) && (splits(last) || (m && splits(m.index)))) continue;
  lines.push(JSON.stringify([p, f, input, last, expected]));
}
fs.writeFileSync(out, lines.join('\n') + '\n');
console.log(`wrote ${lines.length} cases to ${out}`);
