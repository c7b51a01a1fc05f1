// Versions of a document (prose/versions.ts): a report checked as an edited version of the previous one
// (`followOn`) reuses the paragraphs, claims and line searches of the unchanged lines, and must give exactly what
// a fresh check gives: the prose (text, paragraphs, every source position) and every finding. Random edit chains
// (fast-check) over the corpus, the examples and generated reports, with the edits that change the model most:
// headings, table rows, breaks, page numbers, full-width digits, CRLF, long deletions.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSync } from 'esbuild';
import fc from 'fast-check';
import { ROOT, CORPUS, editArbitrary, applyEdit } from '../helpers.mjs';

const out = buildSync({
  stdin: { contents: `
    export { proseOf } from './prose/text.ts';
    export { followOn, forgetPrevious } from './prose/versions.ts'; export { diffLines } from './text/line-diff.ts';
    export { parseReport } from './model/build.ts';
    export { checkReport } from './check.ts';
    export { LineIndex } from './text/lines.ts';
  `, resolveDir: join(ROOT, 'server/src/core'), loader: 'ts' },
  bundle: true, write: false, format: 'cjs', platform: 'node', logLevel: 'error',
});
const mod = { exports: {} };
new Function('module', 'exports', 'require', out.outputFiles[0].text)(mod, mod.exports, (id) => { throw new Error(`unexpected require ${id}`); });
const I = mod.exports;

const texts = [];
for (const dir of ['seeds', 'peers']) for (const f of readdirSync(join(CORPUS, dir)).sort()) if (/\.(txt|md)$/.test(f)) texts.push(readFileSync(join(CORPUS, dir, f), 'utf8'));
for (const f of readdirSync(join(ROOT, 'examples')).sort()) if (/\.md$/.test(f)) texts.push(readFileSync(join(ROOT, 'examples', f), 'utf8'));

const SNIPPETS = ['0', '7', '12', '|', ' | ', '\n', '\n\n', '\r\n', '一、', '（二）', '三、收到和处理政府信息公开申请情况', '（七）总计', '| （一）予以公开 | 3 | 0 | 0 | 0 | 0 | 0 | 3 |',
  '2023年', '。', '𠀀', '“', '', '资金资金', '共收到申请10件，其中自然人申请5件，其他5件', '不予公开3件', '（含', '）', '率为50%', '# ', '- 3 -', '   ', '１２', '％', '受理政府信息公开申请 20 件', '行政复议3件', '账号+密码登录', '（文字描述，在此处报告。）', '\n二、总体情况。说明\n', '\n（三）监督保障！其他\n正文', 'XX件', '【待补充】', '2025年1月  日', '“××局”'];

/** Everything of a prose that a rule can read: the texts, the paragraph layout and every source position. */
function proseView(p) {
  return {
    raw: p.raw, text: p.text, length: p.length, trailingBreak: p.trailingBreak, offsets: p.offsets, firstLines: p.firstLines,
    positions: Array.from({ length: p.length }, (_, k) => { const q = p.position(k); return `${q.line}:${q.character}`; }).join(' '),
  };
}

const edit = editArbitrary(fc, SNIPPETS);


test('property: every version checked as an edit of the previous one gives the prose and the findings of a fresh check', () => {
  let versions = 0, reused = 0, paragraphs = 0;
  fc.assert(fc.property(fc.nat(texts.length - 1), fc.array(fc.array(edit, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 6 }), fc.constantFrom('zh', 'en'), (which, steps, locale) => {
    let text = texts[which];
    let prev = I.parseReport(text);
    I.checkReport(prev, { locale });
    for (const edits of steps) {
      for (const e of edits) text = applyEdit(text, e);
      const next = I.parseReport(text);
      I.followOn(next, prev);
      const inc = I.checkReport(next, { locale });
      const p = I.proseOf(next);
      I.forgetPrevious(next);
      const fresh = I.parseReport(text);
      assert.deepEqual(inc, I.checkReport(fresh, { locale }));
      assert.deepEqual(proseView(p), proseView(I.proseOf(fresh)));
      const before = new Set(I.proseOf(prev).paragraphs);
      reused += p.paragraphs.filter((q) => before.has(q)).length;
      paragraphs += p.paragraphs.length;
      versions++;
      prev = next;
    }
  }), { numRuns: 150 });
  // The reuse is real: most paragraphs of an edited version are the previous version's objects.
  assert.ok(reused > paragraphs * 0.7, `${reused} of ${paragraphs} paragraphs reused over ${versions} versions`);
});

