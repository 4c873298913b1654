/*---
description: the engine never returns on this one
flags: [noStrict]
---*/
@hang
