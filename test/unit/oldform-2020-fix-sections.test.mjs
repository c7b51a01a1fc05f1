// --fix on a report in the conventional (pre-2019) form, and a missing section said once (found by breaker16).
// Found by a sixteenth fresh user (breaker16 items 3 and 9): --fix on a 2020 report in the conventional (pre-2019)
// form appended 六、其他需要报告的事项 after the signature and left two headings numbered 五、; a missing section was
// reported twice (section-missing, and section-order for the gap in the numbering it leaves).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, edit, ROOT } from '../helpers.mjs';

const correct = readFileSync(join(ROOT, 'examples', 'correct-2024.nianbao.md'), 'utf8');
const findings = (text, options) => core.checkReport(core.parseReport(text, options), options);
const ids = (fs) => fs.map((f) => f.ruleId);
/** The level-1 ordinals of a text's sections, in order (`一`, `二`, …). */
const ordinals = (text, options) => core.parseReport(text, options).sections.map((s) => s.heading.ordinal.replace(/[、\s]/g, ''));

/** breaker16 R/18: a county's 2020 report in the six-part conventional form, no tables, signed at the end. */
const oldForm2020 = `安和县人民政府2020年政府信息公开工作年度报告

本报告根据《中华人民共和国政府信息公开条例》（以下简称《条例》）要求，由安和县人民政府办公室编制。全文包括概述，主动公开政府信息情况，依申请公开政府信息情况，政府信息公开的收费及减免情况，因政府信息公开申请行政复议、提起行政诉讼的情况，政府信息公开工作存在的主要问题及改进情况。本报告中所列数据的统计期限自2020年1月1日起至2020年12月31日止。本报告的电子版可在安和县人民政府门户网站下载。

一、概述

2020年，县政府认真贯彻落实《条例》和上级关于政务公开工作的部署要求，不断健全工作机制，拓宽公开渠道，政府信息公开工作取得新进展。

二、主动公开政府信息情况

2020年，全县共主动公开政府信息4215条，其中通过政府门户网站公开3860条，通过政务微博、微信公开355条。

三、依申请公开政府信息情况

2020年，全县共受理政府信息公开申请27件，已全部按期答复。其中同意公开19件，部分公开3件，不予公开2件，信息不存在3件。

四、政府信息公开的收费及减免情况

2020年，全县未收取政府信息公开检索、复制、邮寄等费用。

五、因政府信息公开申请行政复议、提起行政诉讼的情况

2020年，全县未发生因政府信息公开申请行政复议、提起行政诉讼的情况。

六、政府信息公开工作存在的主要问题及改进情况

一是部分单位对政府信息公开工作重视不够；二是信息更新不够及时。下一步，将加强督促检查，提高公开质量。

安和县人民政府办公室
2021年1月25日
`;

test('a 2020 report wholly in the conventional form: read in that form, one format-outdated error instead of table-missing ×3 and the section findings; --fix leaves it as it is', () => {
  assert.equal(core.parseReport(oldForm2020).format, 'pre2019');
  const fs = findings(oldForm2020);
  assert.deepEqual(fs.map((f) => `${f.ruleId} ${f.severity}`), ['format-outdated error']);
  assert.equal(fs[0].range.start.line, 0);
  assert.match(fs[0].message, /这是 2020 年度的报告，却整份按国办公开办函〔2019〕60号之前的传统格式编制/);
  assert.match(fs[0].message, /2020 年度起应使用国办公开办函〔2019〕60号的统一格式/);
  assert.match(findings(oldForm2020, { locale: 'en' })[0].message, /reports from 2020 on use the unified format of 国办公开办函〔2019〕60号/);
  assert.equal(core.fixAll(oldForm2020).text, oldForm2020);
  // Later years the same, naming the format in force (30号).
  const y2022 = oldForm2020.replaceAll('2020年', '2022年').replace('2021年1月25日', '2023年1月25日');
  const later = findings(y2022);
  assert.deepEqual(later.map((f) => `${f.ruleId} ${f.severity}`), ['format-outdated error']);
  assert.match(later[0].message, /2021 年度起应使用国办公开办函〔2021〕30号的统一格式/);
});

test('the same report read as the 2019 format: no heading renumbered onto a number another heading keeps, no 六 inserted while a heading is numbered 六', () => {
  const options = { format: '2019' };
  const before = findings(oldForm2020, options);
  const missing = before.find((f) => f.ruleId === 'section-missing');
  assert.equal(missing.fix, undefined);
  assert.match(missing.message, /应位于最后一部分之后、第 29 行的落款之前。但第 25 行“六、政府信息公开工作存在的主要问题及改进情况”已编为“六、”，插入会使报告有两个“六、”，因此未自动插入/);
  const order = before.find((f) => f.ruleId === 'section-order');
  assert.match(order.message, /但第 21 行“五、因政府信息公开申请行政复议、提起行政诉讼的情况”也编为“五、”（按标题它应是第四部分，编号也有误），未自动改号/);
  const fixed = core.fixAll(oldForm2020, options).text;
  const numbers = ordinals(fixed, options);
  assert.deepEqual(numbers, [...new Set(numbers)], `no number twice: ${numbers.join(' ')}`);
  assert.ok(fixed.trimEnd().endsWith('安和县人民政府办公室\n2021年1月25日'), 'the signature stays last');
  // No renumbering offered that another heading's blocked renumbering makes a duplicate.
  assert.ok(findings(fixed, options).filter((f) => f.ruleId === 'section-order').every((f) => !f.fix));
});

