// Hover, outline and completion as a standalone client sees them: a total's hover says what the diagnostics say
// (not another cell to blame); every document symbol lies inside its parent; hover ranges contain the position;
// section titles are offered where a heading is being typed only.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { session, root } from './client.mjs';

const ERRORS_2024 = fs.readFileSync(path.join(root, 'examples/errors-2024.nianbao.md'), 'utf8');
const lines = ERRORS_2024.split('\n');

describe('hover on a total', () => {
  let s;
  before(async () => { s = await session(); });
  after(async () => { await s.srv.stop(); });

  // The hover agrees with the diagnostic without repeating it (the editor shows a diagnostic on the cell above the
  // hover; this one is on （七）总计, so the hover says where): breaker 13 found the quoted messages a duplicate.
  test('表三 结转下年度 total: the balance as it stands and where the diagnostic is, no other cell blamed', async () => {
    const uri = 'file:///tmp/nianbao-ho/errors-2024.nianbao.md';
    const ds = await s.openAndWait(uri, ERRORS_2024);
    const balance = ds.find((d) => d.code === 'sum-balance');
    assert.ok(balance);
    const line = lines.findIndex((l) => l.startsWith('| 四、结转下年度继续办理'));
    const h = await s.srv.request('textDocument/hover', { textDocument: { uri }, position: { line, character: lines[line].lastIndexOf('1') } });
    const v = h.contents.value;
    // The diagnostic blames （七）总计 (48 → 47); the hover must not say this cell should be 0.
    assert.doesNotMatch(v, /应为 \*\*0\*\*/);
    assert.match(v, /\*\*本列平衡\*\*：.*本格所在一边为 \*\*49\*\*，另一边为 \*\*48\*\*，不成立，相差 \+1/);
    assert.ok(!v.includes(balance.message), v);
    assert.ok(v.includes(`检查结果：不成立，见第 ${balance.range.start.line + 1} 行的 sum-balance 问题。`), v);
  });

  // breaker31 #11: a sum with blank or unreadable terms is not checked (blank is not 0), as the review summary says.
  test('表三 （七）总计 with a blank result row: "not checked, N blank or unreadable cells", never "does not hold"', async () => {
    const uri = 'file:///tmp/nianbao-ho/errors-2024-total.nianbao.md';
    const ds = await s.openAndWait(uri, ERRORS_2024);
    assert.ok(!ds.some((d) => d.code === 'sum-results'));
    const line = lines.findIndex((l) => l.startsWith('| （七）总计'));
    const h = await s.srv.request('textDocument/hover', { textDocument: { uri }, position: { line, character: lines[line].lastIndexOf('48') } });
    const v = h.contents.value;
    assert.match(v, /\*\*本列总计（各处理结果之和）\*\*：未核对（有 2 个空白或无法读取的格）/);
    assert.doesNotMatch(v, /本列总计[^\n]*不成立|按 0 计/);
  });
});

/** Every corpus report (seeds and peers) and every example, by name. */
const CORPUS = path.join(root, '../shared/corpus');
const REPORTS = [
  ...['seeds', 'peers'].flatMap((d) => fs.readdirSync(path.join(CORPUS, d)).filter((f) => f.endsWith('.txt')).map((f) => path.join(CORPUS, d, f))),
  ...fs.readdirSync(path.join(root, 'examples')).filter((f) => /\.nianbao\.(md|txt)$/.test(f)).map((f) => path.join(root, 'examples', f)),
];
const le = (a, b) => a.line < b.line || (a.line === b.line && a.character <= b.character);
const inside = (inner, outer) => le(outer.start, inner.start) && le(inner.end, outer.end);

describe('outline and hover ranges over the corpus', () => {
  let s;
  before(async () => { s = await session(); });
  after(async () => { await s.srv.stop(); });

  test('every child symbol lies inside its parent, every selectionRange inside its range; a heading\'s hover range contains the position', async () => {
    assert.ok(REPORTS.length >= 15);
    const problems = [];
    let headingHovers = 0;
    for (const file of REPORTS) {
      const name = path.basename(file);
      const uri = `file:///tmp/nianbao-ol/${name}`;
      await s.openAndWait(uri, fs.readFileSync(file, 'utf8'), 'nianbao');
      const syms = await s.srv.request('textDocument/documentSymbol', { textDocument: { uri } });
      assert.ok(syms?.length, name);
      const heads = [];
      const walk = (list, parent) => {
        for (const sym of list ?? []) {
          if (!inside(sym.selectionRange, sym.range)) problems.push(`${name}: ${sym.name}: selectionRange outside range`);
          if (parent && !inside(sym.range, parent.range)) problems.push(`${name}: ${sym.name} (${sym.range.start.line}-${sym.range.end.line}) outside ${parent.name} (${parent.range.start.line}-${parent.range.end.line})`);
          if (sym.kind !== 23) heads.push(sym.selectionRange.start.line);
          walk(sym.children, sym);
        }
      };
      walk(syms, null);
      for (const line of heads) {
        const position = { line, character: 0 };
        const h = await s.srv.request('textDocument/hover', { textDocument: { uri }, position });
        if (!h?.range) continue;
        headingHovers++;
        if (!inside({ start: position, end: position }, h.range)) problems.push(`${name}: hover range at ${line}:0 is ${JSON.stringify(h.range)}`);
      }
      s.srv.notify('textDocument/didClose', { textDocument: { uri } });
    }
    assert.ok(headingHovers > 50, `${headingHovers} heading hovers`);
    assert.deepEqual(problems, []);
  });
});

