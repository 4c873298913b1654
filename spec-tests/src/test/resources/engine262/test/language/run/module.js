/*---
description: a module test
flags: [module]
---*/
export var x = 1;
