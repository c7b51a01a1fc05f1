// placeholder-left (brk150 #2–#4, #6): placeholders a drafter writes for figures, names and dates not known yet (XX件,
// ××件, 【待补充】, 2027年1月XX日, 2027年  月  日) were left in the prose, the period and the signature of a draft copied
// forward, and nothing said so; `202X年1月1日` in the period was said by date-invalid as “年1月1日” (its year lost).
// Base: examples/correct-2024.nianbao.md.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, ROOT } from '../helpers.mjs';

const correct = readFileSync(join(ROOT, 'examples/correct-2024.nianbao.md'), 'utf8');
const lines = correct.split('\n');
const PROSE = lines.findIndex((l) => l.startsWith('全年新收政府信息公开申请') || l.includes('新收政府信息公开申请'));
const SIGNED = lines.findIndex((l) => /^\d{4}年\d{1,2}月\d{1,2}日$/.test(l.trim()));
/** `correct` with line `i` replaced by `text`. */
const withLine = (i, text) => lines.map((l, k) => (k === i ? text : l)).join('\n');
const found = (text) => core.analyze(text).findings.filter((f) => f.ruleId === 'placeholder-left');
const quoted = (text) => found(text).map((f) => /^“(.+?)”/.exec(f.message)[1]);

test('the bases: a prose line with counts and a signature date are there, and the correct report has no placeholder', () => {
  assert.ok(PROSE > 0 && SIGNED > 0);
  assert.deepEqual(found(correct), []);
});

test('placeholders for counts and names in the prose are each said once, quoted as written, with no fix', () => {
  const text = withLine(PROSE, '全年共收到政府信息公开申请XX件，上年结转××件，全年办结【】件，结转下年度继续办理待补充。本局会同ＸＸ区政务服务中心开展培训x次。');
  assert.deepEqual(quoted(text), ['XX', '××', '【】', 'ＸＸ', 'x']);
  const fs = found(text);
  assert.ok(fs.every((f) => f.severity === 'warning' && !f.fix));
  // The range is the placeholder itself (0-based UTF-16 columns).
  assert.equal(text.split('\n')[PROSE].slice(fs[0].range.start.character, fs[0].range.end.character), 'XX');
  // A section holding only a bracketed note of what is to come.
  assert.deepEqual(quoted(withLine(PROSE, '【待补充】')), ['【待补充】']);
  assert.deepEqual(quoted(withLine(PROSE, 'TODO: 补上信息处理费情况')), ['TODO']);
  // Other marks and blanks (brk152 #8): ○○ and ＊＊ for a count, 〔〕, a blank of underscores, 待核实 leading a line.
  assert.deepEqual(quoted(withLine(PROSE, '办理行政许可○○件，由〔〕负责，联系人___。')), ['○○', '〔〕', '___']);
  assert.deepEqual(quoted(withLine(PROSE, '办理行政许可＊＊件。')), ['＊＊']);
  assert.deepEqual(quoted(withLine(PROSE, '待核实：培训人数。')), ['待核实']);
  assert.deepEqual(quoted(withLine(PROSE, '培训人数（待核实）。')), ['（待核实）']);
});

test('a date not filled in is one finding for the whole date: signature, period and year placeholders', () => {
  for (const [written, shown] of [
    ['2027年1月XX日', '2027年1月XX日'],
    ['2027年X月X日', '2027年X月X日'],
    ['××××年××月××日', '××××年××月××日'],
    ['2027年  月  日', '2027年  月  日'],
    ['____年__月__日', '____年__月__日'],
    // The day alone left blank, spaces around the numbers, circles for the month and day (brk152 #7).
    ['2027年1月  日', '2027年1月  日'],
    ['2027 年 1 月 日', '2027 年 1 月 日'],
    ['2027年○月○日', '2027年○月○日'],
  ]) {
    const fs = found(withLine(SIGNED, written));
    assert.equal(fs.length, 1, written);
    assert.match(fs[0].message, new RegExp(`^“${shown.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}”是未填写的日期`));
  }
  // The statistics period with its year as a placeholder: said by placeholder-left, quoting the whole date, and not
  // by date-invalid as a year with digits lost.
  const i = lines.findIndex((l) => l.includes('统计期限'));
  const period = withLine(i, lines[i].replace(/2024年1月1日/, '202X年1月1日').replace(/2024年12月31日/, '202X年12月31日'));
  assert.deepEqual(quoted(period), ['202X年1月1日', '202X年12月31日']);
  // A period's date has no deadline to name (brk157 #4); the signature's has.
  assert.ok(found(period).every((f) => !f.message.includes('落款')));
  assert.match(found(withLine(SIGNED, '2027年1月XX日'))[0].message, /落款日期还要在发布期限之前/);
  assert.ok(!core.analyze(period).findings.some((f) => f.ruleId === 'date-invalid'), 'date-invalid says no “年1月1日”');
  const monthDay = withLine(i, lines[i].replace(/2024年1月1日/, '2024年XX月XX日'));
  assert.deepEqual(quoted(monthDay), ['2024年XX月XX日']);
});

test('correct text that looks like a placeholder is not said', () => {
  for (const sentence of [
    '政务公开工作仍有待补充完善，标准化规范化水平尚待填报系统上线后提升。',
    '本院新购置X光机1台，提供7×24小时服务，在Windows和Linux系统上均可访问。',
    '登记表须写明出生年月日。依据《条例》第二十条第（一）项公开（国办公开办函〔2021〕30号）。',
    '公开电话：0517-12345678，邮箱xxgk@example.gov.cn，网址 http://www.example.gov.cn/xxgk/。',
    // brk152 #1, #4, #5: masked names in case descriptions, 待补充 as a word of a sentence, patterns in quotes.
    '典型案例：申请人王××申请公开某地块征收补偿信息，我局依法予以公开；张×不服答复申请行政复议；刘XX诉我局一案，法院驳回其诉讼请求。',
    '2件申请因内容待补充，已告知申请人补正；目录中部分事项要素待补充完善，将于2025年6月前补齐。',
    '会议纪要格式为“××局会议纪要（×年第×期）”的文件不予公开；申请表中“年  月  日”一栏由申请人填写。',
    '二〇二五年一月二十日',
  ]) {
    assert.deepEqual(quoted(withLine(PROSE, sentence)), [], sentence);
  }
  // A line of underscores alone is a Markdown rule.
  assert.deepEqual(quoted(withLine(PROSE, '___')), []);
  // In a table cell a placeholder is number-invalid's (the cell is no number), not said twice.
  const row = lines.findIndex((l) => l.startsWith('| 一、本年新收政府信息公开申请数量'));
  const cell = withLine(row, lines[row].replace(/\|\s*40\s*\|/, '| XX |'));
  assert.deepEqual(found(cell), []);
  assert.ok(core.analyze(cell).findings.some((f) => f.ruleId === 'number-invalid'));
});