test('property: the line diff maps every line outside the changed range to the same text in the other version', () => {
  fc.assert(fc.property(fc.nat(texts.length - 1), fc.array(edit, { minLength: 0, maxLength: 3 }), (which, edits) => {
    const a = texts[which];
    let b = a;
    for (const e of edits) b = applyEdit(b, e);
    const A = new I.LineIndex(a), B = new I.LineIndex(b);
    const d = I.diffLines(A, B);
    assert.ok(d.start <= d.end && d.end <= B.lineCount);
    for (let i = 0; i < d.start; i++) assert.equal(B.line(i), A.line(i));
    for (let i = d.end; i < B.lineCount; i++) assert.equal(B.line(i), A.line(i - d.delta));
    assert.equal(B.lineCount - d.end, A.lineCount - (d.end - d.delta));
  }), { numRuns: 400 });
});

test('a number after a parenthesis that runs over a paragraph break is read as in the joined prose (seed 001, 不予公开（见 | 表 | 下表）1件)', () => {
  const seed = readFileSync(join(CORPUS, 'seeds/001_417062a3286660b0.txt'), 'utf8');
  assert.equal(seed.split('不予公开1件').length, 2);
  const text = seed.replace('不予公开1件、', '不予公开（见\n| 说明 | 表 |\n下表）1件、');
  const report = I.parseReport(text);
  const p = I.proseOf(report);
  assert.match(p.text, /不予公开（见\n下表）1件/, 'the pipe row breaks the paragraph');
  const found = I.checkReport(report).filter((f) => f.ruleId === 'prose-table');
  assert.deepEqual(found.map((f) => [f.range.start.line + 1, f.expected, f.actual]), [[19, 2, 1]]);
});

test('an edit two paragraphs after a phrase whose number stands there is seen by the phrase\'s unchanged paragraph (seed 001, 不予公开（见 | 下表 | ）1件 → ）2件)', () => {
  const seed = readFileSync(join(CORPUS, 'seeds/001_417062a3286660b0.txt'), 'utf8');
  const v1 = seed.replace('不予公开1件、', '不予公开（见\n| 说明 | 表 |\n下表\n| 说明 | 表 |\n）1件、');
  const v2 = v1.replace('）1件、', '）2件、');
  const a = I.parseReport(v1);
  I.checkReport(a);
  const b = I.parseReport(v2);
  I.followOn(b, a);
  const inc = I.checkReport(b).filter((f) => f.ruleId === 'prose-table');
  I.forgetPrevious(b);
  assert.deepEqual(inc.map((f) => [f.range.start.line + 1, f.expected, f.actual]), [], '2 件 agrees with 表三');
  assert.deepEqual(inc, I.checkReport(I.parseReport(v2)).filter((f) => f.ruleId === 'prose-table'));
});

test('whole lines deleted at the top of the text: the paragraphs of the lines gone are gone (CI seed -243305415)', () => {
  // A deletion of whole lines from line 0 marks no line of the new version as changed (the line diff is [0, 0) with
  // lines removed), yet every line from 0 on is another old line: the paragraphs before the "first changed line"
  // were taken over as they were, the deleted ones with them.
  for (const text of texts.slice(0, 6)) {
    const lines = text.split('\n');
    for (const k of [1, 2, 4, 7]) {
      if (lines.length <= k + 2) continue;
      // (Read from lines, as the language server reads a document: its line diff is the one that marks nothing.)
      const prev = I.parseReport(I.LineIndex.fromLines(lines, text));
      I.checkReport(prev, {});
      const after = lines.slice(k).join('\n');
      const next = I.parseReport(I.LineIndex.fromLines(lines.slice(k)));
      I.followOn(next, prev);
      const inc = I.checkReport(next, {});
      const p = I.proseOf(next);
      I.forgetPrevious(next);
      const fresh = I.parseReport(after);
      assert.deepEqual(proseView(p), proseView(I.proseOf(fresh)), `${k} lines deleted`);
      assert.deepEqual(inc, I.checkReport(fresh, {}));
    }
  }
});
