/*---
description: the engine throws a Java exception on this
flags: [noStrict]
---*/
@crash
