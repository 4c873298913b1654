/*---
description: an assertion that fails
---*/
assert.sameValue(1 + 1, 3, "arithmetic");
