// Lists of the 办理结果 that split the applications concluded without 其中 (helper-218 #17): after 具体为, 从办理结果看
// (in the same sentence or opening the next one), or in a parenthesis right after the count. prose-sum checks them as
// it checks a 其中 list, and prose-table treats their counts as terms of a list (its fix mends the sum, or all the
// wrong terms are fixed together), naming the list by its opener.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, ROOT, edit } from '../helpers.mjs';

const CORRECT = readFileSync(join(ROOT, 'examples/correct-2024.nianbao.md'), 'utf8');
// 表三 of the example: 予以公开 24, 部分公开 6, 不予公开 6, 无法提供 7, 不予处理 3, 其他处理 1, （七）总计 47.
const T4_PROSE = '全年因政府信息公开被申请行政复议3件，被提起行政诉讼2件。';
const check = (s) => core.analyze(edit(CORRECT, T4_PROSE, `${T4_PROSE}\n\n${s}`)).findings.filter((f) => f.ruleId === 'prose-sum' || f.ruleId === 'prose-table');
const RESULTS = (other) => `予以公开24件、部分公开6件、不予公开6件、无法提供7件、不予处理3件、其他处理${other}件`;

test('a list of the six results after 具体为, 从办理结果看 or in a parenthesis that does not add up is a prose-sum finding', () => {
  for (const [s, opener] of [
    [`全年办结申请47件，具体为：${RESULTS(2)}。`, '“具体为”后'],
    [`全年办结申请47件。从办理结果看，${RESULTS(2)}。`, '“从办理结果看”后'],
    [`全年办结申请47件，从办理结果来看，${RESULTS(2)}。`, '“从办理结果来看”后'],
    [`全年办结申请47件（${RESULTS(2).replace(/、/g, '，')}）。`, '括号里'],
  ]) {
    const found = check(s);
    const sum = found.filter((f) => f.ruleId === 'prose-sum');
    assert.deepEqual(sum.map((f) => [f.actual, f.expected]), [[47, 48]], s);
    const [table] = found.filter((f) => f.ruleId === 'prose-table');
    assert.deepEqual([table.actual, table.expected], [2, 1], s);
    assert.ok(table.message.includes(`这个数是句中${opener}列举的 6 个数`), table.message);
    // Its fix mends the list: the text checks clean.
    const text = edit(CORRECT, T4_PROSE, `${T4_PROSE}\n\n${s}`);
    assert.deepEqual(core.analyze(core.applyFixes(text, table.fix.edits).text).findings.filter((f) => f.ruleId.startsWith('prose-')).map((f) => f.message), [], s);
  }
});

test('two wrong terms of such a list are fixed together, and lists that add up or name other things give nothing', () => {
  const two = check(`全年办结申请47件。从办理结果看，予以公开23件、部分公开6件、不予公开6件、无法提供7件、不予处理3件、其他处理2件。`).filter((f) => f.ruleId === 'prose-table');
  assert.equal(two.length, 2);
  assert.ok(two.every((f) => /这几处一起修改/.test(f.message)));
  for (const s of [
    `全年办结申请47件，具体为：${RESULTS(1)}。`,
    `全年办结申请47件（${RESULTS(1)}）。`,
    // Not a split of the applications concluded: how they were concluded, and a count received.
    '全年办结申请47件（按时办结45件，延期办结2件）。',
    '全年收到申请46件，具体为：网上申请30件，信函申请10件。',
    // A partial list that stays below the total.
    '全年办结申请47件，具体为：予以公开24件、部分公开6件。',
  ]) assert.deepEqual(check(s).map((f) => f.message), [], s);
});
