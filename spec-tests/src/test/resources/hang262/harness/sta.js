function Test262Error() {} // fixture sta.js
