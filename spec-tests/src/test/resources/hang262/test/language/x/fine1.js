/*---
description: fine 1
---*/
