// prose-percent (brk141 #1, #11): a share written right after a list of counts joined by 、 (`予以公开24件、部分公开6件，
// 公开比例达63.8%`) is of the list's counts together, not of the last one; and a share of one item of a 其中 list
// worked out over the previous item (`予以公开24件，占51.1%；部分公开6件，占25%`: 6 / 24) is the writer's mistake, not
// a reading that excuses it, when the previous item's own share fits the stated total.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, ROOT } from '../helpers.mjs';

const EXAMPLE = readFileSync(join(ROOT, 'examples/correct-2024.nianbao.md'), 'utf8');
// Line 15 is the paragraph under （二）依申请公开.
const line15 = (s) => EXAMPLE.split('\n').map((l, i) => (i === 14 ? s : l)).join('\n');
const percents = (text) => core.checkReport(core.parseReport(text)).filter((f) => f.ruleId === 'prose-percent');

test('a share after 予以公开、部分公开 is of their sum: right shares are not findings (brk141 #1)', () => {
  for (const s of [
    '全年办结政府信息公开申请47件，其中予以公开24件、部分公开6件，公开比例达63.8%。',
    '全年办结政府信息公开申请47件，其中予以公开24件、部分公开6件，占比63.8%。',
    '全年办结政府信息公开申请47件，其中予以公开24件、部分公开6件，比例为63.8%。',
    '全年办结政府信息公开申请47件，其中予以公开24件、部分公开6件，公开占比63.8%。',
    '全年新收政府信息公开申请46件，上年结转2件，办结47件，其中予以公开24件、部分公开6件，公开比例为63.8%。',
    '全年新收政府信息公开申请46件，上年结转2件，办结47件，其中予以公开24件和部分公开6件，公开比例为64%。',
  ]) assert.deepEqual(percents(line15(s)).map((f) => f.message), [], s);
});

test('a wrong share of a list is reported against the sum, not the last count (brk141 #1)', () => {
  const found = percents(line15('全年办结政府信息公开申请47件，其中予以公开24件、部分公开6件，公开比例达70%。'));
  assert.equal(found.length, 1);
  assert.equal(found[0].actual, 70);
  assert.equal(found[0].expected, 63.8);
  assert.match(found[0].message, /\(24 \+ 6\) \/ 47 = 63\.8%/);
  // Shares listed with 分别 are still one per count.
  const each = percents(line15('全年办结政府信息公开申请47件，其中予以公开24件、部分公开6件，分别占51.1%、14.9%。'));
  assert.equal(each.length, 1);
  assert.match(each[0].message, /6 \/ 47 = 12\.8%/);
});

test('a share worked out over the previous sibling item, not the stated total, is reported (brk141 #11)', () => {
  const results = percents(line15('全年办结政府信息公开申请47件，其中予以公开24件，占51.1%；部分公开6件，占25%。'));
  assert.equal(results.length, 1);
  assert.match(results[0].message, /25%，但 6 \/ 47 = 12\.8%/);
  const applicants = percents(line15('全年新收政府信息公开申请46件，其中自然人申请40件，占87%；法人或其他组织申请6件，占15%。'));
  assert.equal(applicants.length, 1);
  assert.match(applicants[0].message, /15%，但 6 \/ 46 = 13\.0%/);
  // Right shares of the same sentences are not findings.
  assert.deepEqual(percents(line15('全年办结政府信息公开申请47件，其中予以公开24件，占51.1%；部分公开6件，占12.8%。')), []);
  assert.deepEqual(percents(line15('全年新收政府信息公开申请46件，其中自然人申请40件，占87%；法人或其他组织申请6件，占13%。')), []);
});

test('a share of a part of the previous item (a parent, not a sibling) is still accepted', () => {
  // 40 has no share of its own that fits the total: it may be the whole of the 6 (a breakdown of it).
  assert.deepEqual(percents(line15('全年新收政府信息公开申请46件，其中自然人申请40件，网上申请10件，占25%。')), []);
});
