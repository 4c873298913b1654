/*---
description: a proposal test, skipped
features: [class, decorators]
---*/
@dec class C {}
