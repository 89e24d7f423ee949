import { afterEach, describe, expect, test, vi } from 'vitest';
import { Suspense, type ReactNode } from 'react';
import { act, cleanup, renderHook } from '@testing-library/react';
import { useFirstRead } from '../../src/common/read-ahead';
import { navigate } from '../../src/common/router';

afterEach(cleanup);

const wrapper = ({ children }: { children: ReactNode }) => <Suspense fallback="Loading…">{children}</Suspense>;

describe('a first read made ahead', () => {
  test('is read once for the first render, and not again once the screen is shown: the live query takes over', async () => {
    const read = vi.fn(async () => 'figures');
    let hook!: ReturnType<typeof renderHook<string | undefined, unknown>>;
    await act(async () => {
      hook = renderHook(() => useFirstRead('screen:ana', read), { wrapper });
    });
    expect(hook.result.current).toBe('figures');
    hook.rerender();
    hook.rerender();
    expect(hook.result.current, 'after it is shown, the live query gives the value').toBeUndefined();
    expect(read).toHaveBeenCalledTimes(1);
  });

  test('another visit reads anew, also when the last one left before it was shown', async () => {
    const first = vi.fn(async () => 'old');
    // A visit that left before its screen was shown.
    renderHook(() => useFirstRead('screen:ben', first), { wrapper }).unmount();
    navigate('/about');
    const again = vi.fn(async () => 'new');
    let hook!: ReturnType<typeof renderHook<string | undefined, unknown>>;
    await act(async () => {
      hook = renderHook(() => useFirstRead('screen:ben', again), { wrapper });
    });
    expect(hook.result.current).toBe('new');
    expect(again).toHaveBeenCalledTimes(1);
  });

  test('reads nothing while what it needs is not known (a null key)', () => {
    const read = vi.fn(async () => 'figures');
    const { result } = renderHook(() => useFirstRead(null, read), { wrapper });
    expect(result.current).toBeUndefined();
    expect(read).not.toHaveBeenCalled();
  });
});
