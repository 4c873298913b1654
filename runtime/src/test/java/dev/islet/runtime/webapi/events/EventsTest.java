package dev.islet.runtime.webapi.events;

import static dev.islet.runtime.webapi.WebApiScripts.eval;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EventsTest {
  @Test
  void dispatchRunsCaptureListenersFirstAndHonorsOnce() {
    assertThat(eval("var t = new EventTarget(), log = [];"
        + " t.addEventListener('x', () => log.push('bubble'));"
        + " t.addEventListener('x', () => log.push('capture'), true);"
        + " t.addEventListener('x', {handleEvent(e) { log.push('obj:' + e.eventPhase); }}, {once: true});"
        + " t.dispatchEvent(new Event('x')); t.dispatchEvent(new Event('x')); log.join()"))
        .isEqualTo("capture,bubble,obj:2,capture,bubble");
  }

  @Test
  void preventDefaultNeedsCancelableAndNotPassive() {
    assertThat(eval("var t = new EventTarget(); t.addEventListener('x', e => e.preventDefault());"
        + " [t.dispatchEvent(new Event('x')), t.dispatchEvent(new Event('x', {cancelable: true}))].join()"))
        .isEqualTo("true,false");
    assertThat(eval("var t = new EventTarget(); t.addEventListener('x', e => e.preventDefault(), {passive: true});"
        + " t.dispatchEvent(new Event('x', {cancelable: true}))")).isEqualTo("true");
  }

  @Test
  void dispatchingTwiceOrUninitializedIsAnInvalidStateError() {
    assertThat(eval("var t = new EventTarget(), e = new Event('x'); t.addEventListener('x', () => { try { t.dispatchEvent(e) }"
        + " catch (err) { globalThis.n = err.name } }); t.dispatchEvent(e); n")).isEqualTo("InvalidStateError");
    assertThat(eval("new EventTarget().dispatchEvent({})")).startsWith("ERROR TypeError");
  }

  @Test
  void abortSignalsAbortTheirDependentsAndRemoveListeners() {
    assertThat(eval("var c = new AbortController(), log = [], t = new EventTarget();"
        + " t.addEventListener('x', () => log.push('x'), {signal: c.signal});"
        + " var any = AbortSignal.any([c.signal]); any.onabort = () => log.push('any');"
        + " c.abort('why'); t.dispatchEvent(new Event('x'));"
        + " log.join() + ' ' + any.reason + ' ' + c.signal.aborted")).isEqualTo("any why true");
    assertThat(eval("var s = AbortSignal.abort(); s.reason.name + ' ' + s.reason.code")).isEqualTo("AbortError 20");
    assertThat(eval("AbortSignal.abort(1).throwIfAborted()")).startsWith("ERROR");
    assertThat(eval("new AbortSignal()")).startsWith("ERROR TypeError");
  }

  @Test
  void customEventsCarryDetail() {
    assertThat(eval("var e = new CustomEvent('c', {detail: {n: 1}}); e.detail.n + ' ' + (e instanceof Event) + ' ' + e.isTrusted"))
        .isEqualTo("1 true false");
  }
}
