/*---
description: a module test imports a fixture next to it
flags: [module]
---*/
import { y } from './module-dep_FIXTURE.js';
export var x = 1;
assert.sameValue(y, 2);
