function $DONE() {} // fixture doneprintHandle.js