describe('section titles in completion', () => {
  let s;
  before(async () => { s = await session(); });
  after(async () => { await s.srv.stop(); });
  const labels = async (uri, line, character) => {
    const r = await s.srv.request('textDocument/completion', { textDocument: { uri }, position: { line, character } });
    return (Array.isArray(r) ? r : r?.items ?? []).map((i) => i.label);
  };

  test('offered after an ordinal with its separator or a `#`; not on an empty prose line nor after a bare numeral', async () => {
    const uri = 'file:///tmp/nianbao-co/errors-2024.nianbao.md';
    // An empty line in the middle of the first section's prose, then the same line with what a user types there.
    const prose = lines.findIndex((l, i) => i > 0 && l === '' && /^[^#|\s]/.test(lines[i - 1]) && lines[i - 1].length > 30);
    assert.ok(prose > 0);
    await s.openAndWait(uri, ERRORS_2024);
    assert.deepEqual(await labels(uri, prose, 0), []);
    const typed = async (t) => {
      await s.replace(uri, lines.map((l, i) => (i === prose ? t : l)).join('\n'));
      return labels(uri, prose, t.length);
    };
    assert.deepEqual(await typed('一'), []);
    assert.deepEqual(await typed('一是'), []);
    const ordinal = await typed('五、');
    assert.ok(ordinal.includes('五、存在的主要问题及改进情况'), ordinal.join(' / '));
    const hash = await typed('## ');
    assert.ok(hash.includes('一、总体情况'), hash.join(' / '));
    // A lower heading's ordinal (brk87 #6: `### （一）` was offered 一、总体情况, written over the ordinal): nothing.
    // In 一、总体情况 a sub-heading is offered the format's sub-headings of that section instead, never a section title.
    for (const t of ['### （一）', '### （', '### (1)', '#### 1.', '（二）', '2、']) {
      const got = await typed(t);
      assert.ok(got.every((l) => /^（[一二三四五]）/.test(l)), `${t}: ${got.join(' / ')}`);
    }
    assert.deepEqual(await typed('#### 1.'), []);
  });
});

describe('outline of a file holding two agencies’ reports', () => {
  let s;
  before(async () => { s = await session(); });
  after(async () => { await s.srv.stop(); });

  test('one top-level symbol per report, named by its title, each with its six sections and 表三 under 三', async () => {
    const correct = fs.readFileSync(path.join(root, 'examples/correct-2024.nianbao.md'), 'utf8');
    const text = `${correct}\n${correct.replace(/某某市某某局/g, '某某市另一局')}`;
    const secondAt = correct.split('\n').length;
    const uri = 'file:///tmp/nianbao-ol2/two.md';
    await s.openAndWait(uri, text);
    const syms = await s.srv.request('textDocument/documentSymbol', { textDocument: { uri } });
    assert.deepEqual(syms.map((x) => [x.name, x.range.start.line]), [
      ['某某市某某局2024年政府信息公开工作年度报告', 0],
      ['某某市另一局2024年政府信息公开工作年度报告', secondAt],
    ]);
    for (const report of syms) {
      const sections = report.children.filter((c) => /^[一二三四五六]、/.test(c.name));
      assert.equal(sections.length, 6, report.name);
      const three = sections.find((c) => c.name.startsWith('三、'));
      assert.ok(three.children.some((c) => c.name.startsWith('表三')), three.children.map((c) => c.name).join(' / '));
      for (const c of report.children) assert.ok(inside(c.range, report.range), `${c.name} outside ${report.name}`);
    }
    assert.ok(syms[0].range.end.line < secondAt);
  });

  test('a 汇编 with a cover title and contents: the cover is an entry of its own, the first report starts, is named and selected at its own title, which is no child of it (breaker49, helper-202 #8)', async () => {
    const correct = fs.readFileSync(path.join(root, 'examples/correct-2024.nianbao.md'), 'utf8');
    const cover = '# 某某市2024年政府信息公开工作年度报告汇编\n\n目录\n\n1. 某某市某某局2024年政府信息公开工作年度报告\n2. 某某市另一局2024年政府信息公开工作年度报告\n\n';
    const text = `${cover}${correct}\n${correct.replace(/某某市某某局/g, '某某市另一局')}`;
    const firstTitle = cover.split('\n').length - 1;
    const uri = 'file:///tmp/nianbao-ol2/huibian.md';
    await s.openAndWait(uri, text);
    const syms = await s.srv.request('textDocument/documentSymbol', { textDocument: { uri } });
    // The cover title is an entry of its own before the reports (helper-202 #8: it was the first report's child), and
    // the first report starts at its own title, where its name is selected.
    assert.deepEqual(syms.map((x) => x.name), ['某某市2024年政府信息公开工作年度报告汇编', '某某市某某局2024年政府信息公开工作年度报告', '某某市另一局2024年政府信息公开工作年度报告']);
    assert.equal(syms[0].range.start.line, 0);
    assert.ok(syms[0].range.end.line < firstTitle);
    assert.equal(syms[1].range.start.line, firstTitle);
    assert.equal(syms[1].selectionRange.start.line, firstTitle);
    for (const report of syms.slice(1)) {
      assert.ok(!report.children.some((c) => c.name === report.name), report.children.map((c) => `${c.name}@${c.range.start.line}`).join(' / '));
      assert.equal(report.children.filter((c) => /^[一二三四五六]、/.test(c.name)).length, 6, report.name);
    }
  });
});

describe('outline details name the layout a table is written in', () => {
  let s;
  before(async () => { s = await session(); });
  after(async () => { await s.srv.stop(); });

  test('a pipe table and a one-cell-per-line paste (seed 001): 竖线 / 每行一格, never the reader’s `none`', async () => {
    const seed = fs.readFileSync(path.join(CORPUS, 'seeds/001_417062a3286660b0.txt'), 'utf8');
    const details = async (uri, text) => {
      await s.openAndWait(uri, text);
      const out = [];
      const walk = (list) => { for (const x of list ?? []) { if (/^表[二三四]/.test(x.name)) out.push(x.detail); walk(x.children); } };
      walk(await s.srv.request('textDocument/documentSymbol', { textDocument: { uri } }));
      return out;
    };
    const pasted = await details('file:///tmp/nianbao-ol3/seed001.md', seed);
    assert.ok(pasted.length >= 3, pasted.join(' / '));
    assert.ok(pasted.every((d) => !/none/.test(d)), pasted.join(' / '));
    assert.ok(pasted.some((d) => d.endsWith(' · 每行一格')), pasted.join(' / '));
    const pipe = await details('file:///tmp/nianbao-ol3/correct.md', fs.readFileSync(path.join(root, 'examples/correct-2024.nianbao.md'), 'utf8'));
    assert.deepEqual(pipe.map((d) => d.split(' · ')[1]), ['竖线', '竖线', '竖线']);
  });
});

describe('sub-headings glued to their paragraph (brk136 #6)', () => {
  let s;
  before(async () => { s = await session(); });
  after(async () => { await s.srv.stop(); });

  test('seed 004: all four of 三、改进工作措施\'s （一）–（四） are in the outline, each its lead phrase', async () => {
    // Four lines of one shape, an ordinal with its title and the paragraph run on without punctuation between; only
    // （一） and （三）, whose first comma or full stop came early, were listed.
    const seed = fs.readFileSync(path.join(CORPUS, 'seeds/004_f7bfe38ed4197dfc.txt'), 'utf8');
    const uri = 'file:///tmp/nianbao-ol4/seed004.md';
    await s.openAndWait(uri, seed);
    const symbols = await s.srv.request('textDocument/documentSymbol', { textDocument: { uri } });
    const three = symbols.find((x) => x.name.startsWith('三、改进工作措施'));
    assert.ok(three, symbols.map((x) => x.name).join(' / '));
    const names = three.children.map((x) => x.name);
    assert.deepEqual(names.map((n) => n.slice(0, 3)), ['(一)', '(二)', '(三)', '(四)']);
    assert.ok(names.every((n) => n.length <= 3 + 48), names.join(' / '));
    assert.equal(names[1], '(二)进一步规范依申请公开政府信息程序我县依申请公开的渠道已基本畅');
    // A pre-2019 sub-heading with a lead phrase ended by a comma keeps it (as before).
    assert.equal(names[2], '(三)进一步完善政府信息公开栏目及内容2014年');
    // Each symbol's range covers its own paragraph, not the next sub-heading's.
    assert.deepEqual(three.children.map((x) => x.selectionRange.start.line), [47, 49, 51, 53]);
  });
});
