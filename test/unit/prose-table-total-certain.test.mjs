// prose-table writes a fix to 办理结果总计 only when the sentence reads the count as the total (found by breaker35).
// breaker35: prose-table must write a fix only when the prose count is certainly 表三's 办理结果总计. The inputs are the
// breaker's own (test/fixtures/reports/breaker35-*.tsv: name, base, line), each one of two real reports with one line
// replaced as the breaker's run.sh does: B1 = breaker35-b1-2024.md line 27 (B1L15: line 15; 表三 新收 46, 上年结转 2,
// 办理结果总计 47, 结转下年度 1, 自然人 （七）总计 41 / 新收 40), B2 = breaker35-b2-2023.md line 15 (新收 37, 上年结转 4,
// 总计 37, 结转下年度 4).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSync } from 'esbuild';
import { core, proseBrief as brief, proseTableOf as table, ROOT, proseInput } from '../helpers.mjs';

const R = join(ROOT, 'test/fixtures/reports');
const input = proseInput;
/** The rows of one of the breaker's lists: `{ name, text, line }`. */
const rows = (file) => readFileSync(join(R, file), 'utf8').split('\n').filter(Boolean).map((row) => {
  const [name, base, line] = row.split('\t');
  return { name: name.replace(/-20\d\d\.md$/, ''), text: input(base, line), line };
});
const byName = (file) => new Map(rows(file).map((r) => [r.name, r]));

// ------------------------------------------------------------------ the invariant: correct statements are left alone

test('breaker35: no correct statement of the breaker (parts of the applications, in every wording) is rewritten by --fix', () => {
  const all = rows('breaker35-correct.tsv');
  assert.ok(all.length > 150);
  for (const { name, text, line } of all) {
    for (const f of table(text)) assert.equal(f.fix, undefined, `${name} ${line}: ${f.message}`);
    assert.equal(core.fixAll(text).text, text, `${name} ${line}`);
  }
});

test('breaker35 #1–3: a count of a part (narrowing words, a sibling count, 收到 with 上年结转 apart, pending in other words) is never an error against 办理结果总计', () => {
  const correct = byName('breaker35-correct.tsv');
  const names = ['p53', 'r02', 'r03', 'r05', 'r06', 'r08', 'r09', 'r22', 'r23', 'r25', 'u14', 'r27', 's15', 's16', 's17', 'r29', 'g02', 'g04',
    'q05', 'q17', 't05', 'q18', 'g01', 'q21', 'q06', 't09', 'q09', 'q14', 'q15', 'g06'];
  for (const name of names) {
    const { text, line } = correct.get(name);
    const found = table(text);
    assert.deepEqual(found.filter((f) => f.severity === 'error'), [], `${name} ${line}`);
  }
  // The reporting body with narrowing words may be a part: an info without a fix, saying so.
  const [f] = table(correct.get('r03').text);
  assert.deepEqual(brief(f), [40, 47, 'R3.7', 'info', undefined]);
  assert.ok(f.message.includes('它可能只是一部分申请') && f.message.includes('未自动修改'), f.message);
  // A part with its complement beside it (`及时办结45件，经批准延期办结2件`) is plainly a part: nothing to say.
  assert.deepEqual(table(correct.get('s15').text), []);
  // Any other count after it in its clause chain (not a result of 表三) leaves it uncertain, whatever its words: an info,
  // never a fix (`7件由下属单位处理` names no word of a known list).
  const other = input('B1', '将政务公开纳入年度绩效考核，全年受理申请46件，办结40件，7件由下属单位处理。');
  assert.deepEqual(table(other).map(brief), [[40, 47, 'R3.7', 'info', undefined]]);
  assert.equal(core.fixAll(other).text, other);
  // The verb first (`办结新收申请33件`) counts those concluded, not 新收: not compared with 新收.
  assert.deepEqual(table(correct.get('q15').text), []);
  // `答复自然人41件` is the 自然人 column's （七）总计 (41), not its 新收 (40).
  assert.deepEqual(table(correct.get('p12').text), []);
  assert.deepEqual(table(correct.get('p13').text), []);
});

// ------------------------------------------------------------------ the real mistakes are still errors, fixed when certain

