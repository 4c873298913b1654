/*---
description: raw, runs once unmodified
flags: [raw]
---*/
'use strict'
