// breaker50 #8: a title worded `…2023年政府信息公开工作报告` or `…2023年度政府信息公开工作报告` (corpus seed 000's form,
// `庆城县2018年政府信息公开工作报告`) was read as the title but gave no title year, so a stale title year beside a 2024
// 统计期限 passed. Its one year is now the title's, as that of `…年度报告` is.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, ROOT, corpusText } from '../helpers.mjs';

const CORRECT = readFileSync(join(ROOT, 'examples/correct-2024.nianbao.md'), 'utf8');
const TITLE = '# 某某市某某局2024年政府信息公开工作年度报告';

test('a title worded 工作报告 / 年度…工作报告 gives its year: a stale one is year-mismatch at the year', () => {
  assert.ok(CORRECT.startsWith(TITLE));
  for (const title of ['# 某某市某某局2023年政府信息公开工作报告', '# 某某市某某局2023年度政府信息公开工作报告', '# 某某市某某局政府信息公开工作2023年度报告']) {
    const text = CORRECT.replace(TITLE, title);
    const found = core.analyze(text).findings;
    assert.deepEqual(found.map((f) => `${f.ruleId}/${f.severity}`), ['year-mismatch/error'], title);
    assert.match(found[0].message, /标题写的是 2023 年，而统计期限为 2024 年/);
    assert.equal(found[0].range.start.line, 0);
    assert.equal(text.split('\n')[0].slice(found[0].range.start.character, found[0].range.end.character), '2023');
    // In the report's own year: nothing.
    assert.deepEqual(core.analyze(text.replace('2023', '2024')).findings, [], title);
  }
});

test('seed 000 (titled 庆城县2018年政府信息公开工作报告) with its title year made 2017: year-mismatch', () => {
  const seed = corpusText('seeds/000_f7ed614ce96fc61e.txt');
  const stale = seed.replaceAll('庆城县2018年政府信息公开工作报告', '庆城县2017年政府信息公开工作报告');
  assert.notEqual(stale, seed);
  assert.ok(core.analyze(stale).findings.some((f) => f.ruleId === 'year-mismatch' && /标题写的是 2017 年/.test(f.message)));
  assert.deepEqual(core.analyze(seed).findings.filter((f) => f.ruleId === 'year-mismatch'), []);
});
