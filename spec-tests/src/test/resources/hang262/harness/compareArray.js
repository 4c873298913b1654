function compareArray() {} // fixture compareArray.js