test('breaker35 step 3: wrong totals stay errors; those the sentence says are the total are fixed to it', () => {
  const expected = {
    w01: [[45, 47, 'R3.7', 'error', '47']], w02: [[45, 47, 'R3.7', 'error', '47']], w03: [[45, 47, 'R3.7', 'error', '47']],
    w04: [[48, 47, 'R3.7', 'error', '47']], w05: [[45, 47, 'R3.7', 'error', '47']], w06: [[45, 47, 'R3.7', 'error', '47']],
    w07: [[45, 47, 'R3.7', 'error', '47']], w08: [[45, 47, 'R3.7', 'error', '47']],
    // (`均已办结` after the count received: none carried over, while 表三 carries 1 over, #6.)
    w09: [[0, 1, 'R4', 'error', undefined], [45, 47, 'R3.7', 'error', '47']],
    w10: [[2, 1, 'R4', 'error', '1']], w11: [[44, 47, 'R3.7', 'error', '47']], w12: [[45, 47, 'R3.7', 'error', '47']],
    w13: [[45, 47, 'R3.7', 'error', '47']], w14: [[45, 47, 'R3.7', 'error', '47']], w15: [[45, 47, 'R3.7', 'error', '47']],
    w16: [[45, 47, 'R3.7', 'error', '47']], w17: [[49, 47, 'R3.7', 'error', '47']], w18: [[40, 41, 'natural:R3.7', 'error', '41']],
    w19: [[5, 6, 'legal:R3.7', 'error', '6']], w20: [[30, 33, 'R3.7', 'error', undefined]], w21: [[5, 4, 'R3.7', 'error', undefined]],
    w22: [[35, 37, 'R3.7', 'error', '37']], w23: [[35, 37, 'R3.7', 'error', '37']], w24: [[0, 1, 'R4', 'error', undefined]],
    w25: [[38, 37, 'R3.7', 'error', undefined]], w26: [[0, 1, 'R4', 'error', undefined], [45, 47, 'R3.7', 'error', '47']],
    w27: [[46, 47, 'R3.7', 'error', '47']], w28: [[45, 47, 'R3.7', 'error', '47']], w29: [[45, 47, 'R3.7', 'error', '47']],
    w30: [[45, 47, 'R3.7', 'error', '47']], w31: [[45, 47, 'R3.7', 'error', '47']], w32: [[45, 47, 'R3.7', 'error', '47']],
    // 受理 read as 新收 (45 + 1 = 46): 45 of the new ones is within 表三's bounds.
    w33: [], w34: [[35, 37, 'R3.7', 'error', '37']], w35: [[38, 37, 'R3.7', 'error', '37']], w36: [[46, 47, 'R3.7', 'error', '47']],
  };
  const wrong = rows('breaker35-wrong.tsv');
  assert.equal(wrong.length, Object.keys(expected).length);
  for (const { name, text, line } of wrong) assert.deepEqual(table(text).map(brief), expected[name], `${name} ${line}`);
});

// ------------------------------------------------------------------ #5–8

test('breaker35 #5: 截至2023年12月31日 before 受理申请N件 keeps the sentence compared', () => {
  const probes = byName('breaker35-probes.tsv');
  assert.deepEqual(table(probes.get('x03').text).map(brief), [[35, 37, 'R3.7', 'error', '37']]);
  assert.deepEqual(table(probes.get('z02').text).map(brief), [[6, 4, 'R4', 'error', '4']]);
  assert.deepEqual(table(probes.get('z07').text).map(brief).filter((b) => b[2] === 'R3.7'), [[35, 37, 'R3.7', 'error', '37']]);
  assert.deepEqual(table(probes.get('a04').text).map(brief), [[16, 15, 'R3.1', 'error', '15'], [35, 37, 'R3.7', 'error', '37']]);
  assert.deepEqual(table(probes.get('y01').text).map(brief), [[45, 47, 'R3.7', 'error', '47']]);
});

test('breaker35 #6: 受理申请46件，均已办结 while 表三 carries one over is an error', () => {
  const probes = byName('breaker35-probes.tsv');
  const [f, ...rest] = table(probes.get('y10').text);
  assert.deepEqual(rest, []);
  assert.deepEqual(brief(f), [0, 1, 'R4', 'error', undefined]);
  assert.ok(f.message.includes('“均已办结”说本年的申请已全部办结'), f.message);
});

