/*---
description: a parse-phase negative test
negative:
  phase: parse
  type: SyntaxError
---*/
$DONOTEVALUATE();
@syntax-error
