import { useSyncExternalStore } from 'react';

export type Route =
  | { screen: 'home' }
  | { screen: 'about' }
  | { screen: 'settings' }
  | { screen: 'set'; setId: string }
  | { screen: 'play'; attemptId: string }
  | { screen: 'summary'; attemptId: string }
  | { screen: 'learners' }
  | { screen: 'manageLearners' }
  | { screen: 'progress' }
  | { screen: 'checkUp' }
  | { screen: 'classroom' }
  | { screen: 'teacher' }
  | { screen: 'teacherEdit'; setId: string }
  | { screen: 'teacherPreview'; setId: string }
  | { screen: 'teacherWorksheet'; setId: string }
  | { screen: 'notFound'; path: string };

const patterns: [RegExp, (match: string[]) => Route][] = [
  [/^\/$/, () => ({ screen: 'home' })],
  [/^\/about$/, () => ({ screen: 'about' })],
  [/^\/settings$/, () => ({ screen: 'settings' })],
  [/^\/sets\/([^/]+)$/, ([, setId]) => ({ screen: 'set', setId: decodeURIComponent(setId ?? '') })],
  [/^\/play\/([^/]+)$/, ([, attemptId]) => ({ screen: 'play', attemptId: decodeURIComponent(attemptId ?? '') })],
  [/^\/summary\/([^/]+)$/, ([, attemptId]) => ({ screen: 'summary', attemptId: decodeURIComponent(attemptId ?? '') })],
  [/^\/learners$/, () => ({ screen: 'learners' })],
  [/^\/learners\/manage$/, () => ({ screen: 'manageLearners' })],
  [/^\/progress$/, () => ({ screen: 'progress' })],
  [/^\/check-up$/, () => ({ screen: 'checkUp' })],
  [/^\/class$/, () => ({ screen: 'classroom' })],
  [/^\/teacher$/, () => ({ screen: 'teacher' })],
  [/^\/teacher\/sets\/([^/]+)\/edit$/, ([, setId]) => ({ screen: 'teacherEdit', setId: decodeURIComponent(setId ?? '') })],
  [/^\/teacher\/sets\/([^/]+)\/preview$/, ([, setId]) => ({ screen: 'teacherPreview', setId: decodeURIComponent(setId ?? '') })],
  [/^\/teacher\/sets\/([^/]+)\/worksheet$/, ([, setId]) => ({ screen: 'teacherWorksheet', setId: decodeURIComponent(setId ?? '') })],
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
  teacher: () => '/teacher',
  teacherEdit: (setId: string) => `/teacher/sets/${encodeURIComponent(setId)}/edit`,
  teacherPreview: (setId: string) => `/teacher/sets/${encodeURIComponent(setId)}/preview`,
  teacherWorksheet: (setId: string) => `/teacher/sets/${encodeURIComponent(setId)}/worksheet`,
  home: () => '/',
  about: () => '/about',
  settings: () => '/settings',
  set: (setId: string) => `/sets/${encodeURIComponent(setId)}`,
  play: (attemptId: string) => `/play/${encodeURIComponent(attemptId)}`,
  summary: (attemptId: string) => `/summary/${encodeURIComponent(attemptId)}`,
  learners: () => '/learners',
  manageLearners: () => '/learners/manage',
  progress: () => '/progress',
  checkUp: () => '/check-up',
  classroom: () => '/class',
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
