// brk155 #2, #5, #6, #7: counts said of a PART of the applications (a channel, a 办理结果, a topic, what stands between
// 仅 and 就) were read as the year's: `网上申请30件，均为自然人申请` against 法人或其他组织 新收, `无法提供的7件中，以自然人
// 为主，共6件` against 自然人 新收, `仅房屋征收一项就收到申请20件` against 新收. A fee waived (减免) in 亿元 is no fee
// collected. Each correct sentence stays silent; the year's own counts are still compared.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, ROOT } from '../helpers.mjs';

// correct-2024: 新收46 = 自然人40 + 法人或其他组织6, 上年结转2, 不予公开6 (all 自然人), 无法提供7, 表二 收费 12.5 万元.
const CORRECT = readFileSync(join(ROOT, 'examples/correct-2024.nianbao.md'), 'utf8');
const T3_SENTENCE = '结转下年度继续办理1件。';
const after = (sentence) => CORRECT.replace(T3_SENTENCE, `${T3_SENTENCE}${sentence}`);
const baseline = new Set(core.analyze(CORRECT).findings.map((f) => `${f.ruleId} ${f.message}`));
const added = (sentence) => core.analyze(after(sentence)).findings.filter((f) => !baseline.has(`${f.ruleId} ${f.message}`));

test('均为自然人申请 / 申请人均为自然人 after a part\'s count says so of that part only (brk155 #2)', () => {
  assert.ok(CORRECT.includes(T3_SENTENCE));
  for (const sentence of [
    '网上申请30件，均为自然人申请。',
    '其中信函申请12件，均为自然人申请。',
    '不予公开的6件申请，申请人均为自然人。',
    '网上申请30件，申请人均为自然人。',
    '其中，局机关收到申请12件，均为自然人申请。',
    '全年共收到政府信息公开申请46件，其中网上申请30件，均为自然人申请。',
  ]) assert.deepEqual(added(sentence).map((f) => f.ruleId), [], sentence);
  // The year's applications: still compared with 法人或其他组织 新收 (6).
  for (const sentence of ['收到申请46件，均为自然人申请。', '全年新收政府信息公开申请46件，申请人均为自然人。', '本年度申请人均为自然人。']) {
    const found = added(sentence);
    assert.deepEqual(found.map((f) => [f.ruleId, f.severity]), [['prose-table', 'error']], sentence);
    assert.match(found[0].message, /说申请都是自然人提出的/, sentence);
  }
});

test('以自然人为主，共N件 after a part counts that part\'s, not 自然人 新收 (brk155 #5)', () => {
  for (const sentence of [
    '无法提供的7件中，以自然人为主，共6件。',
    '网上申请30件，以自然人为主，共26件。',
    '无法提供的7件中，自然人6件。',
    '网上申请30件，其中自然人申请26件。',
  ]) assert.deepEqual(added(sentence).map((f) => f.ruleId), [], sentence);
  for (const sentence of ['全年新收申请46件，以自然人为主，共30件。', '申请人以自然人为主，共30件。', '新收申请46件，其中自然人30件。']) {
    const found = added(sentence);
    assert.deepEqual(found.map((f) => [f.ruleId, f.severity]), [['prose-table', 'error']], sentence);
    assert.match(found[0].message, /表三的自然人新收申请为 40，正文写 30/, sentence);
  }
});

test('a fee waived (减免) in 亿元 or 万元 is not 表二\'s 本年收费金额 (brk155 #6)', () => {
  for (const sentence of ['全年为市场主体减免行政事业性收费1.2亿元。', '全年为市场主体减免行政事业性收费1200万元。']) {
    assert.deepEqual(added(sentence).map((f) => f.ruleId), [], sentence);
  }
  const found = added('全年收取行政事业性收费1.2亿元。');
  assert.deepEqual(found.map((f) => f.ruleId), ['prose-table']);
});

test('仅X就收到申请N件: X alone accounts for N, a part (brk155 #7)', () => {
  for (const sentence of [
    '仅房屋征收一项就收到申请20件。',
    '仅涉及房屋征收的就收到申请20件。',
    '仅房屋征收领域就收到申请20件。',
    '仅局机关就收到申请40件。',
    '房屋征收一项就收到申请20件。',
    '涉及房屋征收的收到申请20件。',
  ]) assert.deepEqual(added(sentence).map((f) => f.ruleId), [], sentence);
  // 仅 without 就 before the year's count or a result: compared as before.
  for (const sentence of ['全年仅收到申请40件。', '予以公开仅12件。']) {
    assert.deepEqual(added(sentence).map((f) => [f.ruleId, f.severity]), [['prose-table', 'error']], sentence);
  }
});
