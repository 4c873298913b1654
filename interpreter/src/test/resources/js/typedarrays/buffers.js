// ArrayBuffer (resizable, transfer, detach), SharedArrayBuffer, DataView.
var rab = new ArrayBuffer(4, {maxByteLength: 16});
var tracking = new Uint8Array(rab);
var fixed = new Uint8Array(rab, 0, 4);
rab.resize(8);
print(rab.resizable, tracking.length, fixed.length);       // expect: true 8 4
rab.resize(2);
print(tracking.length, fixed.length, fixed.byteOffset);    // expect: 2 0 0
var moved = rab.transfer();
print(rab.detached, rab.byteLength, moved.byteLength, moved.resizable); // expect: true 0 2 true
print(tracking.length);                                    // expect: 0
var fixedCopy = moved.transferToFixedLength(6);
print(fixedCopy.byteLength, fixedCopy.resizable);          // expect: 6 false
var dv = new DataView(new ArrayBuffer(8));
dv.setUint16(0, 0x1234);
dv.setFloat32(4, 1.5, true);
print(dv.getUint8(0), dv.getUint16(0, true), dv.getFloat32(4, true)); // expect: 18 13330 1.5
dv.setBigInt64(0, -1n);
print(String(dv.getBigUint64(0)));                         // expect: 18446744073709551615
dv.setFloat16(0, 65504);
print(dv.getFloat16(0));                                   // expect: 65504
var sab = new SharedArrayBuffer(4, {maxByteLength: 8});
sab.grow(8);
print(sab.byteLength, sab.growable, new ArrayBuffer(10).slice(2, -2).byteLength); // expect: 8 true 6
print(ArrayBuffer.isView(dv), ArrayBuffer.isView(rab));    // expect: true false
var growable = new ArrayBuffer(4, {maxByteLength: 8});
print(Reflect.preventExtensions(new Uint8Array(growable)), Reflect.preventExtensions(new Uint8Array(4))); // expect: false true
dv.getInt32(6);                                            // expect-error: RangeError
