print(encodeURIComponent("a b&c/d?\u00e9\u20ac\ud83d\ude00")); // expect: a%20b%26c%2Fd%3F%C3%A9%E2%82%AC%F0%9F%98%80
print(encodeURI("http://x.y/a b?q=1#h")); // expect: http://x.y/a%20b?q=1#h
print(decodeURIComponent("%F0%9F%98%80%C3%A9") === "\ud83d\ude00\u00e9", decodeURI("%23%3B%41")); // expect: true %23%3BA
function uriError(f, s) { try { f(s); return "no error"; } catch (e) { return e.name; } }
print(uriError(decodeURIComponent, "%C0%80")); // expect: URIError
print(uriError(decodeURIComponent, "%ED%A0%80")); // expect: URIError
print(uriError(decodeURIComponent, "%F4%90%80%80")); // expect: URIError
print(uriError(encodeURIComponent, "\ud800")); // expect: URIError
print(uriError(encodeURIComponent, "\udc00x")); // expect: URIError
print(uriError(decodeURIComponent, "%E0%A4%A")); // expect: URIError
print(uriError(decodeURIComponent, "%G0")); // expect: URIError
print(escape("a b\u0100@*"), unescape("%u0100%41%4") === "\u0100A%4", unescape("%zz")); // expect: a%20b%u0100@* true %zz
