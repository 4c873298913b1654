/*---
description: a raw test: no harness, sloppy
flags: [raw]
---*/
if (typeof assert !== "undefined") { throw new Error("raw tests get no harness"); }
