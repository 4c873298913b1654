// Generates the data tables of islet's Web APIs as compact text resources:
//   runtime/src/main/resources/dev/islet/runtime/webapi/encoding/encodings.txt
//     the Encoding Standard's encodings, labels and single-byte indexes (text-encoding's copy of the
//     WHATWG indexes; labels added to the standard since then are patched in below)
//   runtime/src/main/resources/dev/islet/runtime/webapi/url/idna.txt
//     the UTS #46 mapping table and the character classes of its validity checks (from tr46 5.0.0:
//     Unicode 15.1, the version of the IDNA tests in ../shared/wpt)
// Usage (from this folder): npm install && node generate.mjs
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const here = path.dirname(fileURLToPath(import.meta.url));
const resources = path.join(here, '..', '..', 'src', 'main', 'resources', 'dev', 'islet', 'runtime', 'webapi');

// ---------------------------------------------------------------- encodings
const encodingSource = fs.readFileSync(require.resolve('text-encoding/lib/encoding.js'), 'utf8');
const start = encodingSource.indexOf('var encodings = [');
const end = encodingSource.indexOf('];', start);
const groups = JSON.parse(encodingSource.slice(start + 'var encodings = '.length, end + 1));
const indexes = require('text-encoding/lib/encoding-indexes.js')['encoding-indexes'];
// Labels the Encoding Standard added after text-encoding 0.7.0 was published.
const addedLabels = {
  'UTF-8': ['unicode11utf8', 'unicode20utf8', 'x-unicode20utf8'],
  'UTF-16BE': ['unicodefffe'],
  'UTF-16LE': ['csunicode', 'iso-10646-ucs-2', 'ucs-2', 'unicode', 'unicodefeff'],
  'replacement': ['replacement'],
};
const encodingLines = ['# name<TAB>labels (space-separated)<TAB>single-byte index: 128 hex code points for 0x80..0xFF, "-" where unmapped'];
for (const g of groups) {
  for (const e of g.encodings) {
    const labels = [...new Set([...e.labels, ...(addedLabels[e.name] ?? [])])].sort();
    const index = g.heading === 'Legacy single-byte encodings' ? indexes[e.name.toLowerCase()] : null;
    const table = index ? index.map((cp) => (cp === null ? '-' : cp.toString(16))).join(' ') : '';
    encodingLines.push(`${e.name}\t${labels.join(' ')}\t${table}`);
  }
}
fs.mkdirSync(path.join(resources, 'encoding'), { recursive: true });
fs.writeFileSync(path.join(resources, 'encoding', 'encodings.txt'), encodingLines.join('\n') + '\n');

// ---------------------------------------------------------------- IDNA (UTS #46)
const mapping = require('tr46/lib/mappingTable.json');
const { STATUS_MAPPING } = require('tr46/lib/statusMapping.js');
const statusLetter = {};
for (const [name, value] of Object.entries(STATUS_MAPPING)) statusLetter[value] = name[0].toUpperCase(); // M V D E(deviation) I
statusLetter[STATUS_MAPPING.deviation] = 'X';
const idnaLines = ['# UTS #46 mapping: start<TAB>end<TAB>status (V valid, M mapped, D disallowed, X deviation, I ignored)<TAB>mapping as hex code points'];
for (const row of mapping) {
  const [lo, hi] = Array.isArray(row[0]) ? row[0] : [row[0], row[0]];
  const status = statusLetter[row[1]];
  if (!status) throw new Error(`unknown status ${row[1]}`);
  const map = row.length > 2 && row[2] !== undefined ? [...row[2]].map((c) => c.codePointAt(0).toString(16)).join(' ') : '';
  idnaLines.push(`${lo.toString(16)}\t${hi.toString(16)}\t${status}\t${map}`);
}

// Character classes of the validity checks, taken from tr46's regular expressions: each class
// becomes the set of code points it matches.
const regexes = require('tr46/lib/regexes.js');
function classesOf(re) {
  const out = [];
  const src = re.source;
  for (let i = 0; i < src.length; i++) {
    if (src[i] === '\\') { i++; continue; }
    if (src[i] === '[') {
      let j = i + 1;
      while (src[j] !== ']') { if (src[j] === '\\') j++; j++; }
      out.push(src.slice(i, j + 1));
      i = j;
    }
  }
  return out;
}
function ranges(classSource) {
  const re = new RegExp(`^${classSource}$`, 'u');
  const result = [];
  let lo = -1;
  for (let cp = 0; cp <= 0x10ffff; cp++) {
    const ok = !(cp >= 0xd800 && cp <= 0xdfff) && re.test(String.fromCodePoint(cp));
    if (ok && lo < 0) lo = cp;
    if (!ok && lo >= 0) { result.push([lo, cp - 1]); lo = -1; }
  }
  if (lo >= 0) result.push([lo, 0x10ffff]);
  return result.map(([a, b]) => (a === b ? a.toString(16) : `${a.toString(16)}-${b.toString(16)}`)).join(' ');
}
const sets = {
  mark: classesOf(regexes.combiningMarks)[0],
  virama: classesOf(regexes.combiningClassVirama)[0],
  zwnjBefore: classesOf(regexes.validZWNJ)[0],
  zwnjTransparent: classesOf(regexes.validZWNJ)[1],
  zwnjAfter: classesOf(regexes.validZWNJ)[3],
  bidiDomain: classesOf(regexes.bidiDomain)[0],
  bidiL: classesOf(regexes.bidiS1LTR)[0],
  bidiRAL: classesOf(regexes.bidiS1RTL)[0],
  bidiRtlAllowed: classesOf(regexes.bidiS2)[0],
  bidiRtlEnd: classesOf(regexes.bidiS3)[0],
  bidiNSM: classesOf(regexes.bidiS3)[1],
  bidiEN: classesOf(regexes.bidiS4EN)[0],
  bidiAN: classesOf(regexes.bidiS4AN)[0],
  bidiLtrAllowed: classesOf(regexes.bidiS5)[0],
  bidiLtrEnd: classesOf(regexes.bidiS6)[0],
};
for (const [name, cls] of Object.entries(sets)) {
  idnaLines.push(`@${name}\t${ranges(cls)}`);
}
fs.mkdirSync(path.join(resources, 'url'), { recursive: true });
fs.writeFileSync(path.join(resources, 'url', 'idna.txt'), idnaLines.join('\n') + '\n');
console.log('wrote encodings.txt and idna.txt');
