/*---
description: grows without bound; the heap limit stops it
flags: [noStrict]
---*/
var a = [];
while (true) { a.push({}); }
