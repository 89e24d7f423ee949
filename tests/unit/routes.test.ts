import { describe, expect, test } from 'vitest';
import { parseRoute, paths, ROUTES } from '../../src/common/router';
import { isInsideSet } from '../../src/pwa/inside-set';

describe('routes, from one table', () => {
  test('every screen’s path reads back as that screen with the same ids, even ids that need escaping', () => {
    const id = 'set/with spaces&ü';
    for (const screen of Object.keys(ROUTES) as (keyof typeof ROUTES)[]) {
      const path = (paths[screen] as (...ids: string[]) => string)(id);
      const route = parseRoute(path);
      expect(route.screen, path).toBe(screen);
      for (const value of Object.entries(route).filter(([key]) => key !== 'screen').map(([, value]) => value)) expect(value, path).toBe(id);
    }
  });

  test('paths are the addresses users see', () => {
    expect(paths.home()).toBe('/');
    expect(paths.teacherEdit('my-set')).toBe('/teacher/sets/my-set/edit');
    expect(paths.play('a b')).toBe('/play/a%20b');
    expect(paths.classroom()).toBe('/class');
  });

  test('a trailing slash is the same address; anything else is not found', () => {
    expect(parseRoute('/teacher/')).toEqual({ screen: 'teacher' });
    expect(parseRoute('/sets/x/')).toEqual({ screen: 'set', setId: 'x' });
    expect(parseRoute('/sets/x/extra')).toEqual({ screen: 'notFound', path: '/sets/x/extra' });
    expect(parseRoute('/sets/%E0%A4%A')).toEqual({ screen: 'notFound', path: '/sets/%E0%A4%A' });
  });

  test('only the play screen counts as inside a set (where nothing may reload the page)', () => {
    expect(isInsideSet(paths.play('attempt-1'))).toBe(true);
    expect(isInsideSet(paths.summary('attempt-1'))).toBe(false);
    expect(isInsideSet(paths.set('play'))).toBe(false);
    expect(isInsideSet('/play/')).toBe(false);
  });
});
