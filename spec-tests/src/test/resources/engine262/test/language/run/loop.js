/*---
description: never ends; the instruction budget stops it
flags: [noStrict]
---*/
while (true) {}
