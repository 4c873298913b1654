/*---
description: fails in strict mode only (assignment to an undeclared name)
---*/
undeclaredName = 1;
