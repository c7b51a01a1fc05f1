// prose 其中 lists of channels that split the 新收 count before them, and where the fix inserts a missing 六 heading
// (found by breaker29).
// breaker29 new findings 2 and 3 (/work/breaker29-files/findings.md), on examples/correct-2024.nianbao.md
// (某某市某某局 2024: 新收 46, 上年结转 2, 办结 47) with the breaker's wordings.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, edit, only, ROOT } from '../helpers.mjs';

const CORRECT = readFileSync(join(ROOT, 'examples', 'correct-2024.nianbao.md'), 'utf8');
const T3_PROSE = '全年新收政府信息公开申请46件，上年结转2件；办结47件，其中予以公开24件、部分公开6件、不予公开6件、无法提供7件、不予处理3件、其他处理1件；结转下年度继续办理1件。';
/** The example with its 表三 paragraph replaced by `prose`. */
const withProse = (prose) => edit(CORRECT, T3_PROSE, prose);
const channelSums = (text) => only(text, 'prose-table').found.filter((f) => /列举的各种方式提交的申请合计/.test(f.message)).map((f) => [f.actual, f.expected, f.severity]);

// ------------------------------------------------------------------------ finding 2: 其中 list joined by ，

test('2: a 其中 opening the next sentence with channels joined by ， splits the 新收 count before it (F/04, F/04b, F/04c)', () => {
  // F/04: 30 + 10 + 12 = 52 > 新收 46.
  const text = withProse('全年新收政府信息公开申请46件。其中，网上申请30件，当面申请10件，信函申请12件。');
  const found = only(text, 'prose-table').found;
  assert.equal(found.length, 1);
  assert.equal(found[0].message, '正文“网上申请30件，当面申请10件，信函申请12件”列举的各种方式提交的申请合计 52 件，只是本年申请的一部分，却多于表三的本年新收申请 46：部分不会多于整体。请核对正文或表格。');
  assert.equal(found[0].severity, 'error');
  // F/04b: 48 is still more than 新收 46 (上年结转 is not said before the list).
  assert.deepEqual(channelSums(withProse('全年新收政府信息公开申请46件。其中，网上申请30件，当面申请10件，信函申请8件。')), [[48, 46, 'error']]);
  // F/04c: 其中 without its comma.
  assert.deepEqual(channelSums(withProse('全年新收政府信息公开申请46件。其中网上申请30件，当面申请10件，信函申请12件。')), [[52, 46, 'error']]);
  // `，其中，` in the count's own sentence reads alike.
  assert.deepEqual(channelSums(withProse('全年新收政府信息公开申请46件，其中，网上申请30件，当面申请10件，信函申请12件。')), [[52, 46, 'error']]);
});

test('2: the guards stay: parts that add up to no more than the whole, one way named twice, or a sentence between that counts something else', () => {
  assert.deepEqual(channelSums(withProse('全年新收政府信息公开申请46件。其中，网上申请30件，当面申请10件，信函申请6件。')), []);
  // 网上 and 在线 are one way: the parts may overlap.
  assert.deepEqual(channelSums(withProse('全年新收政府信息公开申请46件。其中，网上申请30件，在线申请20件。')), []);
  // A single part is no list.
  assert.deepEqual(channelSums(withProse('全年新收政府信息公开申请46件。其中，网上申请30件。')), []);
  // The sentence before counts something else: which count the list splits is not known.
  assert.deepEqual(channelSums(withProse('全年新收政府信息公开申请46件。全年接待群众咨询300件。其中，网上申请30件，当面申请10件，信函申请12件。')), []);
  // Joined by 、 it stays prose-sum's (not said twice).
  const dun = withProse('全年新收政府信息公开申请46件。其中，网上申请30件、当面申请10件、信函申请12件。');
  assert.deepEqual(channelSums(dun), []);
  assert.equal(only(dun, 'prose-sum').found.length, 1);
});

// ------------------------------------------------------------------------ finding 3: the 六 heading missing

test('3: without the 六 heading, the fix puts 六 above 六\'s paragraph after 五\'s own text (F/09), losing no text', () => {
  const broken = CORRECT.replace('## 六、其他需要报告的事项\n\n', '');
  assert.notEqual(broken, CORRECT);
  const found = core.analyze(broken).findings.filter((f) => f.ruleId === 'section-missing');
  assert.equal(found.length, 1);
  const at = broken.split('\n').indexOf('本年度未收取信息处理费。');
  assert.equal(found[0].range.start.line, at);
  assert.equal(found[0].message, `缺少“六、其他需要报告的事项”部分（国办公开办函〔2021〕30号格式规定的第6部分）。其内容似乎从第 ${at + 1} 行“本年度未收取信息处理费。”开始（上一部分自身的文字之后），却没有标题。修复会在第 ${at + 1} 行之前插入“六、其他需要报告的事项”，请核对。`);
  const { text } = core.fixAll(broken);
  // Back to the correct report exactly; the re-check finds nothing.
  assert.equal(text, CORRECT);
  assert.deepEqual(core.analyze(text).findings.filter((f) => f.severity !== 'info').map((f) => f.ruleId), []);
});

test('3: 五 keeps its own text: several paragraphs and sub-headings of 五 stay above, a lone paragraph under 五 stays 五\'s', () => {
  const FIVE = '政策解读的形式还不够丰富。2025年将增加图解、视频等解读形式，提升解读实效。';
  const base = CORRECT.replace('## 六、其他需要报告的事项\n\n', '');
  // 五 with sub-headings and two paragraphs, then 六's paragraph.
  const long = base.replace(FIVE, `（一）存在的主要问题\n\n${FIVE}\n\n（二）改进措施\n\n下一步，我局将加强培训。`);
  const out = core.fixAll(long).text.split('\n');
  const h6 = out.indexOf('## 六、其他需要报告的事项');
  assert.deepEqual(out.slice(h6 - 2, h6 + 3), ['下一步，我局将加强培训。', '', '## 六、其他需要报告的事项', '', '本年度未收取信息处理费。']);
  // 五's only paragraph is about the fee: it is 五's own text; the heading goes above the signature (as before).
  const lone = base.replace(`${FIVE}\n\n`, '');
  const f = core.analyze(lone).findings.find((x) => x.ruleId === 'section-missing');
  assert.match(f.message, /应位于最后一部分之后、第 \d+ 行的落款之前/);
  const fixed = core.fixAll(lone).text.split('\n');
  const h = fixed.indexOf('## 六、其他需要报告的事项');
  assert.ok(h > fixed.indexOf('本年度未收取信息处理费。'));
  // A paragraph after 五's text that is neither 五's nor 六's: no guess, the heading goes above the signature.
  const other = base.replace('本年度未收取信息处理费。', '特此报告。');
  const g = core.analyze(other).findings.find((x) => x.ruleId === 'section-missing');
  assert.match(g.message, /落款之前/);
  // Annexes after 五 with no paragraph of 六 before them: an annex on 工作要点落实情况 is no text of 六.
  const annexed = lone.replace('某某市某某局\n2025年1月20日\n', '附件：某某局2024年政务公开工作要点落实情况\n\n按要点逐项落实。\n');
  assert.notEqual(annexed, lone);
  assert.match(core.analyze(annexed).findings.find((x) => x.ruleId === 'section-missing').message, /附件之前/);
});
