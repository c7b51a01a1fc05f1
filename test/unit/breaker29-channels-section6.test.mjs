// breaker29 new findings 2 and 3 (/work/breaker29-files/findings.md), on examples/correct-2024.nianbao.md
// (某某市某某局 2024: 新收 46, 上年结转 2, 办结 47) with the breaker's wordings.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, edit, only, ROOT } from '../helpers.mjs';

const CORRECT = readFileSync(join(ROOT, 'examples', 'correct-2024.nianbao.md'), 'utf8');
const T3_PROSE = '全年新收政府信息公开申请46件，上年结转2件；办结47件，其中予以公开24件、部分公开6件、不予公开6件、无法提供7件、不予处理3件、其他处理1件；结转下年度继续办理1件。';
/** The example with its 表三 paragraph replaced by `prose`. */
const withProse = (prose) => edit(CORRECT, T3_PROSE, prose);
const channelSums = (text) => only(text, 'prose-table').found.filter((f) => /列举的各种方式提交的申请合计/.test(f.message)).map((f) => [f.actual, f.expected, f.severity]);

// ------------------------------------------------------------------------ finding 2: 其中 list joined by ，

test('2: a 其中 opening the next sentence with channels joined by ， splits the 新收 count before it (F/04, F/04b, F/04c)', () => {
  // F/04: 30 + 10 + 12 = 52 > 新收 46.
  const text = withProse('全年新收政府信息公开申请46件。其中，网上申请30件，当面申请10件，信函申请12件。');
  const found = only(text, 'prose-table').found;
  assert.equal(found.length, 1);
  assert.equal(found[0].message, '正文“网上申请30件，当面申请10件，信函申请12件”列举的各种方式提交的申请合计 52 件，只是本年申请的一部分，却多于表三的本年新收申请 46：部分不会多于整体。请核对正文或表格。');
  assert.equal(found[0].severity, 'error');
  // F/04b: 48 is still more than 新收 46 (上年结转 is not said before the list).
  assert.deepEqual(channelSums(withProse('全年新收政府信息公开申请46件。其中，网上申请30件，当面申请10件，信函申请8件。')), [[48, 46, 'error']]);
  // F/04c: 其中 without its comma.
  assert.deepEqual(channelSums(withProse('全年新收政府信息公开申请46件。其中网上申请30件，当面申请10件，信函申请12件。')), [[52, 46, 'error']]);
  // `，其中，` in the count's own sentence reads alike.
  assert.deepEqual(channelSums(withProse('全年新收政府信息公开申请46件，其中，网上申请30件，当面申请10件，信函申请12件。')), [[52, 46, 'error']]);
});

test('2: the guards stay: parts that add up to no more than the whole, one way named twice, or a sentence between that counts something else', () => {
  assert.deepEqual(channelSums(withProse('全年新收政府信息公开申请46件。其中，网上申请30件，当面申请10件，信函申请6件。')), []);
  // 网上 and 在线 are one way: the parts may overlap.
  assert.deepEqual(channelSums(withProse('全年新收政府信息公开申请46件。其中，网上申请30件，在线申请20件。')), []);
  // A single part is no list.
  assert.deepEqual(channelSums(withProse('全年新收政府信息公开申请46件。其中，网上申请30件。')), []);
  // The sentence before counts something else: which count the list splits is not known.
  assert.deepEqual(channelSums(withProse('全年新收政府信息公开申请46件。全年接待群众咨询300件。其中，网上申请30件，当面申请10件，信函申请12件。')), []);
  // Joined by 、 it stays prose-sum's (not said twice).
  const dun = withProse('全年新收政府信息公开申请46件。其中，网上申请30件、当面申请10件、信函申请12件。');
  assert.deepEqual(channelSums(dun), []);
  assert.equal(only(dun, 'prose-sum').found.length, 1);
});
