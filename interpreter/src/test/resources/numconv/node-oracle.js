// The node side of NodeDifferentialTest. Usage:
//   node node-oracle.js numbers FILE [detail]  — FILE: one double per line as 16 hex digits
//   node node-oracle.js strings FILE           — FILE: one JSON string per line
// "numbers" prints per double: hex, String(x), then FNV-1a hashes of toFixed(0..100),
// toPrecision(1..100), toExponential(undefined, 0..100) and toString(2..36), whether
// parseFloat(String(x)) reads back x, and the bits of parseFloat(x.toPrecision(25)).
// With "detail" it prints every string instead, one category per line.
'use strict';
const fs = require('fs');
const [mode, file, detail] = process.argv.slice(2);
const lines = fs.readFileSync(file, 'utf8').split('\n').filter((l) => l.length > 0);
const dv = new DataView(new ArrayBuffer(8));
const fromHex = (h) => { dv.setBigUint64(0, BigInt('0x' + h)); return dv.getFloat64(0); };
const toHex = (x) => { dv.setFloat64(0, x); return dv.getBigUint64(0).toString(16).padStart(16, '0'); };
const FNV_OFFSET = 0x811c9dc5 | 0;
function fnv(h, s) {
  for (let i = 0; i < s.length; i++) { h ^= s.charCodeAt(i); h = Math.imul(h, 0x01000193); }
  h ^= 10;
  return Math.imul(h, 0x01000193);
}
const hash = (strings) => (strings.reduce(fnv, FNV_OFFSET) >>> 0).toString(16);
const range = (from, to) => Array.from({ length: to - from + 1 }, (_, i) => from + i);
const out = [];
if (mode === 'numbers') {
  for (const hex of lines) {
    const x = fromHex(hex);
    const fixed = range(0, 100).map((k) => x.toFixed(k));
    const precision = range(1, 100).map((k) => x.toPrecision(k));
    const exponential = [x.toExponential()].concat(range(0, 100).map((k) => x.toExponential(k)));
    const radix = range(2, 36).map((r) => x.toString(r));
    const s = String(x);
    const back = parseFloat(s);
    const roundTrip = back === x || (Number.isNaN(back) && Number.isNaN(x)) ? 1 : 0;
    const p25 = toHex(parseFloat(x.toPrecision(25)));
    if (detail) {
      out.push(hex, s, fixed.join(' '), precision.join(' '), exponential.join(' '), radix.join(' '));
    } else {
      out.push([hex, s, hash(fixed), hash(precision), hash(exponential), hash(radix), roundTrip, p25].join(' '));
    }
  }
} else if (mode === 'strings') {
  for (const line of lines) {
    const s = JSON.parse(line);
    out.push([Number(s), parseFloat(s), parseInt(s), parseInt(s, 16), parseInt(s, 36), parseInt(s, 2), parseInt(s, 8)]
      .map(toHex).join(' '));
  }
}
process.stdout.write(out.join('\n') + '\n');
