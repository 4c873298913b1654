/*---
description: an error while a module evaluates is the runtime phase
flags: [module]
negative:
  phase: runtime
  type: TypeError
---*/
null.x;
