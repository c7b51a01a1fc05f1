// A paragraph of thousands of counts and shares in one sentence (an OCR or pdftotext dump; helper-216 #1): the prose
// rules read it in time linear in its length (measured by `npm run bench`, core: "one dense paragraph"), and still
// find a wrong share near its whole. Base: examples/correct-2024.nianbao.md (clean).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, ROOT } from '../helpers.mjs';

const CORRECT = readFileSync(join(ROOT, 'examples/correct-2024.nianbao.md'), 'utf8');

test('a wrong share in a sentence of 3,000 shares is found; the right ones and the 其中 lists are silent', () => {
  // `共受理申请3000件，其中第1类1件，占比0.03%，第2类2件，…`: each share right (k / 3000), but the 10th.
  const items = Array.from({ length: 3000 }, (_, i) => {
    const k = i + 1;
    const pct = k === 10 ? '3.3' : ((k / 3000) * 100).toFixed(2);
    return `第${k}类${k}件，占比${pct}%`;
  });
  const text = `${CORRECT.trimEnd()}\n\n共受理申请3000件，其中${items.join('，')}。\n`;
  assert.ok(text.length > CORRECT.length + 60000);
  const found = core.analyze(text).findings.filter((f) => f.ruleId === 'prose-percent');
  assert.deepEqual(found.map((f) => [f.actual, f.message.includes('10 / 3000')]), [[3.3, true]]);
});

test('a run-on sentence of 2,000 办结 counts and a paragraph of thousands of sentences are read (helper-220 #18, helper-222 #3)', () => {
  // `全年新收政府信息公开申请46件，办结0件，占0.0%，办结1件，占0.1%，…`: each 办结 count read for its scope near it
  // (the reading walked back over every count before it: minutes for this sentence). Those near 新收 are bounded as
  // counts among the new applications; none is fixed.
  const lines = CORRECT.split('\n');
  const runOn = `全年新收政府信息公开申请46件，${Array.from({ length: 2000 }, (_, i) => `办结${i}件，占${(i / 10).toFixed(1)}%`).join('，')}。`;
  const text = lines.map((l, i) => (i === 14 ? runOn : l)).join('\n');
  const table = core.analyze(text).findings.filter((f) => f.ruleId === 'prose-table');
  assert.match(table[0].message, /^正文“办结0件”数的是本年新收申请中办结的申请.*应在 45 到 46 之间/);
  assert.ok(table.every((f) => !f.fix));
  // The same sentence about applications, 3,000 times in one paragraph: each sentence reads back a few sentences only.
  const many = lines.map((l, i) => (i === 14 ? '全年新收政府信息公开申请46件，上年结转2件，办结47件，其中予以公开24件。'.repeat(3000) : l)).join('\n');
  assert.deepEqual(core.analyze(many).findings.filter((f) => f.ruleId.startsWith('prose-')).map((f) => f.message), []);
});

test('10,000 suppression comments between lines of text are read once each (helper-223 #10)', () => {
  // Each comment looked for the table around it through every line of the block: minutes for this text.
  const lines = CORRECT.split('\n');
  const text = [...lines.slice(0, 8), ...Array.from({ length: 10000 }, () => '<!-- nianbao-disable-next-line row-label -->\n文字。'), ...lines.slice(8)].join('\n');
  const found = core.analyze(text, { reportUnusedDisable: true }).findings;
  assert.equal(found.filter((f) => f.ruleId === 'comment-in-table').length, 0);
  assert.equal(found.filter((f) => f.ruleId === 'unused-disable-directive').length, 10000);
});

test('10,000 lines of `（N）…` items in one sentence are read once (helper-226 D)', () => {
  // Each `（` looked for a bracketed list of results after a count and read the whole sentence's numbers: 42 s here.
  const lines = CORRECT.split('\n');
  const items = Array.from({ length: 10000 }, (_, i) => `（${i}）加强组织领导`);
  const text = [...lines.slice(0, 16), ...items, ...lines.slice(16)].join('\n');
  assert.deepEqual(core.analyze(text).findings.filter((f) => f.ruleId.startsWith('prose-')).map((f) => f.message), []);
  // A bracketed list after 办结's count is still read: one that does not add up is said.
  const wrong = lines.map((l, i) => (i === 14 ? '全年新收政府信息公开申请46件，上年结转2件，办结47件（予以公开24件、部分公开6件、不予公开6件、无法提供7件、不予处理3件、其他处理2件）。' : l)).join('\n');
  assert.ok(core.analyze(wrong).findings.some((f) => f.ruleId === 'prose-sum'), core.analyze(wrong).findings.map((f) => f.ruleId).join());
});

test('a run-on sentence of 4,000 `共收到…申请N件，` clauses (brk90 #3): its first phrases are read, a wrong one among them found; a total after 40 or more parts is no list', () => {
  // Each 共 took the sentence up to it again (prose-sum) and each phrase the sentence's words before it (prose-table):
  // 8.6 s for this text, 37 s for twice as many (linear now: `npm run bench`, core, "one run-on sentence").
  const lines = CORRECT.split('\n');
  const clauses = Array.from({ length: 4000 }, (_, i) => `共收到政府信息公开申请${i === 2 ? 40 : 46}件，`).join('');
  const text = lines.map((l, i) => (i === 14 ? clauses : l)).join('\n');
  const table = core.analyze(text).findings.filter((f) => f.ruleId === 'prose-table');
  assert.ok(table.length >= 1, 'the third clause’s 40 against 表三’s 46 new applications');
  assert.ok(table.some((f) => f.actual === 40 && f.expected === 46), JSON.stringify(table.map((f) => [f.actual, f.expected])));
  // `甲甲类1件，甲乙类1件，…，共计42件`: 41 parts before a total are not read as its list; 3 are.
  const STEMS = '甲乙丙丁戊己庚辛壬癸';
  const parts = (n) => Array.from({ length: n }, (_, i) => `${STEMS[Math.floor(i / 10)]}${STEMS[i % 10]}类1件`).join('，');
  const sums = (n) => core.analyze(lines.map((l, i) => (i === 14 ? `${parts(n)}，共计${n + 1}件。` : l)).join('\n')).findings.filter((f) => f.ruleId === 'prose-sum');
  assert.equal(sums(3).length, 1);
  assert.equal(sums(41).length, 0);
});
