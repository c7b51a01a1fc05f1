// The language server and the rules that compare with last year's report (brk135 #5): it looked for last year's
// report only while carry-over or stock-flow was on, so with both off (a config) prose-change lost its comparisons
// with last year's table; and its notes on two candidate files named only carry-over and stock-flow. Both now follow
// the rule metadata (`RuleMeta.usesLastYear`). Base: examples/correct-2024.nianbao.md (新收 46) saying `同比增长25%`,
// and last year's report made of it with 新收 40 (15%).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { reportFolder, root, otherFigures } from './client.mjs';

const CORRECT = fs.readFileSync(path.join(root, 'examples/correct-2024.nianbao.md'), 'utf8');
const R1 = '| 一、本年新收政府信息公开申请数量                                         | 40     | 3        | 0        | 1            | 2            | 0    | 46   |';
const LAST = CORRECT.replaceAll('2024', '2023').replace(R1, R1.replace('| 40     |', '| 34     |').replace('| 46   |', '| 40   |'));
const NOW = CORRECT.replace('全年新收政府信息公开申请46件，', '全年新收政府信息公开申请46件，同比增长25%，');
const CONFIG = '{ "rules": { "carry-over": "off", "stock-flow": "off" } }\n';

test('carry-over and stock-flow off: prose-change still compares with last year\'s report beside the document', async () => {
  const s = await reportFolder('last-year-rules', { '.nianbao.jsonc': CONFIG, '2023.md': LAST, '2024.md': NOW });
  try {
    const d = await s.openAndWait(s.uri('2024.md'), NOW);
    const change = d.filter((x) => x.code === 'prose-change');
    assert.equal(change.length, 1, d.map((x) => x.code).join(','));
    assert.match(change[0].message, /上年（2023 年度）报告中为 40/);
    assert.ok(!d.some((x) => x.code === 'carry-over' || x.code === 'stock-flow'));
  } finally {
    await s.close();
  }
});

test('two files that could be last year\'s: the note names every rule that compares with it (zh, en)', async () => {
  for (const [locale, words] of [['zh-cn', '未做跨年度检查（carry-over、stock-flow、content-copied、prose-change 中与上年报告的比较）'], ['en', 'carry-over, stock-flow, content-copied and prose-change\'s comparisons with last year\'s report are not checked']]) {
    const s = await reportFolder('last-year-rules-tied', { '2023.md': LAST, '2023年报.md': otherFigures(LAST), '2024.md': NOW }, { locale });
    try {
      const d = await s.openAndWait(s.uri('2024.md'), NOW);
      const note = d.filter((x) => x.code === 'previous-tied');
      assert.equal(note.length, 1, d.map((x) => x.code).join(','));
      assert.ok(note[0].message.includes(words), note[0].message);
      assert.ok(!d.some((x) => x.code === 'prose-change'));
    } finally {
      await s.close();
    }
  }
});
