/*---
description: a module test
flags:
  - module
---*/
import './dep_FIXTURE.js';
