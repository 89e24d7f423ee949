import { registerSW } from 'virtual:pwa-register';
import { isInsideSet } from './inside-set';
import { updateState } from './update-state';

const UPDATE_CHECK_INTERVAL_MS = 60 * 60 * 1000;

/** A new version took over this page (here or from another tab): reload now, or once the learner leaves the set. */
function reloadForNewVersion(): void {
  if (isInsideSet(window.location.pathname)) updateState.markReloadPending();
  else window.location.reload();
}

/** Registers the service worker; a new version waits until the learner chooses to reload outside a set. */
export function registerServiceWorker(): void {
  if (import.meta.env.DEV || !('serviceWorker' in navigator)) return;
  // The first worker taking control of a first visit changes nothing; any later change is a new version.
  let controlled = navigator.serviceWorker.controller !== null;
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    if (controlled) reloadForNewVersion();
    controlled = true;
  });

  const updateServiceWorker = registerSW({
    immediate: true,
    onNeedRefresh: updateState.markReady,
    onNeedReload: () => {},
    onRegisteredSW: (_url, registration) => {
      if (!registration) return;
      window.setInterval(() => {
        if (navigator.onLine) void registration.update();
      }, UPDATE_CHECK_INTERVAL_MS);
    },
  });
  updateState.setApply(() => updateServiceWorker());
}
