/*---
description: includes a harness file that throws
includes: [broken.js]
---*/
