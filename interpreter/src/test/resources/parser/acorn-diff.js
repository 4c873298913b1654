// Differential check of islet's ESTree JSON against acorn's (ecmaVersion "latest").
// usage: node acorn-diff.js ACORN_DIR MANIFEST
// MANIFEST lines: <json file>\t<source file>\t<script|module>\t<prefix: 0|1 ("use strict";\n prepended)>
// Prints "SKIP <source>" when acorn rejects the file, "DIFF <source>\t<path>\t<acorn>\t<islet>" on a
// mismatch, and a last line "checked N, skipped M, differ K".
'use strict';
const fs = require('fs');
const path = require('path');
const acorn = require(path.join(process.argv[2], 'node_modules', 'acorn'));
const lines = fs.readFileSync(process.argv[3], 'utf8').split('\n').filter(Boolean);

function normalize(key, value) {
  if (key === 'start' || key === 'end' || key === 'loc' || key === 'range') return undefined;
  if (typeof value === 'bigint') return null;
  if (value instanceof RegExp) return null;
  return value;
}

function firstDiff(a, b, where) {
  if (a === b) return null;
  if (typeof a !== typeof b || a === null || b === null || typeof a !== 'object') {
    if (typeof a === 'number' && typeof b === 'number' && Object.is(a, b)) return null;
    return where;
  }
  if (Array.isArray(a) !== Array.isArray(b)) return where;
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const k of keys) {
    const d = firstDiff(a[k], b[k], where + '.' + k + (a.type && k !== 'type' ? '' : ''));
    if (d) return d + (a.type ? ' (in ' + a.type + ')' : '');
  }
  return null;
}

function short(v) {
  const s = JSON.stringify(v);
  return s === undefined ? 'undefined' : s.length > 120 ? s.slice(0, 120) + '…' : s;
}

function get(o, p) {
  for (const k of p.split(' ')[0].split('.').slice(1)) o = o == null ? undefined : o[k];
  return o;
}

let checked = 0, skipped = 0, differ = 0;
for (const line of lines) {
  const [jsonFile, sourceFile, sourceType, prefix] = line.split('\t');
  let text = fs.readFileSync(sourceFile, 'utf8');
  if (prefix === '1') text = '"use strict";\n' + text;
  let theirs;
  try {
    theirs = acorn.parse(text, { ecmaVersion: 'latest', sourceType, allowHashBang: true });
  } catch (e) {
    skipped++;
    console.log('SKIP ' + sourceFile);
    continue;
  }
  theirs = JSON.parse(JSON.stringify(theirs, normalize));
  const ours = JSON.parse(fs.readFileSync(jsonFile, 'utf8'), normalize);
  checked++;
  const d = firstDiff(theirs, ours, '$');
  if (d) {
    differ++;
    console.log('DIFF ' + sourceFile + '\t' + d + '\t' + short(get(theirs, d)) + '\t' + short(get(ours, d)));
  }
}
console.log('checked ' + checked + ', skipped ' + skipped + ', differ ' + differ);
