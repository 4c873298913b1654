// Run by DateNodeDifferentialTest in node (TZ=zone) and in islet (Isolate.setTimeZone(zone)):
// every line printed must be the same. Local times stay within 1990..2037, where the JDK's and
// ICU's zone names agree; UTC-only outputs cover the whole time value range.
var seed = 20240331;
function random() { seed = (seed * 48271) % 2147483647; return seed / 2147483647; }
var lo = Date.UTC(1990, 0, 1), hi = Date.UTC(2037, 11, 31);
var times = [1e12, 1711846800000, 1711846799999, 1729990800000, 1729994399999, 1552204800000, 1572764400000,
  Date.UTC(2024, 2, 10, 7), Date.UTC(2024, 10, 3, 6), Date.UTC(2024, 3, 6, 16), Date.UTC(2024, 9, 5, 15, 30)];
for (var i = 0; i < 300; i++) times.push(Math.floor(lo + random() * (hi - lo)));
for (var t of times) {
  var d = new Date(t);
  print([t, d.toString(), d.toDateString(), d.toTimeString(), d.getTimezoneOffset(), d.getFullYear(), d.getMonth(),
    d.getDate(), d.getDay(), d.getHours(), d.getMinutes(), d.getSeconds(), d.getMilliseconds(), d.getYear()].join("|"));
  var e = new Date(t);
  print([e.setHours(2, 30), e.setDate(31), e.setMonth(1), e.setFullYear(2021), e.setMinutes(-1), e.setSeconds(3600),
    e.setMilliseconds(-1), e.setYear(99), String(e)].join("|"));
}
var wide = [8.64e15, -8.64e15, -62198755200000, 253402300800000, -1e14, 1e14, -2208988800000, 951782400000];
for (var i = 0; i < 200; i++) wide.push(Math.floor((random() * 2 - 1) * 8.64e15));
for (var t of wide) {
  var d = new Date(t);
  print([t, d.toISOString(), d.toUTCString(), d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate(), d.getUTCDay(),
    d.getUTCHours(), d.getUTCMinutes(), d.getUTCSeconds(), d.getUTCMilliseconds(), Date.parse(d.toISOString()),
    // V8 cannot read back negative years (NaN); islet can, as the spec's round trip asks.
    d.getUTCFullYear() >= 0 ? Date.parse(d.toUTCString()) : "-"].join("|"));
}
var components = [[2024, 2, 31, 2, 30], [2024, 2, 10, 2, 30], [2024, 9, 27, 2, 30], [2024, 10, 3, 1, 30], [2024, 3, 7, 2, 15],
  [2024, 9, 6, 2, 15], [1999, 11, 31, 23, 59, 59, 999], [2000, 0, 1], [2000, 1, 29, 24], [2010, 13, 40, -5, 70, 3600, -1],
  [99, 0], [0, 0], [-1, 0], [2037, 11, 31, 23, 59]];
for (var c of components) {
  var d = new Date(...c);
  print(c.join(",") + " -> " + d.getTime() + " | " + Date.UTC(...c));
}
var strings = ["2000-01-01", "2000-01-01T00:00", "2000-01-01T00:00:00.000", "2024-03-31T02:30", "2024-10-27T02:30",
  "2024-03-10T02:30:00", "2024-11-03T01:30:00", "2024-03-10T02:30:00Z", "2000-01-01T00:00+05:30", "Jan 1 2000",
  "January 1, 2000 10:00 PM", "1/2/2000", "2000/01/02 03:04:05", "Sat, 01 Jan 2000 00:00:00 GMT", "Sat, 01 Jan 2000 00:00:00 +0100",
  "Sat Jan 01 2000 00:00:00 GMT+0100 (Central European Standard Time)", "Mar 31 2024 02:30", "Oct 27 2024 02:30",
  "Jan 1 2000 10:00 EST", "Jan 1 2000 10:00 PDT", "2 January 2000", "2000-01-01T10:00:00.123456Z", " 2000-01-01 ",
  "Thu, 01 Jan 1970 00:00:00 GMT-0000", "2000", "2000-02", "+002000-01-01T00:00:00Z", "junk", ""];
for (var s of strings) print(JSON.stringify(s) + " -> " + Date.parse(s) + " | " + new Date(s).getTime());
