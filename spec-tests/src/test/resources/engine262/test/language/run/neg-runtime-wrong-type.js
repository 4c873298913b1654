/*---
description: a runtime negative test that throws the wrong type
negative:
  phase: runtime
  type: TypeError
---*/
unresolvableReference;
