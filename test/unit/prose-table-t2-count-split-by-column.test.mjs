// prose-table (brk141 #3): `公开规范性文件5件，其中新制发3件` splits the 5 by 表二's columns itself: the 5 is no one column
// (not 制发, which is the 3 after 其中), so it is not compared with 表二; the part after 其中 still is.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, ROOT } from '../helpers.mjs';

const EXAMPLE = readFileSync(join(ROOT, 'examples/correct-2024.nianbao.md'), 'utf8');
// Line 11 is the paragraph under （一）主动公开 (表二: 行政规范性文件 制发 3, 废止 1, 现行有效 25).
const line11 = (extra) => EXAMPLE.split('\n').map((l, i) => (i === 10 ? l + extra : l)).join('\n');
const tableOf = (text) => core.checkReport(core.parseReport(text)).filter((f) => f.ruleId === 'prose-table');

test('a 表二 count the sentence splits by column after 其中 is not read as one column', () => {
  assert.deepEqual(tableOf(line11('')).map((f) => f.message), []);
  for (const s of ['公开规范性文件5件，其中新制发3件。', '公开规范性文件5件（其中制定3件）。', '公开行政规范性文件28件，其中本年新制发3件、废止1件。']) {
    assert.deepEqual(tableOf(line11(s)).map((f) => f.message), [], s);
  }
});

test('the part after 其中 is still compared, and an unsplit count still read', () => {
  const part = tableOf(line11('公开规范性文件5件，其中新制发4件。'));
  assert.equal(part.length, 1);
  assert.match(part[0].message, /正文“新制发4件”与表二不一致/);
  const whole = tableOf(line11('公开规范性文件6件。'));
  assert.equal(whole.length, 1);
  assert.match(whole[0].message, /正文“规范性文件6件”与表二不一致/);
});
