/*---
description: fails only in strict mode, so the test fails
---*/
@strict-error
