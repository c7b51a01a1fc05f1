// English messages quote the report's words and gloss the Chinese ones (brk157 #8): prose-percent said “The share is
// written as 超过六成”, prose-table “listed after 其中 (20件, 6件, …)”, bare. Now: “超过六成” (more than 60%), “其中” (of
// which), and the terms quoted. Base: examples/correct-2024.nianbao.md (表三: 办结 47, 予以公开 24).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, core } from '../helpers.mjs';

const CORRECT = readFileSync(join(ROOT, 'examples/correct-2024.nianbao.md'), 'utf8');
const en = (text, rule) => core.analyze(text, { locale: 'en' }).findings.filter((f) => f.ruleId === rule).map((f) => f.message);
const LINE = '全年新收政府信息公开申请46件，上年结转2件；办结47件，其中予以公开24件、部分公开6件、不予公开6件、无法提供7件、不予处理3件、其他处理1件；结转下年度继续办理1件。';

test('a share written in Chinese words is quoted and glossed', () => {
  for (const [share, gloss] of [['超过六成', 'more than 60%'], ['不足四成', 'less than 40%'], ['六成以上', 'at least 60%']]) {
    const text = CORRECT.replace(LINE, LINE.replace('其中予以公开24件、', `其中予以公开24件，占${share}；`));
    const ms = en(text, 'prose-percent');
    assert.equal(ms.length, 1, share);
    assert.match(ms[0], new RegExp(`^The share is written as “${share}” \\(${gloss}\\), but 24 / 47 = 51\\.1%`), share);
  }
});

test('a share in digits is quoted as written, without a gloss', () => {
  const ms = en(CORRECT.replace(LINE, LINE.replace('其中予以公开24件、', '其中予以公开24件，占58.1%；')), 'prose-percent');
  assert.equal(ms.length, 1);
  assert.match(ms[0], /^The share is written as “58\.1%”, but 24 \/ 47 = 51\.1%/);
});

test('a term of a list after 其中 quotes the opener (glossed) and the counts', () => {
  const ms = en(CORRECT.replace(LINE, LINE.replace('予以公开24件', '予以公开仅20件')), 'prose-table');
  assert.equal(ms.length, 1);
  assert.match(ms[0], /one of the 6 counts listed after “其中” \(of which\) \(“20件”, “6件”, “6件”, “7件”, “3件”, “1件”\)/);
  assert.doesNotMatch(ms[0], /after 其中 /);
});
