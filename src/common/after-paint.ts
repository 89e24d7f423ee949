/**
 * Runs `task` once the next frame has been drawn (a task queued from the next animation frame), or after `wait` ms
 * when no frame comes first (a hidden page draws none).
 */
export function afterNextPaint(task: () => void, wait = 250): void {
  let pending = true;
  const run = () => {
    if (!pending) return;
    pending = false;
    task();
  };
  const fallback = setTimeout(run, wait);
  requestAnimationFrame(() =>
    setTimeout(() => {
      clearTimeout(fallback);
      run();
    }, 0),
  );
}
