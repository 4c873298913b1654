// Annex B.3.2: a function declared in a block of sloppy code also gets a var binding, visible from the
// start of the function, assigned when the declaration is evaluated.
(function () {
  print(typeof f);
  f = 1;
  print(f);
  { function f() { return "block"; } }
  print(f());
})();
// expect: undefined
// expect: 1
// expect: block

// No var where one would be an early error: a let in an enclosing block, a destructured catch parameter.
(function () {
  {
    let g = "let";
    { function g() {} }
    print(g);
  }
  print(typeof g);
  try { throw {}; } catch ({ h }) { { function h() {} } }
  print(typeof h);
})();
// expect: let
// expect: undefined
// expect: undefined

// A parameter of the same name keeps its value; so does the arguments object.
(function (p) {
  { function p() {} function arguments() {} }
  print(p, typeof arguments);
})(7);
// expect: 7 object

// Sloppy direct eval: the var goes to the caller's variable environment, past the eval's own blocks,
// even when the function body assigns its own (block) binding.
(function () {
  eval('{ function k() { k = 5; return "k"; } } print(k());');
  print(typeof k);
})();
// expect: k
// expect: function
