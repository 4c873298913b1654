/*---
description: includes a harness file that does not exist
includes: [nope.js]
---*/
