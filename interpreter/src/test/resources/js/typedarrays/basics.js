// Typed arrays: conversions, integer-indexed exotic keys, views over one buffer.
var u8 = new Uint8Array([1, 256, -1, 3.7]);
print(u8.join());                                          // expect: 1,0,255,3
print(new Uint8ClampedArray([300, -5, 1.5, 2.5]).join());  // expect: 255,0,2,2
print(new Int16Array([40000])[0], new Uint32Array([-1])[0]); // expect: -25536 4294967295
print(new Float32Array([0.1])[0] === Math.fround(0.1));    // expect: true
print(new Float16Array([1.337])[0]);                       // expect: 1.3369140625
var big = new BigInt64Array([2n ** 63n]);
print(String(big[0]), String(new BigUint64Array([-1n])[0])); // expect: -9223372036854775808 18446744073709551615
var buf = new ArrayBuffer(8);
var view = new Uint32Array(buf, 4, 1);
view[0] = 0x01020304;
print(new Uint8Array(buf).join());                         // expect: 0,0,0,0,4,3,2,1
print(u8["-0"], u8[10], "1.5" in u8, 10 in u8, 0 in u8);   // expect: undefined undefined false false true
u8[10] = 5;
print(Object.keys(u8).join(), u8.length);                  // expect: 0,1,2,3 4
Object.prototype[7] = "proto";
print(u8[7]);                                              // expect: undefined
delete Object.prototype[7];
print(Object.getOwnPropertyDescriptor(u8, "1").writable, delete u8[0], delete u8[9]); // expect: true false true
print(Object.prototype.toString.call(u8), u8[Symbol.toStringTag]); // expect: [object Uint8Array] Uint8Array
var sub = u8.subarray(1, 3);
sub[0] = 42;
print(u8[1], sub.length, sub.byteOffset);                  // expect: 42 2 1
new Uint8Array(2).set([1, 2, 3]);                          // expect-error: RangeError
