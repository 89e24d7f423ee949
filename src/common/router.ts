import { useSyncExternalStore } from 'react';

/** Every address of the app, once: `:name` stands for one path segment. `parseRoute` and `paths` both read this table. */
export const ROUTES = {
  home: '/',
  about: '/about',
  settings: '/settings',
  set: '/sets/:setId',
  play: '/play/:attemptId',
  summary: '/summary/:attemptId',
  learners: '/learners',
  manageLearners: '/learners/manage',
  progress: '/progress',
  checkUp: '/check-up',
  classroom: '/class',
  teacher: '/teacher',
  teacherEdit: '/teacher/sets/:setId/edit',
  teacherPreview: '/teacher/sets/:setId/preview',
  teacherWorksheet: '/teacher/sets/:setId/worksheet',
} as const;

type ScreenName = keyof typeof ROUTES;
/** The names of a pattern's segments, in order: '/teacher/sets/:setId/edit' → ['setId']. */
type ParamNames<P extends string> = P extends `${string}:${infer Name}/${infer Rest}`
  ? [Name, ...ParamNames<`/${Rest}`>]
  : P extends `${string}:${infer Name}`
    ? [Name]
    : [];
type AllStrings<T extends unknown[]> = { [I in keyof T]: string };
type ParamArgs<P extends string> = AllStrings<ParamNames<P>>;

export type Route =
  | { [S in ScreenName]: { screen: S } & { [K in ParamNames<(typeof ROUTES)[S]>[number]]: string } }[ScreenName]
  | { screen: 'notFound'; path: string };

const compiled = (Object.entries(ROUTES) as [ScreenName, string][]).map(([screen, pattern]) => {
  const names: string[] = [];
  const source = pattern.replace(/:(\w+)/g, (_, name: string) => {
    names.push(name);
    return '([^/]+)';
  });
  return { screen, names, pattern: new RegExp(`^${source}$`) };
});

export function parseRoute(path: string): Route {
  const clean = path.length > 1 ? path.replace(/\/+$/, '') : path;
  for (const { screen, names, pattern } of compiled) {
    const match = pattern.exec(clean);
    if (!match) continue;
    try {
      return Object.fromEntries([['screen', screen], ...names.map((name, index) => [name, decodeURIComponent(match[index + 1] ?? '')])]) as Route;
    } catch {
      break; // a malformed %-escape is no address of ours
    }
  }
  return { screen: 'notFound', path };
}

/** The path of each screen: `paths.teacherEdit(setId)` → '/teacher/sets/<setId>/edit', each value encoded. */
export const paths = Object.fromEntries(
  (Object.entries(ROUTES) as [ScreenName, string][]).map(([screen, pattern]) => [
    screen,
    (...values: string[]) => {
      let index = 0;
      return pattern.replace(/:\w+/g, () => encodeURIComponent(values[index++] ?? ''));
    },
  ]),
) as { [S in ScreenName]: (...values: ParamArgs<(typeof ROUTES)[S]>) => string };

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
