// brk186 #12: a 2019-format report followed by the 2014–2018 统计表 in colon lines (`附表：政府信息公开情况统计表` /
// `一、主动公开情况` / `（一）收到申请数：10件。` / … / `七、依申请公开信息收取的费用：0万元。`): its 一、二、三 were taken for a
// list in section 六 and 七、八、九 for sections after it (section-order: `七、…` should come earlier, read as section
// 三), and its lines were quoted by prose-table as 正文. The appendix is an annex, the table's rows, not prose.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { core, cleanDraft, edit } from '../helpers.mjs';

const SIGNATURE = '测试局\n2021年1月31日';
/** The statistics table as lines with colons, its indicator groups 一 to 九, as reports of the time wrote it. */
const TABLE = [
  '一、主动公开情况',
  '（一）主动公开政府信息数：120条。',
  '其中：主动公开规范性文件数：3条。',
  '制发规范性文件总数：3件。',
  '（二）通过不同渠道和方式公开政府信息的情况',
  '1.政府公报公开政府信息数：0条。',
  '2.政府网站公开政府信息数：120条。',
  '二、回应解读情况',
  '（一）回应公众关注热点或重大舆情数：2次。',
  '三、依申请公开情况',
  '（一）收到申请数：10件。',
  '1.当面申请数：2件。',
  '2.传真申请数：0件。',
  '3.网络申请数：6件。',
  '4.信函申请数：3件。',
  '（二）申请办结数：10件。',
  '1.按时办结数：10件。',
  '2.延期办结数：0件。',
  '（三）申请答复数：10件。',
  '1.属于已主动公开范围数：3件。',
  '2.同意公开答复数：4件。',
  '3.同意部分公开答复数：1件。',
  '四、行政复议数量：0件。',
  '（一）维持具体行政行为数：0件。',
  '五、行政诉讼数量：0件。',
  '六、举报投诉数量：0件。',
  '七、依申请公开信息收取的费用：0万元。',
  '八、机构建设和保障经费情况',
  '（一）政府信息公开工作专门机构数：1个。',
  '（三）从事政府信息公开工作人员数：3人。',
  '1.专职人员数（不包括政府公报及政府网站工作人员数）：1人。',
  '2.兼职人员数：2人。',
  '九、政府信息公开会议和培训情况',
  '（一）召开政府信息公开工作会议或专题会议数：2次。',
];
const withTable = (title) => edit(cleanDraft('2019'), SIGNATURE, [...(title ? [title, ''] : []), ...TABLE, '', SIGNATURE].join('\n'));

test('the statistics table in colon lines after 附表: an annex, its groups no sections, its lines no prose', () => {
  const text = withTable('附表：政府信息公开情况统计表');
  const r = core.analyze(text);
  const lines = text.split('\n');
  const annex = lines.indexOf('附表：政府信息公开情况统计表');
  assert.equal(r.report.extras.annexStart, annex);
  // No heading of the table among the report's (七 read as section 三 before).
  assert.deepEqual(r.report.headings.filter((h) => h.line >= annex), []);
  // Only the table's own check: 2 + 0 + 6 + 3 = 11 over 10 (no section-order, no prose-table quoting 正文“收到申请数：10件”).
  assert.deepEqual(r.findings.map((f) => [f.ruleId, f.actual, f.expected]), [['sum-appendix', 10, 11]]);
  assert.match(r.findings[0].message, /^附表中“收到申请数”/);
});

test('under 《政府信息公开情况统计表》, or without a title (its groups from 一 again after 六), the same', () => {
  for (const title of ['《政府信息公开情况统计表》', null]) {
    const text = withTable(title);
    const r = core.analyze(text);
    assert.deepEqual(r.findings.map((f) => [f.ruleId, f.actual, f.expected]), [['sum-appendix', 10, 11]], String(title));
    const first = text.split('\n').indexOf(title ?? '一、主动公开情况');
    assert.equal(r.report.extras.annexStart, first, String(title));
  }
});

test('a list in section 六 that the report goes on after is still the section\'s, and its sentences prose', () => {
  // 一、二 in section 五, then 六: a nested list (demoted), no annex.
  const PROBLEMS = '## 五、存在的主要问题及改进情况';
  const draft = cleanDraft('2019');
  const at = draft.indexOf(PROBLEMS) + PROBLEMS.length;
  const text = draft.slice(0, at) + '\n\n一、主动公开情况\n\n主动公开信息数：120条。\n\n二、依申请公开情况\n\n收到申请数：10件。\n\n办结数：10件。\n' + draft.slice(at);
  const r = core.analyze(text);
  assert.equal(r.report.extras.annexStart, undefined);
  assert.ok(r.report.sections.some((s) => /其他需要报告的事项/.test(s.heading.title)));
});
