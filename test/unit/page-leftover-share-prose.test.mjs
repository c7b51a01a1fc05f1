// brk130 #3: `分享到：微信、微博等平台的解读材料共30篇。` is a sentence of the report (its platforms run on into its words):
// page-leftover cut `分享到：微信、` off it, leaving `微博等平台的解读材料共30篇。`. A share bar's names stand apart.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, ROOT } from '../helpers.mjs';

const CORRECT = readFileSync(join(ROOT, 'examples', 'correct-2024.nianbao.md'), 'utf8');
const AT = '严格落实公开前保密审查，动态更新政府信息公开指南和目录。';
const withLine = (line) => CORRECT.replace(AT, `${AT}\n\n${line}`);
const leftovers = (text) => core.analyze(text).findings.filter((f) => f.ruleId === 'page-leftover');

test('a sentence after 分享到： whose platforms run on into its words is report text: not reported, not cut', () => {
  for (const line of ['分享到：微信、微博等平台的解读材料共30篇。', '分享到：微信，微博等平台的解读材料共30篇。', '分享到：微信 微博等平台的解读材料共30篇。', '分享到：微博平台的解读材料共12篇。']) {
    const text = withLine(line);
    assert.deepEqual(leftovers(text), [], line);
    assert.equal(core.fixAll(text).text, text, line);
  }
});

test('a share bar whose names stand apart is still chrome, alone or before the text', () => {
  for (const [line, kept] of [['分享到：微信、微博', null], ['分享到：微信 微博', null], ['分享到：', null], ['分享到：微信 微博 2024年，本局主动公开信息30条。', '2024年，本局主动公开信息30条。'], ['分享到: 将政务公开纳入绩效考核。', '将政务公开纳入绩效考核。']]) {
    const text = withLine(line);
    assert.equal(leftovers(text).length, 1, line);
    const fixed = core.fixAll(text).text;
    assert.ok(!fixed.includes('分享到'), line);
    if (kept) assert.ok(fixed.includes(`\n${kept}\n`), line);
  }
});
