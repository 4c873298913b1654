/*---
description: uses an Intl feature, skipped
features: [Intl.Locale]
---*/
