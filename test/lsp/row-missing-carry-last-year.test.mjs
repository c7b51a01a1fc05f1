// brk150 #1 and #5 in the editor: with last year's report open beside the draft, the quick fix of a blank 表三
// “二、上年结转” row never writes the column sums where they differ from last year's 结转下年度继续办理; where the
// sums decide nothing (结转下年度 blank too), it writes last year's figures.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { reportFolder, root, applyEdits, editsOf } from './client.mjs';

const CORRECT = fs.readFileSync(path.join(root, 'examples/correct-2024.nianbao.md'), 'utf8');
const R1 = '| 一、本年新收政府信息公开申请数量                                         | 40     | 3        | 0        | 1            | 2            | 0    | 46   |';
const R2 = '| 二、上年结转政府信息公开申请数量                                         | 2      | 0        | 0        | 0            | 0            | 0    | 2    |';
const R4 = '| 四、结转下年度继续办理                                                   | 1      | 0        | 0        | 0            | 0            | 0    | 1    |';
const blank = (row) => row.replace(/(\|[^|]*)((\|[^|]*){7}\|)$/, (_, label, cells) => label + cells.replace(/[0-9]/g, ' '));
// (Its 新收 raised with its 结转下年度, so that last year's own 表三 adds up: a table that does not is no ground for a fill, brk166 #1.)
const LAST_YEAR = CORRECT.replaceAll('2024', '2023').replaceAll('2025', '2024').replace(R4, R4.replace('| 1      |', '| 2      |').replace('| 1    |', '| 2    |'))
  .replace(R1, R1.replace('| 40     |', '| 41     |').replace('| 46   |', '| 47   |'));
/** 上年结转 blank and 新收 自然人 39 for 40 (总计 45): the sums say 3, last year says 2. */
const TYPO = CORRECT.replace(R2, blank(R2)).replace(R1, R1.replace('| 40     |', '| 39     |').replace('| 46   |', '| 45   |'));
/** 上年结转 and 结转下年度 both blank: the sums decide neither. */
const BOTH = CORRECT.replace(R2, blank(R2)).replace(R4, blank(R4));
const R2_LINE = CORRECT.split('\n').indexOf(R2);

describe('a blank 上年结转 row with last year\'s report open', () => {
  let s;
  before(async () => {
    assert.notEqual(LAST_YEAR, CORRECT.replaceAll('2024', '2023').replaceAll('2025', '2024'));
    assert.notEqual(TYPO, CORRECT);
    assert.notEqual(BOTH, CORRECT);
    s = await reportFolder('carry-blank', { '某某局2023.md': LAST_YEAR, '某某局2024.md': TYPO, 'both/某某局2023.md': LAST_YEAR, 'both/某某局2024.md': BOTH });
  });
  after(async () => { await s.close(); });

  const actionsAt = async (uri, ds) => {
    const d = ds.filter((x) => x.code === 'row-missing' && x.range.start.line === R2_LINE);
    assert.equal(d.length, 1, ds.map((x) => `${x.range.start.line}:${x.code}`).join(','));
    return { d: d[0], actions: await s.srv.request('textDocument/codeAction', { textDocument: { uri }, range: d[0].range, context: { diagnostics: d } }) };
  };

  test('the sums differ from last year: both said, no action writes 3', async () => {
    await s.openAndWait(s.uri('某某局2023.md'), LAST_YEAR);
    const uri = s.uri('某某局2024.md');
    const ds = await s.openAndWait(uri, TYPO);
    const { d, actions } = await actionsAt(uri, ds);
    assert.match(d.message, /按各列合计，这一行应为 自然人 3、.*而上一年度报告（2023年）的“四、结转下年度继续办理”为 自然人 2/);
    assert.ok(d.relatedInformation?.some((r) => r.location.uri === s.uri('某某局2023.md')), JSON.stringify(d.relatedInformation));
    assert.ok(!actions.some((a) => /填入/.test(a.title)), actions.map((a) => a.title).join(' / '));
    assert.deepEqual(ds.filter((x) => x.code === 'carry-over'), []);
  });

  test('结转下年度 blank too: the quick fix writes last year\'s 2、0、0、0、0、0、2', async () => {
    await s.openAndWait(s.uri('both/某某局2023.md'), LAST_YEAR);
    const uri = s.uri('both/某某局2024.md');
    const ds = await s.openAndWait(uri, BOTH);
    const { actions } = await actionsAt(uri, ds);
    const fix = actions.find((a) => /上一年度/.test(a.title));
    assert.ok(fix, actions.map((a) => a.title).join(' / '));
    assert.match(fix.title, /填入 2、0、0、0、0、0、2/);
    const fixed = applyEdits(BOTH, editsOf(fix, uri));
    assert.equal(fixed.split('\n')[R2_LINE], R2);
  });
});
