/*---
description: a parse negative test; the body must not run
negative:
  phase: parse
  type: SyntaxError
---*/
$DONOTEVALUATE();
var var;
