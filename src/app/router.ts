import { useSyncExternalStore } from 'react';

export type Route =
  | { screen: 'home' }
  | { screen: 'about' }
  | { screen: 'set'; setId: string }
  | { screen: 'play'; attemptId: string }
  | { screen: 'summary'; attemptId: string }
  | { screen: 'notFound'; path: string };

const patterns: [RegExp, (match: string[]) => Route][] = [
  [/^\/$/, () => ({ screen: 'home' })],
  [/^\/about$/, () => ({ screen: 'about' })],
  [/^\/sets\/([^/]+)$/, ([, setId]) => ({ screen: 'set', setId: decodeURIComponent(setId ?? '') })],
  [/^\/play\/([^/]+)$/, ([, attemptId]) => ({ screen: 'play', attemptId: decodeURIComponent(attemptId ?? '') })],
  [/^\/summary\/([^/]+)$/, ([, attemptId]) => ({ screen: 'summary', attemptId: decodeURIComponent(attemptId ?? '') })],
];

export function parseRoute(path: string): Route {
  const clean = path.length > 1 ? path.replace(/\/+$/, '') : path;
  for (const [pattern, build] of patterns) {
    const match = pattern.exec(clean);
    if (match) return build([...match]);
  }
  return { screen: 'notFound', path };
}

export const paths = {
  home: () => '/',
  about: () => '/about',
  set: (setId: string) => `/sets/${encodeURIComponent(setId)}`,
  play: (attemptId: string) => `/play/${encodeURIComponent(attemptId)}`,
  summary: (attemptId: string) => `/summary/${encodeURIComponent(attemptId)}`,
};

const listeners = new Set<() => void>();

function subscribe(listener: () => void) {
  listeners.add(listener);
  window.addEventListener('popstate', listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('popstate', listener);
  };
}

export function navigate(path: string, options: { replace?: boolean } = {}): void {
  if (options.replace) window.history.replaceState(null, '', path);
  else window.history.pushState(null, '', path);
  for (const listener of listeners) listener();
}

export function usePath(): string {
  return useSyncExternalStore(subscribe, () => window.location.pathname);
}
