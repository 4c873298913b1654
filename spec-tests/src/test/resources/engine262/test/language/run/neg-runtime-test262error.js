/*---
description: a runtime negative test expecting the harness's own error type
negative:
  phase: runtime
  type: Test262Error
---*/
throw new Test262Error("expected");
