/**
 * The V8 heap settings of the CLI process (not of the language server: there the extra full collections cost about
 * 8 ms of CPU per keystroke on the 10,000-line bench draft; not of the core, which has no Node imports).
 * - Old generation: V8 lets it grow to up to four times what survived the last full collection before it collects
 *   again; the models of reports checked one after another survive a scavenge or two and are promoted, so the heap
 *   grew to several times what is live. A growth of 15% keeps it near the live size (1,000 bench reports: peak RSS
 *   165 → 135 MB at the same speed).
 * - Young generation: its semi-spaces start at 1 MB and V8 doubles them, up to 16 MB each, while much of what is
 *   allocated survives a scavenge (a report's model lives as long as its check). Keeping them at their first size
 *   costs more, smaller scavenges: on the same run peak RSS 135 → 95 MB for 1–3% more time. Node reads the maximum
 *   semi-space size only at start-up, but the growth factor each time it would grow, so the setting works from here.
 * Measured with `npm run bench` (and alternating A/B runs of `nianbao check --format json bench/out/corpus`).
 */
import v8 from 'node:v8';

/** Heap growth after a full collection, in percent of what survived it. */
export const HEAP_GROWING_PERCENT = 15;
/** Growth of the young generation's semi-spaces when they fill (1: they keep their first size). */
export const SEMI_SPACE_GROWTH_FACTOR = 1;

/** Texts at least this long (UTF-16 units; about 3 MB of UTF-8 Chinese) are checked with V8's own heap growth. */
export const LARGE_TEXT = 1_000_000;

let tuned = false;
let tight = false;

function setTight(on: boolean): void {
  if (on === tight) return;
  try {
    // 0: V8's own growth factor (from 1.1 to 4, by how fast it collects); 2: V8's default semi-space growth.
    v8.setFlagsFromString(`--heap-growing-percent=${on ? HEAP_GROWING_PERCENT : 0}`);
    v8.setFlagsFromString(`--semi-space-growth-factor=${on ? SEMI_SPACE_GROWTH_FACTOR : 2}`);
    tight = on;
  } catch {
    // An engine that refuses a flag runs with its defaults.
  }
}

/** Sets V8's heap growth for a long run; call first thing, before the heavy allocation starts. Never throws. */
export function tuneHeapForMemory(): void {
  tuned = true;
  setTight(true);
}

/**
 * Adapts the heap setting to the next text to check (after `tuneHeapForMemory`; otherwise does nothing): a single
 * text of millions of characters keeps a live model of hundreds of megabytes, and with the tight growth V8 would
 * collect it fully every few megabytes of allocation (a 6 MB report took 9 s instead of 4.3 s at the same peak).
 */
export function heapForText(length: number): void {
  if (tuned) setTight(length < LARGE_TEXT);
}
