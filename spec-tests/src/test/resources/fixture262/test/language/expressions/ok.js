// Copyright fixture
/*---
description: a positive test that parses in both modes
info: |
  flags: [module]
  negative: this is text, not a key
features: [class, exponentiation]
includes: [compareArray.js]
---*/
var x = 2 ** 3;
