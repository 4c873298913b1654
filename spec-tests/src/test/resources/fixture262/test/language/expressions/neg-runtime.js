/*---
description: a runtime negative test; parse-only must just parse it
negative: {phase: runtime, type: ReferenceError}
flags: [onlyStrict]
---*/
unresolvable;
