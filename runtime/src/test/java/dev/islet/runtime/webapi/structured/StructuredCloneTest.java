package dev.islet.runtime.webapi.structured;

import static dev.islet.runtime.webapi.WebApiScripts.eval;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StructuredCloneTest {
  @Test
  void copiesDataKeepingCyclesAndSharedReferences() {
    assertThat(eval("var o = {a: [1, {b: 2}], d: new Date(5), m: new Map([[1, 'x']]), s: new Set(['y'])}; o.self = o; o.twice = [o.a, o.a];"
        + " var c = structuredClone(o);"
        + " [c !== o, c.self === c, c.twice[0] === c.twice[1], c.a[1].b, c.d.getTime(), c.m.get(1), c.s.has('y')].join()"))
        .isEqualTo("true,true,true,2,5,x,true");
    assertThat(eval("var a = [1, , 3]; a.extra = 'e'; var c = structuredClone(a); [c.length, 1 in c, c.extra].join()"))
        .isEqualTo("3,false,e");
  }

  @Test
  void classInstancesBecomePlainObjectsAndErrorsKeepTheirKind() {
    assertThat(eval("class P { constructor() { this.x = 1; } get y() { return 2; } } var c = structuredClone(new P());"
        + " [Object.getPrototypeOf(c) === Object.prototype, c.x, c.y].join()")).isEqualTo("true,1,");
    assertThat(eval("var e = new RangeError('r'); e.foo = 1; var c = structuredClone(e);"
        + " [c instanceof RangeError, c.message, c.foo].join()")).isEqualTo("true,r,");
  }

  @Test
  void functionsSymbolsAndPlatformObjectsAreDataCloneErrors() {
    assertThat(eval("try { structuredClone(() => 1) } catch (e) { e instanceof DOMException && e.name }")).isEqualTo("DataCloneError");
    assertThat(eval("try { structuredClone({s: Symbol()}) } catch (e) { e.name }")).isEqualTo("DataCloneError");
    assertThat(eval("try { structuredClone(new Headers()) } catch (e) { e.name }")).isEqualTo("DataCloneError");
    assertThat(eval("try { structuredClone(new Proxy({}, {})) } catch (e) { e.name }")).isEqualTo("DataCloneError");
    assertThat(eval("structuredClone()")).startsWith("ERROR TypeError");
  }

  @Test
  void transferMovesArrayBuffersAndRefusesTheRest() {
    assertThat(eval("var ab = new Uint8Array([1, 2]).buffer; var v = new Uint8Array(ab);"
        + " var c = structuredClone({ab, v}, {transfer: [ab]});"
        + " [ab.byteLength, ab.detached, c.ab.byteLength, c.v.buffer === c.ab, c.v.join()].join()")).isEqualTo("0,true,2,true,1,2");
    assertThat(eval("var ab = new ArrayBuffer(1); try { structuredClone(1, {transfer: [ab, ab]}) } catch (e) { e.name + ' ' + ab.byteLength }"))
        .isEqualTo("DataCloneError 1");
    assertThat(eval("try { structuredClone(1, {transfer: [{}]}) } catch (e) { e.name }")).isEqualTo("DataCloneError");
    assertThat(eval("var ab = new ArrayBuffer(4); try { structuredClone({f() {}}, {transfer: [ab]}) } catch (e) { e.name + ' ' + ab.byteLength }"))
        .isEqualTo("DataCloneError 4");
  }

  @Test
  void blobsAndFilesCloneWithTheirBytes() {
    assertThat(eval("var f = structuredClone(new File(['ab'], 'n', {type: 'T/x', lastModified: 7}));"
        + " [f instanceof File, f.name, f.type, f.size, f.lastModified].join()")).isEqualTo("true,n,t/x,2,7");
  }

  @Test
  void deepNestingIsACatchableErrorNotACrash() {
    assertThat(eval("var o = {}; for (var i = 0; i < 20000; i++) o = {o}; try { structuredClone(o) } catch (e) { e.name }"))
        .isIn("DataCloneError", "RangeError");
  }
}
