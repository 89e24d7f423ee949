import { useSyncExternalStore } from 'react';

export interface UpdateState {
  /** A new version is installed and waits for the learner's go-ahead. */
  ready: boolean;
  /** Another tab applied the new version; this tab reloads once it is outside a set. */
  reloadPending: boolean;
}

let state: UpdateState = { ready: false, reloadPending: false };
let apply: () => Promise<void> = async () => {};
const listeners = new Set<() => void>();

function set(next: Partial<UpdateState>): void {
  state = { ...state, ...next };
  for (const listener of listeners) listener();
}

export const updateState = {
  markReady: () => set({ ready: true }),
  markReloadPending: () => set({ reloadPending: true }),
  setApply: (applyUpdate: () => Promise<void>) => {
    apply = applyUpdate;
  },
  /** Activates the waiting version; the page reloads once it controls the page. */
  apply: () => apply(),
  get: () => state,
  subscribe: (listener: () => void) => {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
};

export function useUpdateState(): UpdateState {
  return useSyncExternalStore(updateState.subscribe, updateState.get);
}
