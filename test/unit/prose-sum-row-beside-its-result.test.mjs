// prose-sum (brk162 #6): a row of 表三 listed beside its own result (办结47件，其中予以公开24件、…、不予公开6件、…、
// 属于行政查询事项1件) is counted twice, as in seed 001 (templates.md §5.3 X-3): the six results add up to the total, the
// listed parts to more. Reported (no fix), the message naming the row and the result that holds it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, core, edit } from '../helpers.mjs';

const EXAMPLE = readFileSync(join(ROOT, 'examples/correct-2024.nianbao.md'), 'utf8');
const RESULTS = '予以公开24件、部分公开6件、不予公开6件、无法提供7件、不予处理3件、其他处理1件';

test('a row of 表三 listed beside its own result is reported as counted twice (brk162 #6)', () => {
  const found = (list) => core.analyze(edit(EXAMPLE, RESULTS, list)).findings.filter((f) => f.ruleId === 'prose-sum');
  for (const [list, row, group, sum] of [
    [`${RESULTS}、属于行政查询事项1件`, '属于行政查询事项1件', '不予公开6件', 48],
    [`${RESULTS}、本机关不掌握相关政府信息5件`, '本机关不掌握相关政府信息5件', '无法提供7件', 52],
    [RESULTS.replace('不予公开6件', '不予公开6件、属于行政查询事项1件'), '属于行政查询事项1件', '不予公开6件', 48],
    [`${RESULTS.replaceAll('、', '，')}，属于行政查询事项1件`, '属于行政查询事项1件', '不予公开6件', 48],
  ]) {
    const f = found(list);
    assert.deepEqual(f.map((x) => [x.actual, x.expected, x.severity]), [[47, sum, 'warning']], list);
    assert.ok(f[0].message.includes(`“${row}”是表三`), f[0].message);
    assert.ok(f[0].message.includes(`已含在“${group}”中`), f[0].message);
    assert.match(f[0].message, /不计它，各办理结果之和为 47，等于总数/);
    assert.equal(f[0].fix, undefined);
  }
  // The row in brackets after its result, or no row at all, is no double count.
  assert.deepEqual(found(RESULTS.replace('不予公开6件', '不予公开6件（其中属于行政查询事项1件）')), []);
  assert.deepEqual(found(RESULTS), []);
  const en = core.analyze(edit(EXAMPLE, RESULTS, `${RESULTS}、属于行政查询事项1件`), { locale: 'en' }).findings.filter((f) => f.ruleId === 'prose-sum');
  assert.match(en[0].message, /counted twice/);
});
