import { parseRoute } from '../common/router';

/** A set is running on the play screen; nothing may reload the page there by itself. */
export function isInsideSet(pathname: string): boolean {
  return parseRoute(pathname).screen === 'play';
}
