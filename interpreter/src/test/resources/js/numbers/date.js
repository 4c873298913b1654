// Date: construction, parsing, formatting (the local zone is UTC by default), setters.
var d = new Date(2020, 1, 29, 12, 30, 15, 250);
print(d.toISOString(), d.getTime(), d.getDay(), d.getTimezoneOffset()); // expect: 2020-02-29T12:30:15.250Z 1582979415250 6 0
print(d.toString()); // expect: Sat Feb 29 2020 12:30:15 GMT+0000 (Coordinated Universal Time)
print(d.toUTCString(), "|", d.toDateString(), "|", d.toTimeString()); // expect: Sat, 29 Feb 2020 12:30:15 GMT | Sat Feb 29 2020 | 12:30:15 GMT+0000 (Coordinated Universal Time)
print(new Date(99, 0).getFullYear(), new Date(Date.UTC(-1, 0)).toISOString(), new Date(8.64e15 + 1).getTime()); // expect: 1999 -000001-01-01T00:00:00.000Z NaN
print(Date.parse("2000-01-01"), Date.parse("2000-01-01T00:00:00"), Date.parse("2000-01-01T00:00:00+01:00")); // expect: 946684800000 946684800000 946681200000
print(Date.parse(d.toString()) === Math.floor(d.getTime() / 1000) * 1000, Date.parse(d.toUTCString()) === Date.parse(d.toString())); // expect: true true
print(Date.parse("Thu, 01 Jan 1970 00:00:00 GMT"), Date.parse("nonsense"), Date.parse("+275760-09-13T00:00:00.001Z")); // expect: 0 NaN NaN
print(d.setMonth(13), d.getMonth(), d.getFullYear()); // expect: 1614601815250 2 2021
print(d.setHours(25, 0, 0, 0), d.toISOString()); // expect: 1614646800000 2021-03-02T01:00:00.000Z
var bad = new Date(NaN);
print(bad.setDate(1), bad.setFullYear(2000), bad.toISOString()); // expect: NaN 946684800000 2000-01-01T00:00:00.000Z
print(String(new Date(NaN)), new Date(0).toJSON(), String(new Date(NaN).toJSON())); // expect: Invalid Date 1970-01-01T00:00:00.000Z null
try { new Date(NaN).toISOString(); } catch (e) { print(e.name); } // expect: RangeError
print(typeof Date(), typeof Date.now(), new Date(0) + 1 === new Date(0).toString() + "1", +new Date(5)); // expect: string number true 5
print(new Date(0)[Symbol.toPrimitive]("number"), new Date(0).getYear(), new Date(0).toGMTString === new Date(0).toUTCString); // expect: 0 70 true
var y = new Date(0); y.setYear(5);
print(y.getFullYear(), Object.prototype.toString.call(y)); // expect: 1905 [object Date]
try { Date.prototype.getTime.call({}); } catch (e) { print(e.name); } // expect: TypeError
