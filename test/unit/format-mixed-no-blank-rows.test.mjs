// format-mixed's block fix never turns warnings into errors (brk105 #5, y4.md): the 第二十条第（一）项 block of a 2021
// report written in the 2019 columns (本年新制作数量 / 本年新公开数量 / 对外公开总数量, row 规范性文件) was replaced by the
// 2021 table with every cell blank (no 2019 column maps onto 本年制发件数 / 本年废止件数 / 现行有效件数), its numbers in a
// comment: the two format-mixed warnings became two row-missing errors (整行空白), by the quick fix and by `--fix`.
// A block is now converted only when every row the old block wrote with numbers keeps one in the new block; else no
// fix, and the message says why and how to redo the block by hand.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { core, ROOT, edit, runCli, rewriteRows, PASTED_ROW } from '../helpers.mjs';

const CORRECT = readFileSync(join(ROOT, 'examples', 'correct-2024.nianbao.md'), 'utf8');
/** y4.md: the example's 第二十条第（一）项 table in the 2019 columns and row name. */
const Y4 = edit(CORRECT, `| 信息内容       | 本年制发件数 | 本年废止件数 | 现行有效件数 |
| -------------- | ------------ | ------------ | ------------ |
| 规章           | 0            | 0            | 0            |
| 行政规范性文件 | 3            | 1            | 25           |`, `| 信息内容 | 本年新制作数量 | 本年新公开数量 | 对外公开总数量 |
| -------- | -------------- | -------------- | -------------- |
| 规章 | 0 | 0 | 0 |
| 规范性文件 | 3 | 3 | 25 |`);
const errors = (text) => core.analyze(text).findings.filter((f) => f.severity === 'error');

test('y4: the 2019-column （一） block gets no fix; both warnings say why; --fix changes nothing and adds no error', async () => {
  const all = core.analyze(Y4).findings;
  // The block lacks the 2021 columns (本年制发件数 …): cell-count's error at its header (brk146 #3), no fix either.
  assert.deepEqual(all.map((f) => `${f.severity} ${f.ruleId}`).sort(), ['error cell-count', 'warning format-mixed', 'warning format-mixed']);
  assert.equal(all.find((f) => f.ruleId === 'cell-count').fix, undefined);
  const found = all.filter((f) => f.ruleId === 'format-mixed');
  for (const f of found) assert.equal(f.fix, undefined, f.message);
  assert.match(found[0].message, /这一块未能自动换成2021年格式的表（2019年格式的列与2021年格式的列没有确定的对应关系，“规章”“规范性文件”行的数在2021年格式的表中都没有确定的位置，换过去这些行会整行空白）：请按2021年格式的“第二十条第（一）项”表（列为“本年制发件数”“本年废止件数”“现行有效件数”）重写这一块，原有的数核对后填入/);
  assert.match(found[1].message, /两种格式的列对应关系不确定，未自动改名：请按2021年格式重填这一块。$/);
  assert.equal(core.fixAll(Y4).text, Y4);
  const dir = mkdtempSync(join(tmpdir(), 'nianbao-y4-'));
  try {
    const file = join(dir, 'y4.md');
    writeFileSync(file, Y4);
    const r = await runCli(['check', '--fix', '--locale', 'zh', file]);
    assert.equal(r.code, 1, r.stdout + r.stderr);
    assert.equal(readFileSync(file, 'utf8'), Y4, 'the file is left as it was');
    assert.deepEqual(errors(readFileSync(file, 'utf8')).map((f) => f.ruleId), ['cell-count']);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

// Every 表二 block of one format pasted into a report of the other, in each layout a clerk pastes in, with numbers:
// where the fix is offered, it leaves no more errors than there were (and no number is lost: they are all in the new
// block or its comment); where it is not, the message says the block could not be converted.
const DRAFTS = { 2021: core.renderNewReport({ format: '2021', year: 2024, agency: '某某市某某局' }), 2019: core.renderNewReport({ format: '2019', year: 2020, agency: '某某市某某局' }) };
const HEADINGS = ['第二十条第（一）项', '第二十条第（五）项', '第二十条第（六）项', '第二十条第（八）项'];
/** The block `heading` of `draft` up to the next heading (or section 三). */
const blockOf = (draft, heading) => {
  const from = draft.indexOf(heading);
  const next = Math.min(...[...HEADINGS, '第二十条第（九）项', '## 三、'].map((h) => draft.indexOf(h, from + 1)).filter((i) => i > from));
  return [from, next];
};
/** The block with each 0 of the draft's rows replaced by a number of its own (101, 102, …). */
const numbered = (block) => { let n = 100; return block.replace(/\| 0(?= )/g, () => `| ${++n}`); };
/** The numbers 101 … 199 of `s`, sorted (the ones `numbered` wrote). */
const ours = (s) => (s.match(/\d+/g) ?? []).filter((n) => n.length === 3 && n.startsWith('1')).sort();

for (const [to, from] of [['2021', '2019'], ['2019', '2021']]) {
  for (const [layout, write] of [['pipe', null], ['tab-separated', PASTED_ROW.tabs], ['space-aligned', PASTED_ROW.spaces]]) {
    test(`a ${from} 表二 block in a ${to} report (${layout}): the fix, where offered, adds no error`, () => {
      for (const heading of HEADINGS) {
        const [a, b] = blockOf(DRAFTS[from], heading);
        let block = numbered(DRAFTS[from].slice(a, b));
        if (write) block = rewriteRows(block, write);
        const [c, d] = blockOf(DRAFTS[to], heading);
        const text = DRAFTS[to].slice(0, c) + block + DRAFTS[to].slice(d);
        const found = core.analyze(text).findings.filter((f) => f.ruleId === 'format-mixed');
        assert.ok(found.length >= 1, `${heading}: ${block}`);
        const fix = found.find((f) => f.fix)?.fix;
        if (!fix) {
          assert.ok(found.some((f) => /未能自动换成/.test(f.message)), found.map((f) => f.message).join('\n'));
          continue;
        }
        const out = core.applyFixes(text, fix.edits).text;
        assert.ok(errors(out).length <= errors(text).length, `${heading}: ${errors(out).map((f) => f.message).join('\n')}`);
        assert.deepEqual(ours(out), ours(text), `${heading}: every number kept`);
      }
    });
  }
}
