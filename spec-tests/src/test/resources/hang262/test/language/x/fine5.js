/*---
description: fine 5
---*/
