/*---
description: a module that imports itself gets its own record back
flags: [module]
---*/
import * as self from './module-self.js';
export const a = 1;
assert.sameValue(self.a, 1);
