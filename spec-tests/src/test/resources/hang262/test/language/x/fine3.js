/*---
description: fine 3
---*/
