type PlayModule = typeof import('../features/play/PlayScreen');

let loading: Promise<PlayModule> | null = null;

/**
 * The play screen's code (with XState), a file of its own: asked for at start on a play address, beside the first
 * reads, and once the first screen is shown on any other, so no tap on a set waits for it. A failed fetch is asked
 * for again next time.
 */
export function loadPlayScreen(): Promise<PlayModule> {
  loading ??= import('../features/play/PlayScreen').catch((error: unknown) => {
    loading = null;
    throw error;
  });
  return loading;
}
