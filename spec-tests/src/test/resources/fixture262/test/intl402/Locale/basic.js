/*---
description: Intl, skipped
---*/
