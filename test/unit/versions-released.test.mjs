// An edited draft is read version by version, each from the one before (`parseReport(lines, { previous })`, as the
// language server reads a document at every keystroke). Once a version has been read from and let go
// (`forgetPrevious`), nothing of the new version may keep it alive: a getter on the report held `readReport`'s scope
// with its `options.previous`, so every version kept the one before it, back to the first (about 0.8 MB a keystroke
// on the 10,000-line bench draft, the server's heap at 400 MB after 500 keystrokes).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import v8 from 'node:v8';
import vm from 'node:vm';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { setImmediate as tick } from 'node:timers/promises';
import { core, ROOT } from '../helpers.mjs';

v8.setFlagsFromString('--expose-gc');
const gc = vm.runInNewContext('gc');

const EXAMPLE = readFileSync(join(ROOT, 'examples/correct-2024.nianbao.md'), 'utf8');

test('a version read from and let go is released: the editor does not keep every version of a draft', async () => {
  let lines = EXAMPLE.split('\n');
  const prose = lines.findIndex((l) => l.includes('一、总体情况')) + 2;
  assert.ok(lines[prose].length > 10, lines[prose]);
  // (Read as the language server reads a version: from the lines, with the version before.)
  let previous = core.parseReport(core.LineIndex.fromLines(lines), { previous: null });
  core.checkReport(previous, {});
  const first = new WeakRef(previous);
  const versions = [];
  for (let k = 0; k < 12; k++) {
    lines = lines.slice();
    lines[prose] = k % 2 ? lines[prose].slice(1) : '的' + lines[prose];
    const report = core.parseReport(core.LineIndex.fromLines(lines), { previous });
    core.forgetPrevious(previous);
    core.followOn(report, previous);
    assert.ok(core.checkReport(report, {}).length >= 0);
    core.forgetPrevious(report);
    versions.push(new WeakRef(report));
    previous = report;
  }
  // (A WeakRef's target stays alive to the end of the turn that read it.)
  await tick();
  gc();
  gc();
  assert.equal(first.deref(), undefined, 'the first version is still alive');
  // Every version but the last (`previous`, still held here) is gone too.
  assert.deepEqual(versions.slice(0, -1).map((r) => r.deref() !== undefined), versions.slice(0, -1).map(() => false));
  assert.ok(versions.at(-1).deref());
});

test('the line index of a version let go is released too: the line diff kept for the next version holds it weakly', async () => {
  // `diffLines` remembers the diff of two versions' line indexes; held as a value, the older index was kept alive by
  // the newer one, and each by the next: a long draft's every version of its lines stayed in memory (+45 MB after a
  // dozen keystrokes on the 10 MB bench draft).
  let lines = EXAMPLE.split('\n');
  const prose = lines.findIndex((l) => l.includes('一、总体情况')) + 2;
  let previous = core.parseReport(core.LineIndex.fromLines(lines), { previous: null });
  core.checkReport(previous, {});
  const indexes = [new WeakRef(previous.lines)];
  for (let k = 0; k < 8; k++) {
    lines = lines.slice();
    lines[prose] = k % 2 ? lines[prose].slice(1) : '的' + lines[prose];
    const report = core.parseReport(core.LineIndex.fromLines(lines), { previous });
    core.forgetPrevious(previous);
    core.followOn(report, previous);
    core.checkReport(report, {});
    core.forgetPrevious(report);
    indexes.push(new WeakRef(report.lines));
    previous = report;
  }
  await tick();
  gc();
  gc();
  // Released, not a chain: every version but the last is gone, but for at most two that bounded caches shared across
  // versions may still hold (one or two stay alive here, from run to run: which is GC timing; the chain kept all 8).
  const alive = indexes.slice(0, -1).filter((r) => r.deref() !== undefined).length;
  assert.ok(alive <= 2, `${alive} of ${indexes.length - 1} earlier line indexes alive`);
  assert.equal(indexes[0].deref(), undefined, 'the first version\'s lines are still alive');
  assert.ok(indexes.at(-1).deref());
});
