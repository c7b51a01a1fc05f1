// A count none of whose readings matches says so (brk157 #6): `申请人以自然人为主，共38件` against 表三's 自然人 新收 40,
// 新收 + 上年结转 42, （七）总计 41 said "(difference -2; read as …: 42)", as if 42 were the figure compared; now each
// other reading says what 表三 has and that the prose's 38 matches none of them. One reading alone says nothing more.
// Base: examples/correct-2024.nianbao.md (表三: 新收 46, 上年结转 2, 自然人 新收 40, 上年结转 2, （七）总计 41).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, core } from '../helpers.mjs';

const CORRECT = readFileSync(join(ROOT, 'examples/correct-2024.nianbao.md'), 'utf8');
const withSentence = (s) => CORRECT.replace('本年度未收取信息处理费。', `本年度未收取信息处理费。${s}`);
const said = (text, locale) => core.analyze(text, { locale }).findings.filter((f) => f.ruleId === 'prose-table').map((f) => f.message);

test('以自然人为主，共38件: both readings and that 38 matches none of them', () => {
  const text = withSentence('依申请公开方面，申请人以自然人为主，共38件，占办结总数的92.7%。');
  const en = said(text, 'en').find((m) => m.includes('38件'));
  assert.ok(en, 'reported');
  assert.match(en, /its figure for new applications by natural persons is 40, the prose says 38 \(difference -2; read as new plus carried-over applications by natural persons, 表三 has 42; read as applications by natural persons concluded \(（七）总计\), 表三 has 41; the prose's 38 matches none of the 3 readings\)/);
  const zh = said(text, 'zh').find((m) => m.includes('38件'));
  assert.match(zh, /相差 -2；按“自然人新收与上年结转申请之和”为 42；按“自然人列的办理结果总计”为 41，正文的 38 与各种读法都不符。/);
});

test('two readings (新收, 新收 + 上年结转): 41 matches neither', () => {
  const en = said(withSentence('依申请公开方面，本年度自然人申请41件。'), 'en');
  assert.equal(en.length, 1);
  assert.match(en[0], /the prose says 41 \(difference \+1; read as new plus carried-over applications by natural persons, 表三 has 42; the prose's 41 matches neither reading\)/);
});

test('one reading: nothing about other readings', () => {
  const en = said(withSentence('依申请公开方面，本年度予以公开20件。'), 'en');
  for (const m of en) assert.doesNotMatch(m, /matches neither|none of the/);
});
