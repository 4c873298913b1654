/*---
description: a module parse negative test (await is reserved in modules)
flags: [module]
negative:
  phase: parse
  type: SyntaxError
---*/
$DONOTEVALUATE();
var await;
