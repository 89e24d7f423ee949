/**
 * Scripts run inside the page, kept as source text: tsx wraps named functions in a `__name`
 * helper that does not exist in the page, so functions cannot be handed to Playwright as they are.
 */

declare global {
  interface Window {
    __fcoVisibleAt?: number;
    __fcoLatency?: Promise<number>;
    __fcoOpened?: Promise<number>;
  }
}

/** Resolves `done` once the frame after the current DOM change has been produced. */
const AFTER_NEXT_FRAME = `function afterNextFrame(done) {
  requestAnimationFrame(function () {
    var channel = new MessageChannel();
    channel.port1.onmessage = done;
    channel.port2.postMessage(null);
  });
}`;

/** Records, from navigation start, when `selector` first matches and the frame after it has been produced. */
export function recordFirstVisible(selector: string): string {
  return `(function () {
  ${AFTER_NEXT_FRAME}
  var observer = new MutationObserver(function () {
    if (!document.querySelector(${JSON.stringify(selector)})) return;
    observer.disconnect();
    afterNextFrame(function () { if (window.__fcoVisibleAt === undefined) window.__fcoVisibleAt = performance.now(); });
  });
  observer.observe(document, { childList: true, subtree: true, characterData: true });
})();`;
}

/** Arms a probe: from the next click's timestamp to the frame after a \`role=status\` element shows text. */
export const ARM_ANSWER_PROBE = `(function () {
  ${AFTER_NEXT_FRAME}
  window.__fcoLatency = new Promise(function (resolve) {
    document.addEventListener('click', function (event) {
      var start = event.timeStamp;
      var done = function () { afterNextFrame(function () { resolve(performance.now() - start); }); };
      var shown = function () {
        return Array.prototype.some.call(document.querySelectorAll('[role="status"]'), function (element) { return element.textContent.trim() !== ''; });
      };
      if (shown()) return done();
      var observer = new MutationObserver(function () {
        if (shown()) { observer.disconnect(); done(); }
      });
      observer.observe(document.body, { childList: true, subtree: true, characterData: true });
    }, { capture: true, once: true });
  });
})();`;

/** Arms a probe: from the next click's timestamp to the frame after `selector` first matches (a screen opened in the app). */
export function armOpenProbe(selector: string): string {
  return `(function () {
  ${AFTER_NEXT_FRAME}
  window.__fcoOpened = new Promise(function (resolve) {
    document.addEventListener('click', function (event) {
      var start = event.timeStamp;
      var observer = new MutationObserver(function () {
        if (!document.querySelector(${JSON.stringify(selector)})) return;
        observer.disconnect();
        afterNextFrame(function () { resolve(performance.now() - start); });
      });
      observer.observe(document.body, { childList: true, subtree: true, characterData: true });
    }, { capture: true, once: true });
  });
})();`;
}
