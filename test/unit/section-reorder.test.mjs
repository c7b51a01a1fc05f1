// Sections that keep the numbers of their titles but stand in another order (六 before 五) were said as a numbering
// gap (“四、”之后是“六、”) and a repeat whose advice was to renumber 五 to 七. They are now said as sections out of
// order, with a fix that moves each section whole into the order of its number.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, ROOT } from '../helpers.mjs';

const correct = readFileSync(join(ROOT, 'examples', 'correct-2024.nianbao.md'), 'utf8');
const check = (text, locale = 'zh') => core.checkReport(core.parseReport(text), { locale });

/** The report's sections (heading to next heading) and what comes before and after them. */
function split(text) {
  const starts = [...text.matchAll(/^## [一二三四五六]、/gm)].map((m) => m.index);
  const sig = text.indexOf('某某市某某局\n2025');
  const parts = starts.map((s, k) => text.slice(s, k + 1 < starts.length ? starts[k + 1] : sig));
  return { head: text.slice(0, starts[0]), parts, tail: text.slice(sig) };
}

/** The report with its sections in the order `order` (0-based indexes of the six). */
function reordered(text, order) {
  const { head, parts, tail } = split(text);
  return head + order.map((k) => parts[k]).join('') + tail;
}

test('五 and 六 swapped: one section-order warning on 五, no numbering gap or repeat; the fix gives back the report exactly', () => {
  const text = reordered(correct, [0, 1, 2, 3, 5, 4]);
  const f = check(text);
  assert.deepEqual(f.map((x) => x.ruleId), ['section-order']);
  assert.equal(f[0].message, '“五、存在的主要问题及改进情况”排在“六、其他需要报告的事项”之后：各部分的编号与标题相符，但顺序颠倒（格式规定按一至六的顺序）。修复按编号重排各部分，文字不变。');
  assert.equal(text.split('\n')[f[0].range.start.line], '## 五、存在的主要问题及改进情况');
  assert.equal(core.applyFixes(text, f[0].fix.edits).text, correct);
  assert.equal(core.fixAll(text).text, correct);
  assert.match(check(text, 'en')[0].message, /^“五、存在的主要问题及改进情况” stands after “六、其他需要报告的事项”: the sections carry the numbers of their titles but stand in another order/);
});

test('表三 (section 三) moved after 四: one warning on 三, the fix moves the section with its table back; CRLF kept', () => {
  const crlf = correct.replace(/\n/g, '\r\n');
  const text = reordered(crlf, [0, 1, 3, 2, 4, 5]);
  const f = check(text);
  assert.deepEqual(f.map((x) => `${x.ruleId}:${x.message.slice(0, 6)}`), ['section-order:“三、收到和']);
  const fixed = core.fixAll(text).text;
  assert.equal(fixed, crlf);
  assert.deepEqual(check(fixed), []);
});

test('the last sections at the end of the text (no signature after them, no final line break): text kept, order fixed', () => {
  const noSig = correct.slice(0, correct.indexOf('某某市某某局\n2025')).replace(/\n+$/, '');
  const { head, parts } = split(noSig + '\n某某市某某局\n2025');
  parts[5] = parts[5].replace(/\n+$/, '');
  const text = head + parts[0] + parts[1] + parts[2] + parts[3] + parts[5] + '\n\n' + parts[4].replace(/\n+$/, '');
  const f = check(text).filter((x) => x.ruleId === 'section-order');
  assert.equal(f.length, 1);
  const fixed = core.applyFixes(text, f[0].fix.edits).text;
  assert.equal(fixed, noSig);
  // Every line of the draft is still there.
  assert.deepEqual(fixed.split('\n').filter((l) => l.trim()).sort(), text.split('\n').filter((l) => l.trim()).sort());
});

test('sections rotated (二 三 四 after 五): each one standing after a higher number is said; one fix sorts them all', () => {
  const text = reordered(correct, [0, 4, 1, 2, 3, 5]);
  const f = check(text).filter((x) => x.ruleId === 'section-order');
  assert.deepEqual(f.map((x) => x.message.slice(0, 3)), ['“二、', '“三、', '“四、']);
  assert.equal(core.applyFixes(text, f[0].fix.edits).text, correct);
  assert.equal(core.fixAll(text).text, correct);
});

test('numbers that follow the position, not the title (五/六 titles swapped under 五、 六、), are still said as misnumbered, and that the fix then moves the sections (breaker30 f37)', () => {
  const { head, parts, tail } = split(correct);
  const text = head + parts.slice(0, 4).join('') + parts[5].replace('六、', '五、') + parts[4].replace('五、', '六、') + tail;
  const f = check(text);
  assert.deepEqual(f.map((x) => x.message), [
    '“其他需要报告的事项”应是第六部分，却编为“五、”。改号后它排在“存在的主要问题及改进情况”之前，与编号的顺序不符：修复随后会把各部分连同正文按编号重排，请核对。',
    '“存在的主要问题及改进情况”应是第五部分，却编为“六、”。改号后它排在“其他需要报告的事项”之后，与编号的顺序不符：修复随后会把各部分连同正文按编号重排，请核对。',
  ]);
  const en = core.analyze(text, { locale: 'en' }).findings.filter((x) => x.ruleId === 'section-order');
  assert.match(en[0].message, /is numbered “五、”\. Renumbered, it stands before “存在的主要问题及改进情况”, against the order of the numbers: the fix then moves the sections, text and all/);
  // What the message says: renumbered, then moved, text and all: the report as it was.
  assert.equal(core.fixAll(text).text, correct);
  // One misnumbered heading that stays in order once renumbered (六 written 七): nothing said of moving.
  assert.deepEqual(check(correct.replace('六、其他需要报告的事项', '七、其他需要报告的事项')).map((x) => x.message), ['“其他需要报告的事项”应是第六部分，却编为“七、”。']);
});

test('tables are read under their sections in any order: 表二 under 二 after 三, 表四 under 四 before 三 (no table-missing)', () => {
  for (const order of [[0, 2, 1, 3, 4, 5], [0, 1, 3, 2, 4, 5], [5, 4, 3, 2, 1, 0]]) {
    const text = reordered(correct, order);
    const report = core.parseReport(text);
    for (const t of ['t2', 't3', 't4']) assert.ok(report.tables[t], `${t} read, order ${order}`);
    assert.deepEqual(report.tables.t2.rows.find((r) => r.label === '行政许可').cells.map((c) => c.value), [1520]);
    assert.deepEqual([...new Set(check(text).map((x) => x.ruleId))], ['section-order'], `order ${order}`);
    assert.equal(core.fixAll(text).text, correct);
  }
});

test('breaker21 g2: 二 and 三 carry each other’s titles (numbers by position): two misnumbering warnings, no gap said at 四', () => {
  const { head, parts, tail } = split(correct);
  const text = head + parts[0] + parts[2].replace('三、', '二、') + parts[1].replace('二、', '三、') + parts.slice(3).join('') + tail;
  const f = check(text).filter((x) => x.ruleId === 'section-order');
  assert.deepEqual(f.map((x) => x.message), [
    '“收到和处理政府信息公开申请情况”应是第三部分，却编为“二、”。改号后它排在“主动公开政府信息情况”之前，与编号的顺序不符：修复随后会把各部分连同正文按编号重排，请核对。',
    '“主动公开政府信息情况”应是第二部分，却编为“三、”。改号后它排在“收到和处理政府信息公开申请情况”之后，与编号的顺序不符：修复随后会把各部分连同正文按编号重排，请核对。',
  ]);
});

/** The example with blank lines and a comment of its own between the sections (brk106 #19's sec-swap-rich). */
function roomy() {
  const { head, parts, tail } = split(correct);
  const gaps = ['\n\n\n', '<!-- 审核意见：本节数据已核对 -->\n\n\n\n', '', '\n', '\n\n', '\n\n\n'];
  return head + parts.map((p, k) => p.replace(/\n+$/, '\n') + gaps[k] + '\n').join('').replace('## 三、收到和处理政府信息公开申请情况', '$&   ') + tail;
}

/** Each section's text from its heading to its last line with text, in the order of the text. */
const contents = (text) => split(text).parts.map((p) => p.replace(/\s+$/, ''));

test('brk106 #19: the fix moves the sections and nothing else: the extra blank lines and the comment of other sections stay, and the edits are a cut and a paste', () => {
  const original = roomy();
  // 四 after 五, as in sec-swap-rich.nianbao.md.
  const { head, parts, tail } = split(original);
  const text = head + parts[0] + parts[1] + parts[2] + parts[4] + parts[3] + parts[5] + tail;
  const f = check(text).filter((x) => x.ruleId === 'section-order');
  assert.equal(f.length, 1);
  const fixed = core.applyFixes(text, f[0].fix.edits).text;
  assert.equal(fixed, original);
  assert.equal(core.fixAll(text).text, original);
  assert.equal(core.fixAll(fixed).text, fixed);
  // Two edits: 五 (the shorter) cut from before 四 and written back before 六; no edit touches 一–三 or 四's table.
  const lines = text.split('\n');
  const at = (s) => lines.indexOf(s);
  assert.deepEqual(f[0].fix.edits.map((e) => [e.range.start.line, e.range.end.line, e.newText === '' ? 'cut' : e.newText.split('\n')[0]]), [
    [at('## 五、存在的主要问题及改进情况'), at('## 四、政府信息公开行政复议、行政诉讼情况'), 'cut'],
    [at('## 六、其他需要报告的事项'), at('## 六、其他需要报告的事项'), '## 五、存在的主要问题及改进情况'],
  ]);
});

test('brk106 #19: every order of 二–六 with uneven blank lines: the fix puts them in order, each section’s text and every line kept, the title and signature untouched', () => {
  const original = roomy();
  const { head, parts, tail } = split(original);
  const perms = (xs) => (xs.length <= 1 ? [xs] : xs.flatMap((x, i) => perms([...xs.slice(0, i), ...xs.slice(i + 1)]).map((p) => [x, ...p])));
  const sortedLines = (t) => t.split('\n').sort();
  for (const order of perms([1, 2, 3, 4, 5])) {
    if (order.join() === '1,2,3,4,5') continue;
    const text = head + parts[0] + order.map((k) => parts[k]).join('') + tail;
    const f = check(text).filter((x) => x.ruleId === 'section-order');
    assert.ok(f.length && f[0].fix, `order ${order}`);
    const fixed = core.applyFixes(text, f[0].fix.edits).text;
    assert.deepEqual(contents(fixed), contents(original), `order ${order}`);
    assert.deepEqual(sortedLines(fixed), sortedLines(text), `order ${order}`);
    assert.ok(fixed.startsWith(head) && fixed.endsWith(tail), `order ${order}`);
    // The blank lines before the signature stay where they were (they go with no section).
    assert.equal(/\n*(?=某某市某某局\n2025)/.exec(fixed)[0], /\n*(?=某某市某某局\n2025)/.exec(text)[0], `order ${order}`);
    assert.deepEqual(check(fixed).filter((x) => x.ruleId === 'section-order'), [], `order ${order}`);
  }
});

// brk109 #10: a comment on the line right above a heading (`<!-- 六 写于 2025-01 -->`) belongs to that section: 五 was
// moved in between the comment and 六's heading. Now the comment moves, or stays, with its heading.
test('brk109 #10: a comment right above a section heading stays with its section when the sections are put in order', () => {
  const commented = correct.replace('## 六、其他需要报告的事项', '<!-- 六 写于 2025-01 -->\n## 六、其他需要报告的事项').replace('## 五、存在的主要问题及改进情况', '<!-- nianbao-disable-next-line section-title -->\n## 五、存在的主要问题及改进情况');
  assert.notEqual(commented, correct);
  // The sections with the comments right above their headings.
  const starts = [...commented.matchAll(/^(?:<!--.*-->\n)*## [一二三四五六]、/gm)].map((m) => m.index);
  const sig = commented.indexOf('某某市某某局\n2025');
  const parts = starts.map((s, k) => commented.slice(s, k + 1 < starts.length ? starts[k + 1] : sig));
  for (const order of [[0, 1, 2, 3, 5, 4], [0, 1, 2, 5, 3, 4], [0, 2, 1, 3, 4, 5]]) {
    const text = commented.slice(0, starts[0]) + order.map((k) => parts[k]).join('') + commented.slice(sig);
    assert.ok(text.includes('<!-- 六 写于 2025-01 -->\n## 六'));
    const f = check(text).find((x) => x.ruleId === 'section-order');
    assert.ok(f?.fix, String(order));
    const out = core.applyFixes(text, f.fix.edits).text;
    assert.equal(out, commented, String(order));
  }
});
