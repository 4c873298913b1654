/*---
description: a runtime negative test
negative:
  phase: runtime
  type: ReferenceError
---*/
unresolvableReference;
