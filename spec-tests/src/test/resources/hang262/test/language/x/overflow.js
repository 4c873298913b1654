/*---
description: the engine overflows its stack on this one
flags: [noStrict]
---*/
@overflow
