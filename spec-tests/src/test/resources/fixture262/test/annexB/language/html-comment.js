/*---
description: annex B, sloppy only
flags: [noStrict]
---*/
<!-- an HTML-like comment