test('breaker35 #8: a count received that is 新收 + 上年结转, split by the prose, is said to be all of them: the message names the total and why it is not fixed', () => {
  const probes = byName('breaker35-probes.tsv');
  // (y11 `受理申请41件，办结35件，结转下年度6件`: since breaker37 both numbers are fixed together, see below; not when the
  // pending count cannot be fixed, as when it is written in Chinese numerals.)
  const text = probes.get('y11').text.replace('结转下年度6件', '结转下年度六件');
  const [f] = table(text);
  assert.deepEqual(brief(f), [35, 37, 'R3.7', 'error', undefined]);
  assert.ok(!f.message.includes('表三没有这一部分的数'), f.message);
  assert.ok(f.message.includes('其中办结的就是表三的办理结果总计 37') && f.message.includes('只改一个数会破坏正文自己的加法'), f.message);
  const en = core.checkReport(core.parseReport(text), { locale: 'en' }).find((x) => x.ruleId === 'prose-table');
  assert.ok(en.message.includes('changing one number would break the prose\'s own sum'), en.message);
  // y11 itself: 35 + 6 = 41 and 表三's 37 + 4 = 41 too, so both are fixed and the sum still holds.
  const [g, h] = table(probes.get('y11').text);
  assert.deepEqual([brief(g), brief(h)], [[35, 37, 'R3.7', 'error', '37'], [6, 4, 'R4', 'error', '4']]);
  assert.ok(g.message.includes('两个数都改为表三的数后，它们的和仍是受理数 41'), g.message);
});

// ------------------------------------------------------------------ #4: --fix passes

test('breaker35 #4: --fix takes no prose fix in a later pass in a sentence an earlier pass edited', () => {
  const probes = byName('breaker35-probes.tsv');
  const line15 = (name) => core.fixAll(probes.get(name).text).text.split('\n')[14];
  // Only the pending count is wrong (33 is right when 受理 is 新收): only it is fixed.
  assert.equal(line15('f03'), '全年受理申请37件，已办结33件，尚有4件正在办理。');
  // 32 was reported without a fix (33..37): fixing 5 → 4 does not make it fixable in the next pass.
  assert.equal(line15('f01'), '受理申请37件，办结32件，结转下年度4件。');
  // (z01, `受理申请41件，办结35件，结转下年度6件`: 41 is 新收 + 上年结转 and 35 + 6 = 41 = 表三's 37 + 4: both are fixed
  // in the first pass, since breaker37.)
  assert.equal(line15('z01'), '受理申请41件，办结37件，结转下年度4件。');
});

const I = (() => {
  const out = buildSync({ stdin: { contents: "export { moveOffsets, sentenceAround } from './fix/fix-all.ts'; export { LineIndex } from './text/lines.ts';", resolveDir: join(ROOT, 'server/src/core'), loader: 'ts' }, bundle: true, write: false, format: 'cjs', platform: 'node', logLevel: 'error' });
  const mod = { exports: {} };
  new Function('module', 'exports', 'require', out.outputFiles[0].text)(mod, mod.exports, (id) => { throw new Error(`unexpected require ${id}`); });
  return mod.exports;
})();

test('fix-all: offsets follow the edits of a pass, and the sentence around an offset ends at 。 or a line break', () => {
  const text = '受理申请37件，办结32件，结转下年度5件。\n下一句9件。';
  const lines = new I.LineIndex(text);
  const at = (o) => lines.positionAt(o);
  // 5 → 4 keeps lengths; 9 → 10 after it adds one.
  const five = text.indexOf('5件'), nine = text.indexOf('9件');
  const edits = [{ range: { start: at(five), end: at(five + 1) }, newText: '4' }, { range: { start: at(nine), end: at(nine + 1) }, newText: '10' }];
  assert.deepEqual(I.moveOffsets([0, five, nine, nine + 1, text.length], edits, lines), [0, five, nine, nine + 2, text.length + 1]);
  assert.deepEqual(I.sentenceAround(text, text.indexOf('32')), [0, text.indexOf('。')]);
  assert.deepEqual(I.sentenceAround(text, nine), [text.indexOf('\n') + 1, text.length - 1]);
});
