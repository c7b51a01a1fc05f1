// breaker89 #07/#07b: prose lines that start with `一、`…`六、` were read as section headings: 表三's rows written out as a
// list under 三 (`四、结转下年度继续办理：1。`) and a sentence wrapped before `三、四季度…` (pdftotext). They got section-order
// warnings whose advice renumbers the real sections, and an outline entry. A line that names no section and gives a
// figure after a colon, ends a sentence with figures in it, or goes on with the sentence of the line above is prose.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, corpusText, edit, ROOT } from '../helpers.mjs';

const correct = readFileSync(join(ROOT, 'examples/correct-2024.nianbao.md'), 'utf8');
const huaian = corpusText('peers/govnianbao_huaian-city_2024.txt');
const TOPS = ['总体情况', '主动公开政府信息情况', '收到和处理政府信息公开申请情况', '政府信息公开行政复议、行政诉讼情况', '存在的主要问题及改进情况', '其他需要报告的事项'];
const tops = (report) => report.headings.filter((h) => h.level === 1 && h.ordinalStyle === 'cn').map((h) => h.title);
const orderFindings = (findings) => findings.filter((f) => f.ruleId === 'section-order' || f.ruleId === 'section-missing');

test('a list of 表三 rows under 三 is no section heading (breaker89 #07)', () => {
  const list = '\n\n具体情况如下（单位：件）：\n\n一、本年新收政府信息公开申请数量：46（自然人40，商业企业3，科研机构0，社会公益组织1，法律服务机构2，其他0）。\n\n二、上年结转政府信息公开申请数量：2。\n\n三、本年度办理结果：予以公开24，部分公开6，不予公开6，无法提供7，不予处理3，其他处理1，总计47。\n\n四、结转下年度继续办理：1。\n';
  const text = edit(correct, '\n\n## 四、', `${list}\n## 四、`);
  const { report, findings } = core.analyze(text);
  assert.deepEqual(tops(report), TOPS);
  assert.deepEqual(orderFindings(findings), []);
  assert.equal(core.fixAll(text).text, text);
});

test('a sentence wrapped before 三、四季度… is no section heading (breaker89 #07b)', () => {
  for (const [base, from, to] of [
    [correct, '将政务公开纳入年度绩效考核，组织业务培训2次、参训48人次。', '将政务公开纳入年度绩效考核，于\n三、四季度组织业务培训2次、参训48人次。'],
    [correct, '将政务公开纳入年度绩效考核，组织业务培训2次、参训48人次。', '将政务公开纳入年度绩效考核，于\n二、三季度组织业务培训。'],
    [huaian, '按季度开展政务新媒体专项检查，针对突出问题和日常共性问题，', '按季度开展政务新媒体专项检查，于\n三、四季度针对突出问题和日常共性问题，'],
  ]) {
    const text = edit(base, from, to);
    const before = core.analyze(base);
    const { report, findings } = core.analyze(text);
    assert.deepEqual(tops(report), tops(before.report), to);
    assert.deepEqual(orderFindings(findings), orderFindings(before.findings), to);
    assert.ok(core.fixAll(text).text.includes(to), to);
  }
  plainHeadingsStillRead();
});

/** Section headings written plainly, also right under a finished sentence, are still read. */
function plainHeadingsStillRead() {
  const plain = correct.replace(/^## /gm, '');
  assert.deepEqual(tops(core.analyze(plain).report), TOPS);
  // A section heading right under the last line of a paragraph (no blank line between), a pdftotext layout.
  const tight = plain.replace(/\n\n(?=[一二三四五六]、)/g, '\n');
  assert.deepEqual(tops(core.analyze(tight).report), TOPS);
}
