// prose-sum: a colon list of 表三's results after the count concluded (`办结47件。办理结果：予以公开24件，部分公开6件，……`,
// `办理情况：…`) is summed and compared with the total as the other openers' lists are (`具体为`, `从办理结果看`, a
// bracket), and as `申请方式：` lists the channels (fixA #3); before, only `办理结果为：` opened such a list.
// Base: examples/correct-2024.nianbao.md (表三 予以公开 24, 部分公开 6, 不予公开 6, 无法提供 7, 不予处理 3, 其他处理 1, 总计 47).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, ROOT, edit } from '../helpers.mjs';

const CORRECT = readFileSync(join(ROOT, 'examples/correct-2024.nianbao.md'), 'utf8');
const T3 = '全年新收政府信息公开申请46件，上年结转2件；办结47件，其中予以公开24件、部分公开6件、不予公开6件、无法提供7件、不予处理3件、其他处理1件；结转下年度继续办理1件。';
const check = (s, rule = 'prose-sum') => core.analyze(edit(CORRECT, T3, s)).findings.filter((f) => f.ruleId === rule);
const RESULTS = (other, sep = '，') => ['予以公开24件', '部分公开6件', '不予公开6件', '无法提供7件', '不予处理3件', `其他处理${other}件`].join(sep);

test('办理结果： and 办理情况： lists of the six results that do not add up to the count concluded are prose-sum findings', () => {
  for (const s of [
    `全年新收政府信息公开申请46件，上年结转2件，办结47件。办理结果：${RESULTS(2)}。`,
    `全年新收政府信息公开申请46件，上年结转2件，办结47件，办理结果：${RESULTS(2)}。`,
    `全年新收政府信息公开申请46件，上年结转2件，办结47件。办理情况：${RESULTS(2, '、')}。`,
  ]) {
    assert.deepEqual(check(s).map((f) => [f.actual, f.expected]), [[47, 48]], s);
    const [table] = check(s, 'prose-table');
    assert.ok(table.message.includes('列举的 6 个数'), table.message);
  }
});

test('a colon list that adds up, or an incomplete one no more than the total, is silent', () => {
  assert.deepEqual(check(`全年新收政府信息公开申请46件，上年结转2件，办结47件。办理结果：${RESULTS(1)}。`), []);
  assert.deepEqual(check('全年新收政府信息公开申请46件，上年结转2件，办结47件。办理结果：予以公开24件，部分公开6件。'), []);
});
