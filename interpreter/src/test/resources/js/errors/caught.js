try { null.x; } catch (e) { print(e instanceof TypeError, e.message); } // expect: true Cannot read properties of null (reading 'x')
try { undefinedThing; } catch (e) { print(e.name); } // expect: ReferenceError
try { let a = a + 1; } catch (e) { print(e.name); } // expect: ReferenceError
try { const c = 1; c = 2; } catch (e) { print(e.name); } // expect: TypeError
try { throw { custom: 42 }; } catch ({ custom }) { print(custom); } // expect: 42
function deep(n) { return deep(n + 1); }
try { deep(0); } catch (e) { print(e instanceof RangeError); } // expect: true
throw new RangeError("boom"); // expect-error: RangeError: boom
