// breaker50 #11: a section heading spaced out letter by letter (`三、收 到 和 处 理 政 府 信 息 公 开 申 请 情 况`, as pdftotext
// writes a PDF's distributed alignment) was taken for a table row (no two ideographs side by side), and the report got
// a section-missing error asking for a line starting with 三、 — which it was. Titles are compared without white space
// (templates.md §0.2): such a line is the section's heading.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, ROOT } from '../helpers.mjs';

const CORRECT = readFileSync(join(ROOT, 'examples/correct-2024.nianbao.md'), 'utf8');
const spaced = (title, gap) => [...title].join(gap);

test('letter-spaced section headings are the sections: no finding, the same outline', () => {
  const plain = core.parseReport(CORRECT).sections.map((s) => s.heading.canonical);
  for (const gap of [' ', '\u3000', '  ']) {
    const text = CORRECT.replace(/^(## [一二三四五六]、)(.+)$/gm, (_, o, t) => o + spaced(t, gap));
    assert.notEqual(text, CORRECT);
    assert.ok(text.includes(`## 三、${spaced('收到和处理', gap)}`));
    assert.deepEqual(core.parseReport(text).sections.map((s) => s.heading.canonical), plain, JSON.stringify(gap));
    assert.deepEqual(core.analyze(text).findings, [], JSON.stringify(gap));
  }
});

test('a 表三 row label spaced out is still no heading', () => {
  // `二、上年结转…` spaced out inside the table stays a row of the table.
  const text = CORRECT.replace(/^\| 二、上年结转政府信息公开申请数量( +)\|/m, (_, pad) => `| ${spaced('二、上年结转政府信息公开申请数量', ' ')}${pad.slice(15)}|`);
  assert.notEqual(text, CORRECT);
  assert.deepEqual(core.parseReport(text).sections.map((s) => s.heading.title.replace(/\s/g, '')), core.parseReport(CORRECT).sections.map((s) => s.heading.title));
});
