import { setImmediate as nextTurn } from 'node:timers/promises';

/**
 * Long synchronous work in slices: `await pause()` between units of work gives the event loop a
 * turn once `sliceMs` have passed since the last one, so a bot loading or reloading thousands of
 * articles still acknowledges interactions within Discord's 3 s. Cheap when called often: it only
 * reads the clock.
 */
export const DEFAULT_SLICE_MS = 25;

export function slicer(sliceMs = DEFAULT_SLICE_MS): () => Promise<void> {
  let since = performance.now();
  return async () => {
    if (performance.now() - since < sliceMs) return;
    await nextTurn();
    since = performance.now();
  };
}
