/*---
description: an async test
flags: [async]
features:
  - class
---*/
