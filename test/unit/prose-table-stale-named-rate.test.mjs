// prose-table (brk141 #2): a count followed by a named rate worked out from it (`予以公开25件，予以公开率53.2%`,
// `办结46件，办结率95.8%`, `予以公开和部分公开31件，公开率66%`) is not fixed alone: the rate would be left wrong, a new
// prose-percent finding. Said, with what the rate ought to be, as for a share right after it (`占53.2%`).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, ROOT } from '../helpers.mjs';

const EXAMPLE = readFileSync(join(ROOT, 'examples/correct-2024.nianbao.md'), 'utf8');
const line15 = (s) => EXAMPLE.split('\n').map((l, i) => (i === 14 ? s : l)).join('\n');
const tableOf = (text) => core.checkReport(core.parseReport(text)).filter((f) => f.ruleId === 'prose-table');

test('a count with a named rate worked out from it is said, not fixed (brk141 #2)', () => {
  for (const [s, written, fixed, ratio] of [
    ['全年新收政府信息公开申请46件，上年结转2件，办结47件，其中予以公开25件，予以公开率53.2%。', '53.2%', '51.1%', '25 / 47'],
    ['全年新收政府信息公开申请46件，上年结转2件，办结47件，其中予以公开25件，公开率为53.2%。', '53.2%', '51.1%', '25 / 47'],
    ['全年新收政府信息公开申请46件，上年结转2件，办结47件，其中部分公开7件，部分公开率14.9%。', '14.9%', '12.8%', '7 / 47'],
    ['全年共受理政府信息公开申请48件（含上年结转2件），共办结46件，办结率95.8%。', '95.8%', '97.9%', '46 / 48'],
    ['全年新收政府信息公开申请46件，上年结转2件，共办结47件，其中不予公开7件，不予公开率14.9%。', '14.9%', '12.8%', '7 / 47'],
    ['全年新收政府信息公开申请46件，上年结转2件，共办结47件，其中予以公开和部分公开31件，公开率66%。', '66%', '64%', '31 / 47'],
  ]) {
    const found = tableOf(line15(s));
    assert.equal(found.length, 1, s);
    assert.equal(found[0].severity, 'error', s);
    assert.equal(found[0].fix, undefined, s);
    assert.ok(found[0].message.includes(`正文紧接着写的 ${written} 正是正文的 ${ratio}`), found[0].message);
    assert.ok(found[0].message.includes(`比率也应改为 ${fixed}`), found[0].message);
  }
});

test('a rate whose whole is the wrong count is said with the part over it', () => {
  const found = tableOf(line15('全年新收政府信息公开申请46件，上年结转2件，共办结48件，其中予以公开24件，予以公开率50%。'));
  const concluded = found.find((f) => f.message.includes('办结48件'));
  assert.ok(concluded, found.map((f) => f.message).join('\n'));
  assert.equal(concluded.fix, undefined);
  assert.ok(concluded.message.includes('正是正文的 24 / 48'), concluded.message);
  assert.ok(concluded.message.includes('比率也应改为 51%'), concluded.message);
});

test('a rate that the table\'s number fits, or that no count gives, does not stop the fix', () => {
  // 24 / 47 = 51.1%: the rate is right with the table's number, the fix mends the count alone.
  const fits = tableOf(line15('全年新收政府信息公开申请46件，上年结转2件，办结47件，其中予以公开25件，予以公开率51.1%。'));
  assert.equal(fits.length, 1);
  assert.ok(fits[0].fix, fits[0].message);
  assert.equal(fits[0].fix.edits[0].newText, '24');
});
