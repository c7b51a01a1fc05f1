// prose-table on 办理结果 of a part of the applications (helper-215 #1): of one kind of applicant, of the carried-over
// or new ones, for a reason, a topic or a channel. They were errors against 表三's totals, and --fix wrote the totals
// into true sentences (`上年结转的2件申请中，予以公开24件`). Base: examples/correct-2024.nianbao.md (clean).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, ROOT } from '../helpers.mjs';

const CORRECT = readFileSync(join(ROOT, 'examples/correct-2024.nianbao.md'), 'utf8');
const T3_SENTENCE = '全年新收政府信息公开申请46件，上年结转2件；办结47件，其中予以公开24件、部分公开6件、不予公开6件、无法提供7件、不予处理3件、其他处理1件；结转下年度继续办理1件。';
const prose = (extra) => {
  const text = CORRECT.replace(T3_SENTENCE, `${T3_SENTENCE}${extra}`);
  return { findings: core.checkReport(core.parseReport(text)).filter((f) => f.ruleId === 'prose-table'), fixed: core.fixAll(text).text, text };
};

test('the base holds the sentence and has no finding', () => {
  assert.ok(CORRECT.includes(T3_SENTENCE));
  assert.deepEqual(prose('').findings, []);
});

test('results of a part are not compared with 表三\'s totals, and no fix rewrites them', () => {
  for (const s of [
    '自然人申请予以公开21件、部分公开5件。',
    '上年结转的2件申请中，予以公开1件，无法提供1件。',
    '在不予公开的申请中，因属于三类内部事务信息不予公开的有2件。',
    '无法提供7件，其中因本机关不掌握相关政府信息无法提供6件。',
    '对商业企业的3件申请，予以公开2件，无法提供1件。',
    '涉及房屋征收的申请10件，其中予以公开5件，不予公开1件。',
    '予以公开的申请中，通过电子邮件答复的予以公开10件。',
  ]) {
    const { findings, fixed, text } = prose(s);
    assert.deepEqual(findings.map((f) => f.message), [], s);
    assert.equal(fixed, text, s);
  }
});

test('results of all the applications are still compared', () => {
  for (const [s, says] of [
    ['上述申请中，予以公开25件。', /予以公开为 24，正文写 25/],
    ['全年收到申请46件，予以公开25件。', /予以公开为 24，正文写 25/],
  ]) {
    const [f] = prose(s).findings;
    assert.match(f?.message ?? '', says, s);
  }
});
