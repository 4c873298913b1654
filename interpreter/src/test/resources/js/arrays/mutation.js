// In-place methods: the dense fast paths and the generic path must agree.
var a = [1, 2, 3, 4, 5];
print(a.splice(1, 2).join(), a.join());                   // expect: 2,3 1,4,5
a.splice(1, 0, "x", "y");
print(a.join(), a.length);                                // expect: 1,x,y,4,5 5
print(a.shift(), a.join());                               // expect: 1 x,y,4,5
print(a.unshift(0, -1), a.join());                        // expect: 6 0,-1,x,y,4,5
print(a.pop(), a.push(7, 8), a.join());                   // expect: 5 7 0,-1,x,y,4,7,8
print(a.reverse().join());                                // expect: 8,7,4,y,x,-1,0
print([1, 2, 3, 4, 5].copyWithin(0, 3).join());           // expect: 4,5,3,4,5
print([1, 2, 3, 4, 5].copyWithin(2, 0, 3).join());        // expect: 1,2,1,2,3
print(new Array(3).fill(0).join(), [1, 2, 3].fill(9, -1).join()); // expect: 0,0,0 1,2,9
var h = [1, , 3];
h.unshift(0);
print(h.length, 2 in h, h.join());                        // expect: 4 false 0,1,,3
var like = {length: 3, 0: "a", 2: "c"};
Array.prototype.reverse.call(like);
print(like[0], 1 in like, like[2]);                       // expect: c false a
Array.prototype.shift.call(like);
print(like.length, like[0], like[1]);                     // expect: 2 undefined a
var frozen = Object.freeze([1, 2]);
try { frozen.push(3); } catch (e) { print(e.constructor === TypeError); } // expect: true
var ro = [];
Object.defineProperty(ro, "length", {writable: false});
try { ro.pop(); } catch (e) { print(e.constructor === TypeError); }       // expect: true
