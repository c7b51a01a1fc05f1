/**
 * Memory of large documents. Every version of a document that is checked leaves its text, its model and its
 * diagnostics behind for the garbage collector; with a document of several megabytes that is tens of megabytes
 * per keystroke, and V8 lets the old generation grow to a multiple of what is live before it collects (the
 * process reached five times the live size on a 10 MB draft). After a large document's diagnostics are sent, a
 * full collection is run when the heap has grown by more than `COLLECT_AFTER` times the text's length (in bytes:
 * about six copies of its UTF-16 text) since the last one, so the server holds a few versions at a time. Small
 * documents are left to V8. The threshold trades memory for time: on the 10 MB bench draft, a threshold of 3
 * copies (a collection after about every second keystroke) cost 40–75 ms more per keystroke than 6 copies (p50
 * 269–305 against 216–267 ms in three alternating pairs of `npm run bench` runs) for 20 MB less peak RSS (240
 * against 260 MB).
 */
import v8 from 'node:v8';
import vm from 'node:vm';

/** Documents at least this long (UTF-16 units, about 3 MB of UTF-8 Chinese) are large. */
export const LARGE_TEXT = 1_000_000;

let collect: (() => void) | null | undefined;

/** V8's `gc` (exposed for a fresh context, since the server runs without `--expose-gc`), or null. */
function collector(): (() => void) | null {
  if (collect === undefined) {
    try {
      v8.setFlagsFromString('--expose-gc');
      collect = vm.runInNewContext('gc') as () => void;
    } catch {
      collect = null;
    }
  }
  return collect;
}

/** Heap growth (bytes) per UTF-16 unit of the text that triggers a full collection (see above). */
export const COLLECT_AFTER = 12;

let usedAfterLast = 0;

/** Called after a version of a document of `textLength` units was checked and its diagnostics sent. */
export function afterCheck(textLength: number): void {
  if (textLength < LARGE_TEXT) return;
  const used = v8.getHeapStatistics().used_heap_size;
  if (used - usedAfterLast < COLLECT_AFTER * textLength) return;
  const gc = collector();
  if (!gc) return;
  gc();
  usedAfterLast = v8.getHeapStatistics().used_heap_size;
}
