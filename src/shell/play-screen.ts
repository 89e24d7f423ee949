import { tracked, type Tracked } from '../domain/tracked-promise';

type PlayModule = typeof import('../features/play/PlayScreen');

let loading: Tracked<PlayModule> | null = null;

/**
 * The play screen's code (with XState), a file of its own: asked for at start on a play address, beside the first
 * reads, and once the first screen is shown on any other, so no tap on a set waits for it. Once in, React's `use`
 * renders it at once; a failed fetch is asked for again next time.
 */
export function loadPlayScreen(): Promise<PlayModule> {
  if (!loading) {
    const promise = tracked(import('../features/play/PlayScreen'));
    promise.catch(() => {
      if (loading === promise) loading = null;
    });
    loading = promise;
  }
  return loading;
}