test('a section of the report\'s own among the format\'s: the sections after it are not renumbered into a duplicate, the missing 六 not inserted under a number held', () => {
  // 四 is a section of the report's own (收费), so the format's 四 and 五 come numbered 五 and 六; 六 is missing.
  let text = edit(correct, '## 四、政府信息公开行政复议、行政诉讼情况', '## 四、政府信息公开收费情况\n\n本年度未收取任何费用。\n\n## 五、政府信息公开行政复议、行政诉讼情况');
  text = edit(text, '## 五、存在的主要问题及改进情况', '## 六、存在的主要问题及改进情况');
  text = edit(text, '## 六、其他需要报告的事项\n\n本年度未收取信息处理费。\n\n', '');
  const fs = findings(text);
  const order = fs.filter((f) => f.ruleId === 'section-order');
  assert.equal(order.length, 2);
  assert.ok(order.every((f) => !f.fix), 'neither renumbering is safe');
  assert.match(order[0].message, /但第 \d+ 行“四、政府信息公开收费情况”也编为“四、”，它不是格式规定的部分，未自动改号/);
  assert.equal(fs.find((f) => f.ruleId === 'section-missing').fix, undefined);
  const fixed = core.fixAll(text).text;
  const numbers = ordinals(fixed);
  assert.deepEqual(numbers, ['一', '二', '三', '四', '五', '六']);
  assert.equal(fixed, text);
});

test('a missing last section is inserted after the last section, before the signature (and before annexes)', () => {
  const text = edit(correct, '## 六、其他需要报告的事项\n\n本年度未收取信息处理费。\n\n', '');
  const missing = findings(text).find((f) => f.ruleId === 'section-missing');
  assert.match(missing.message, /应位于最后一部分之后、第 \d+ 行的落款之前。/);
  assert.match(findings(text, { locale: 'en' }).find((f) => f.ruleId === 'section-missing').message, /It belongs after the last section, before the signature on line \d+\./);
  const fixed = core.fixAll(text).text;
  assert.ok(fixed.endsWith('提升解读实效。\n\n## 六、其他需要报告的事项\n\n某某市某某局\n2025年1月20日\n'), fixed.slice(-120));
  assert.deepEqual(ids(findings(fixed)).filter((id) => id.startsWith('section-') && id !== 'section-empty'), []);
  // Signature text right under the last paragraph (no blank line): the heading still stands apart.
  const tight = edit(text, '提升解读实效。\n\n某某市某某局', '提升解读实效。\n某某市某某局');
  assert.ok(core.fixAll(tight).text.endsWith('提升解读实效。\n\n## 六、其他需要报告的事项\n\n某某市某某局\n2025年1月20日\n'));
  // Annexes after the sections (no signature): before them.
  const annexed = edit(text, '某某市某某局\n2025年1月20日\n', '附件：某某局2024年政务公开工作要点落实情况\n\n一、总体情况\n\n按要点逐项落实。\n');
  const m = findings(annexed).find((f) => f.ruleId === 'section-missing');
  assert.match(m.message, /应位于最后一部分之后、第 \d+ 行的附件之前。/);
  assert.ok(core.fixAll(annexed).text.endsWith('提升解读实效。\n\n## 六、其他需要报告的事项\n\n附件：某某局2024年政务公开工作要点落实情况\n\n一、总体情况\n\n按要点逐项落实。\n'));
});

test('a gap in the numbering left by a missing section is said once (section-missing); other skips still are section-order\'s', () => {
  // breaker16 R/11: 五 missing, 四 followed by 六.
  const no5 = edit(correct, '## 五、存在的主要问题及改进情况\n\n政策解读的形式还不够丰富。2025年将增加图解、视频等解读形式，提升解读实效。\n\n', '');
  assert.deepEqual(ids(findings(no5)), ['section-missing']);
  // Both 四 and 五 missing: 三 followed by 六, still one finding per section and none for the gap.
  const no45 = edit(no5, correct.slice(correct.indexOf('## 四、'), correct.indexOf('全年因政府信息公开被申请行政复议3件')), '').replace('全年因政府信息公开被申请行政复议3件，被提起行政诉讼2件。\n\n', '');
  assert.deepEqual(ids(findings(no45)).filter((id) => id.startsWith('section-')), ['section-missing', 'section-missing']);
  // A skip that no missing section explains: 六 followed by 八.
  const skip = edit(correct, '某某市某某局\n2025年1月20日', '## 八、附加说明\n\n无。\n\n某某市某某局\n2025年1月20日');
  const order = findings(skip).filter((f) => f.ruleId === 'section-order');
  assert.equal(order.length, 1);
  assert.match(order[0].message, /编号跳号：“六、”之后是“八、”，应为“七、”/);
});
