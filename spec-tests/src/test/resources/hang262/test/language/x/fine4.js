/*---
description: fine 4
---*/
