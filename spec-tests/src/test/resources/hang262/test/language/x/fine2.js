/*---
description: fine 2
---*/
