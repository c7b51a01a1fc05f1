// brk178 #1: a 2014–2018 report's appendix 《政府信息公开情况统计表》 (国办发〔2014〕32号; templates.md §2.2) written one
// cell a line or as numbered lines: its indicator groups (一、主动公开情况 … 九、会议和培训情况) are the table's rows, not
// the report's sections (they were read as sections 八、九… after 七、其他需要报告的事项: section-order, section-empty).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { core } from '../helpers.mjs';

const REPORT = `# 柳营市财政局2016年政府信息公开工作年度报告

本报告根据《中华人民共和国政府信息公开条例》要求，由柳营市财政局编制。全文包括概述、主动公开政府信息情况、依申请公开政府信息情况、政府信息公开的收费及减免情况、因政府信息公开申请行政复议和提起行政诉讼情况、存在的主要问题及改进措施、其他需要报告的事项等七部分。本报告中所列数据的统计期限自2016年1月1日起至2016年12月31日止。

一、概述

2016年，我局认真贯彻落实《条例》，进一步健全政府信息公开工作机制，明确专人负责。

二、主动公开政府信息情况

全年主动公开政府信息1250条，其中通过门户网站公开1100条，政务微博公开80条，政务微信公开70条。

三、依申请公开政府信息情况

全年共收到政府信息公开申请37件，其中当面申请12件，网络申请20件，信函申请5件。已全部按时办结。

四、政府信息公开的收费及减免情况

全年未收取任何费用。

五、因政府信息公开申请行政复议、提起行政诉讼的情况

全年发生行政复议2件，行政诉讼1件。

六、存在的主要问题及改进措施

一是公开内容不够全面；二是公开时效有待提高。下一步我局将加强培训，完善制度。

七、其他需要报告的事项

无。
`;
const SIGNATURE = '\n柳营市财政局\n2017年3月20日\n';

/** The statistics table's rows: [label, unit, number]; a group row has no unit and no number. */
const ROWS = [
  ['一、主动公开情况'],
  ['（一）主动公开政府信息数（不同渠道和方式公开相同信息计1条）', '条', '1250'],
  ['二、回应解读情况'],
  ['（一）回应公众关注热点或重大舆情数（不同方式回应同一热点或舆情计1次）', '次', '6'],
  ['三、依申请公开情况'],
  ['（一）收到申请数', '件', '37'],
  ['1.当面申请数', '件', '12'],
  ['2.网络申请数', '件', '20'],
  ['3.信函申请数', '件', '5'],
  ['四、行政复议数量', '件', '2'],
  ['五、行政诉讼数量', '件', '1'],
  ['六、举报投诉数量', '件', '0'],
  ['七、依申请公开信息收取的费用', '万元', '0'],
  ['八、机构建设和保障经费情况'],
  ['（一）政府信息公开工作专门机构数', '个', '1'],
  ['九、会议和培训情况'],
  ['（一）举办各类培训班数', '次', '1'],
];
const LAYOUTS = {
  // One cell a line, empty cells as blank lines (Word's table pasted as text).
  cell: () => ['统计指标', '单位', '统计数', ...ROWS.flatMap((r) => (r.length > 1 ? r : [r[0], '', '']))].join('\n'),
  // The same without the blank lines of empty cells.
  cellNoBlank: () => ['统计指标', '单位', '统计数', ...ROWS.flatMap((r) => r)].join('\n'),
  // Numbered lines, the number and unit after the label.
  prose: () => ROWS.map((r) => (r.length > 1 ? `${r[0]} ${r[2]}${r[1]}` : r[0])).join('\n'),
  // A paragraph a row: `四、行政复议数量：2件。`.
  prose2: () => ROWS.map((r) => (r.length > 1 ? `${r[0]}：${r[2]}${r[1]}。` : r[0])).join('\n\n'),
};
const TITLES = ['附表：政府信息公开情况统计表', '《政府信息公开情况统计表》', '附：柳营市财政局2016年政府信息公开情况统计表', '## 附表', '**附表1**', null];
const SECTION_RULES = new Set(['section-order', 'section-empty', 'section-missing', 'section-title', 'subheading-order']);

for (const [layout, rows] of Object.entries(LAYOUTS)) {
  for (const title of TITLES) {
    for (const fileName of ['report.txt', 'report.md']) {
      if (title?.startsWith('#') && fileName.endsWith('.txt')) continue;
      test(`brk178 #1: appendix ${layout}, title ${title ?? '(none)'}, ${fileName}: no section finding, the report's seven sections only`, () => {
        for (const text of [
          REPORT + '\n' + (title ? title + '\n\n' : '') + rows() + '\n' + SIGNATURE,
          REPORT + SIGNATURE + '\n' + (title ? title + '\n\n' : '') + rows() + '\n',
        ]) {
          const { report, findings } = core.analyze(text, { fileName });
          assert.deepEqual(findings.filter((f) => SECTION_RULES.has(f.ruleId)).map((f) => `${f.ruleId} ${f.message?.zh ?? f.message}`), []);
          assert.deepEqual(report.sections.map((s) => s.heading.ordinalValue), [1, 2, 3, 4, 5, 6, 7]);
          assert.ok(!report.headings.some((h) => /主动公开情况|行政复议数量|依申请公开信息收取的费用/.test(h.title)), 'no appendix row is a heading');
        }
      });
    }
  }
}

test('brk178 #1: a real numbering error in the report above the appendix is still said', () => {
  const text = REPORT.replace('六、存在的主要问题', '八、存在的主要问题') + '\n附表：政府信息公开情况统计表\n\n' + LAYOUTS.cell() + '\n' + SIGNATURE;
  const order = core.analyze(text, { fileName: 'report.txt' }).findings.filter((f) => f.ruleId === 'section-order');
  assert.equal(order.length, 2);
  assert.ok(order.every((f) => f.range.start.line < 30), 'said in the report, not in the appendix');
});

test('brk178 #1: 一、二、 under the last section that are no statistics table (no title, no indicator groups) stay headings, a list inside 七', () => {
  // (They were said by section-order as 八、 after 七; a list of 建议提案办理 under 其他需要报告的事项 is that section's:
  // test/unit/section-order-list-in-last-section.test.mjs.)
  const text = REPORT + '\n一、人大建议办理情况\n\n全年办理人大建议3件。\n\n二、政协提案办理情况\n\n全年办理政协提案2件。\n' + SIGNATURE;
  const { report, findings } = core.analyze(text, { fileName: 'report.md' });
  assert.deepEqual(findings.filter((f) => SECTION_RULES.has(f.ruleId)).map((f) => f.ruleId), []);
  assert.deepEqual(report.sections.map((s) => s.heading.ordinalValue), [1, 2, 3, 4, 5, 6, 7]);
  assert.deepEqual(report.sections[6].children.map((h) => h.ordinal + h.title), ['一、人大建议办理情况', '二、政协提案办理情况']);
  assert.equal(report.extras.annexStart, undefined, 'no statistics table');
});

test('brk178 #1: indicator-group titles after the last section with no numbers under them (no title line) stay headings', () => {
  const text = REPORT + SIGNATURE + '\n一、主动公开情况\n二、回应解读情况\n\n本局依法做好政府信息公开工作。\n';
  const { report } = core.analyze(text, { fileName: 'report.md' });
  assert.ok(report.headings.some((h) => h.ordinal + h.title === '二、回应解读情况'));
});
