/**
 * When V8 optimizes our code, for the CLI and the language server (Node only: V8 flags; the core has no Node imports).
 *
 * V8 optimizes a function with TurboFan once it has run for an "interrupt budget" of bytecode, 66 KB by default
 * (`--interrupt-budget=67584` in Node 20). The checker is hundreds of functions, each hot for some shapes of text
 * only (a table layout, a kind of sentence), so with the default much optimized code is thrown away and rebuilt:
 * 2,214 optimizations for the 1,000 bench reports. The compilations run on a second thread and their code and
 * compiler zones take memory. Waiting 16 times longer optimizes only what stays hot (368 optimizations for the same
 * run, counted with `node --trace-opt`):
 * - CLI, 1,000 bench reports: 25–35% less CPU, 5–10% less wall time, a few MB less peak RSS;
 * - language server, 10,000-line draft: 10–15% less server CPU per keystroke (p50 and first open within the noise).
 * Measured with alternating A/B runs of `nianbao check --format json bench/out/corpus` and `node bench/lsp.mjs
 * --only10k`. Unlike the max semi-space size, the budget is read each time a function's budget is reset, so it
 * takes effect when set from here.
 */
import v8 from 'node:v8';

/** V8's default `--interrupt-budget` in Node 20 (bytes of bytecode run). */
export const V8_DEFAULT_BUDGET = 67584;
/** The budget we set: 16 times V8's. */
export const TIER_UP_BUDGET = 16 * V8_DEFAULT_BUDGET;

/** Sets V8's interrupt budget for this process; call first thing. Never throws (a refused flag keeps V8's). */
export function setTierUpBudget(budget: number = TIER_UP_BUDGET): void {
  try {
    v8.setFlagsFromString(`--interrupt-budget=${budget}`);
  } catch {
    // An engine that refuses the flag optimizes as it would.
  }
}
