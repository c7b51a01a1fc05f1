// `nianbao check` over many files on several cores: this thread and worker threads check the files
// (cli/check-file.ts); this thread prints the results in file order. Used only when it pays (many files, more
// than one core) and only for the formats that need nothing but the findings (text, json) without --fix;
// everything else runs in one thread.
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { availableParallelism } from 'node:os';
import { basename, dirname } from 'node:path';
import { parseReport } from '../core/index.js';
import { checkFile, type CheckRun, type FileJob, type FileOutcome } from './check-file.js';
import { previousFinder } from './previous.js';

export type { FileJob } from './check-file.js';

/** At least this many files per thread before worker threads are started (each costs tens of ms to start). */
export const MIN_FILES_PER_WORKER = 48;
/** Worker threads by default only with at least this many cores. */
const MIN_CORES = 4;
/** Never more threads than this by default (checking is CPU-bound; more threads only add memory). */
const MAX_WORKERS = 4;

/** What a worker needs to rebuild the run's shared settings (all plain data). */
export interface WorkerRun {
  options: CheckRun['options'];
  localeGiven: boolean;
  noteLocale: CheckRun['noteLocale'];
  /** `--previous`: the file as given, its absolute path and its text (a model cannot cross threads; each worker parses it). */
  previous: { name: string; absPath: string; text: string } | null;
  reportUnusedDisable: boolean;
  quiet: boolean;
  sayPrevious: boolean;
  cwd: string;
}

/** What a worker sends back for each file: the outcome and the stderr lines it produced, in order. */
interface Done {
  index: number;
  outcome: FileOutcome;
  messages: string;
}

const WORKER_TAG = 'nianbao-check-worker';

/**
 * How many threads to check `files` files on: `requested` (`--jobs N`; 1 = this thread only; at most one per
 * core), else, on 4 or more cores, one per core (up to 4) with at least `MIN_FILES_PER_WORKER` files per thread.
 * Returns 1 for "no workers".
 */
export function threadCount(files: number, requested?: number): number {
  // More threads than cores never helps CPU-bound work; it only costs memory.
  if (requested !== undefined) return Math.max(1, Math.min(requested, files, availableParallelism()));
  // On fewer than 4 cores one thread already keeps them busy (V8 compiles and collects garbage on the others);
  // measured on 2 cores, a second thread cost half again the CPU and more memory without finishing sooner.
  const cores = availableParallelism();
  if (cores < MIN_CORES) return 1;
  return Math.max(1, Math.min(cores, MAX_WORKERS, Math.floor(files / MIN_FILES_PER_WORKER)));
}

/** Files per batch sent to a thread: a folder's files in order (last year's report is usually just before). */
const BATCH_FILES = 16;

/**
 * Checks `jobs` on `threads` threads — this one, with `here` (the run's own state), and `threads − 1` worker
 * threads — and calls `onDone` for each file in `jobs` order (results that come early wait for the ones before
 * them). A batch is up to 16 consecutive files of one folder, so a thread reads a folder's candidates for last
 * year's report once and usually has last year's model at hand. A worker that dies (out of memory, a crash) has
 * its unfinished files checked in this thread instead. Resolves when every file is done.
 */
export async function checkInThreads(jobs: FileJob[], threads: number, run: WorkerRun, here: CheckRun, onDone: (job: FileJob, outcome: FileOutcome, messages: string) => void): Promise<void> {
  const batches: FileJob[][] = [];
  for (const job of jobs) {
    const last = batches[batches.length - 1];
    if (last && last.length < BATCH_FILES && dirname(last[0].abs) === dirname(job.abs)) last.push(job);
    else batches.push([job]);
  }
  const ready = new Map<number, Done>();
  let next = 0;
  const deliver = (d: Done) => {
    ready.set(d.index, d);
    while (next < jobs.length && ready.has(jobs[next].index)) {
      const job = jobs[next++];
      const r = ready.get(job.index)!;
      ready.delete(job.index);
      onDone(job, r.outcome, r.messages);
    }
  };
  /** Checks files in this thread (its stderr lines kept with each file, for order). */
  const checkHere = (pending: FileJob[]) => {
    for (const job of pending) {
      let messages = '';
      deliver({ index: job.index, outcome: checkFile(job, { ...here, err: (s) => { messages += s; } }), messages });
    }
  };
  let queue = 0;
  const workers = Array.from({ length: Math.min(threads - 1, batches.length) }, () => new Promise<void>((resolve) => {
    const worker = new Worker(__filename, { workerData: { tag: WORKER_TAG, run } });
    let current: FileJob[] = [];
    const feed = () => {
      if (queue >= batches.length) {
        current = [];
        void worker.terminate();
        return;
      }
      current = batches[queue++].slice();
      worker.postMessage(current);
    };
    worker.on('message', (d: Done) => {
      current = current.filter((j) => j.index !== d.index);
      deliver(d);
      if (!current.length) feed();
    });
    let settled = false;
    const finish = () => {
      if (settled) return;
      settled = true;
      resolve();
    };
    worker.on('error', () => {
      // The worker is gone: its unfinished files are checked here (the other batches stay in the queue).
      const pending = current;
      current = [];
      checkHere(pending);
      finish();
    });
    worker.on('exit', finish);
    worker.once('online', feed);
  }));
  // This thread takes batches too, one at a time, letting the workers' results in between.
  while (queue < batches.length) {
    checkHere(batches[queue++]);
    await new Promise((r) => setImmediate(r));
  }
  await Promise.all(workers);
}

/** The worker's side: checks each batch of files it is sent and posts one message per file. */
function workerMain(): void {
  const shared = (workerData as { run: WorkerRun }).run;
  // The worker's own run state: its own finder of last year's reports and its own model of --previous.
  const run: CheckRun = {
    options: shared.options,
    localeGiven: shared.localeGiven,
    noteLocale: shared.noteLocale,
    previous: shared.previous ? { name: shared.previous.name, absPath: shared.previous.absPath, report: parseReport(shared.previous.text, { fileName: basename(shared.previous.absPath) }) } : null,
    findPrevious: previousFinder({ cwd: shared.cwd }),
    sayPrevious: shared.sayPrevious,
    reportUnusedDisable: shared.reportUnusedDisable,
    quiet: shared.quiet,
    keepModel: false,
    fix: null,
    err: () => undefined,
  };
  parentPort!.on('message', (batch: FileJob[]) => {
    for (const job of batch) {
      let messages = '';
      run.err = (s) => { messages += s; };
      const outcome = checkFile(job, run);
      parentPort!.postMessage({ index: job.index, outcome, messages } satisfies Done);
    }
  });
}

if (!isMainThread && (workerData as { tag?: string } | null)?.tag === WORKER_TAG) workerMain();
