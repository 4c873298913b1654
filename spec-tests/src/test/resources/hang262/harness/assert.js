var assert = {}; // fixture assert.js
