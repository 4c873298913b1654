// Annex B: RegExp.prototype.compile and the legacy static properties (per realm, %RegExp% only).
/(\w)(\w)?@(\w+)/.exec("x ab@cd!");
print(RegExp.$1, RegExp.$2, RegExp.$3, RegExp.lastMatch, RegExp["$&"], RegExp.lastParen); // expect: a b cd ab@cd ab@cd cd
print(RegExp.leftContext, RegExp.rightContext, RegExp.input, RegExp.$_); // expect: x  ! x ab@cd! x ab@cd!
RegExp.input = "changed";
print(RegExp.$_, RegExp.$1); // expect: changed a
var re = /a/g;
print(re.compile("b+", "i") === re, re.source, re.flags, re.lastIndex); // expect: true b+ i 0
class Sub extends RegExp {}
new Sub("(z)").exec("z");
try { RegExp.$1; } catch (e) { print(e.name); } // expect: TypeError
/(q)/.exec("q");
print(RegExp.$1); // expect: q
try { new Sub("a").compile("b"); } catch (e) { print(e.name); } // expect: TypeError
var getter = Object.getOwnPropertyDescriptor(RegExp, "$1").get;
getter.call(Sub); // expect-error: TypeError
