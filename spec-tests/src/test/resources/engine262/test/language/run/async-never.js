/*---
description: an async test that never calls $DONE
flags: [async]
---*/
new Promise(function () {});
