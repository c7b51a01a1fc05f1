// Texts that once took the checker super-linear time (bench/lib/adversarial.mjs says which report found each: cubic
// prose rules, a regex that backtracked over long lines, one that split a run of `*` in exponentially many ways, …).
// `npm run bench` times them at two sizes; here each, at the bench's smaller size, is checked in a child process with
// a time limit, so that a return of such a slowdown fails the suite instead of hanging it (a synchronous loop cannot
// be stopped by a test's own timeout). No timing is asserted beyond "it ends".
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { core, ROOT } from '../helpers.mjs';
import { ADVERSARIAL } from '../../bench/lib/adversarial.mjs';

const example = readFileSync(join(ROOT, 'examples/errors-2024.nianbao.md'), 'utf8');
/** The rule ids the example report gives alone: the sum and year errors it was written to hold. */
const exampleIds = new Set(core.analyze(example).findings.map((f) => f.ruleId));

for (const c of ADVERSARIAL) {
  test(`${c.name} (${c.sizes[0]} ${c.unitName}) is checked to the end, and the example's own findings stay`, () => {
    const script = `
      const core = require(${JSON.stringify(join(ROOT, 'dist/core.js'))});
      import(${JSON.stringify(pathToFileURL(join(ROOT, 'bench/lib/adversarial.mjs')).href)}).then(({ ADVERSARIAL }) => {
        const c = ADVERSARIAL.find((x) => x.key === ${JSON.stringify(c.key)});
        const example = require('node:fs').readFileSync(${JSON.stringify(join(ROOT, 'examples/errors-2024.nianbao.md'))}, 'utf8');
        const text = c.make(example, c.sizes[0]);
        process.stdout.write(JSON.stringify({ length: text.length, ids: [...new Set(core.analyze(text).findings.map((f) => f.ruleId))] }));
      });`;
    const run = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8', timeout: 120_000, maxBuffer: 1 << 24 });
    assert.equal(run.signal, null, `the check did not end within two minutes`);
    assert.equal(run.status, 0, run.stderr);
    const { length, ids } = JSON.parse(run.stdout);
    assert.ok(length > example.length * 2, 'the text is the example and much more');
    // The sums of the example's tables are still checked beside the added text (the example holds these errors).
    for (const id of ['sum-applicants', 'sum-review']) {
      assert.ok(exampleIds.has(id), `the example gives ${id}`);
      assert.ok(ids.includes(id), `${id}: ${ids.join()}`);
    }
  });
}
