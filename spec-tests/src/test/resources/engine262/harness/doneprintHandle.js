// test262's doneprintHandle.js protocol: $DONE reports through print.
function $DONE(error) {
  if (error) {
    print('Test262:AsyncTestFailure:' + (error.constructor === Test262Error ? 'Test262Error' : error.name) + ': ' + error.message);
  } else {
    print('Test262:AsyncTestComplete');
  }
}
