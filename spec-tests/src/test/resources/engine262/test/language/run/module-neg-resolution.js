/*---
description: an import of a name the fixture does not export fails at the resolution phase
flags: [module]
negative:
  phase: resolution
  type: SyntaxError
---*/
$DONOTEVALUATE();
import { missing } from './module-dep_FIXTURE.js';
