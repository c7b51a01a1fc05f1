// Found by a fresh user: a misspelled rule id in a suppression comment (`row-lable`) did nothing and said nothing
// (only --report-unused-disable called it "unused"), while the config file says "did you mean row-label".
// disable-unknown-rule reports it always, names the closest id and, when one id is close, fixes the spelling.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { core, corpusText, runCli } from '../helpers.mjs';

// Seed 003: row-label on lines 35 and 51 (1-based).
const SEED3 = corpusText('seeds/003_7487cbc35b761747.txt');
/** SEED3 with `comment` as a line of its own before the 1-based line `at`. */
const before = (at, comment) => { const l = SEED3.split('\n'); l.splice(at - 1, 0, comment); return l.join('\n'); };
const of = (findings, id) => findings.filter((f) => f.ruleId === id);

test('disable-unknown-rule: row-lable in a disable-next-line comment is a warning on the id, fixed to row-label, which then suppresses', () => {
  const text = before(35, '<!-- nianbao-disable-next-line row-lable -- 原文如此 -->');
  const { findings } = core.analyze(text);
  const [f, ...more] = of(findings, 'disable-unknown-rule');
  assert.equal(more.length, 0);
  assert.equal(f.severity, 'warning');
  assert.equal(f.message, 'nianbao-disable-next-line 注释中的规则 id“row-lable”不存在，是否是“row-label”？');
  assert.equal(f.range.start.line, 34);
  assert.equal(text.split('\n')[34].slice(f.range.start.character, f.range.end.character), 'row-lable');
  assert.deepEqual(f.data.suggestions, ['row-label']);
  // The misspelt comment suppressed nothing: row-label is still reported on the row below it.
  assert.ok(of(findings, 'row-label').some((x) => x.range.start.line === 35));
  const fixed = core.fixAll(text).text;
  assert.ok(fixed.includes('<!-- nianbao-disable-next-line row-label -- 原文如此 -->\n'));
  const after = core.analyze(fixed).findings;
  assert.deepEqual(of(after, 'disable-unknown-rule'), []);
  assert.ok(!of(after, 'row-label').some((x) => x.range.start.line === 35), 'the corrected comment suppresses');
  // English, and the rule can be turned off like any other.
  assert.equal(of(core.analyze(text, { locale: 'en' }).findings, 'disable-unknown-rule')[0].message, 'Unknown rule id “row-lable” in a nianbao-disable-next-line comment. Did you mean “row-label”?');
  assert.deepEqual(of(core.analyze(text, { rules: { 'disable-unknown-rule': 'off' } }).findings, 'disable-unknown-rule'), []);
});

test('disable-unknown-rule: every comment form; known ids pass; no close id means no suggestion and no fix', () => {
  const text = before(20, '<!-- nianbao-disable sum-balance, sumbalance cell-blank -->\n<!-- nianbao-enable totally-unknown-id -->\n<!-- nianbao-enable sum-balance -->');
  const found = of(core.analyze(text).findings, 'disable-unknown-rule');
  assert.deepEqual(found.map((f) => [f.range.start.line, f.data.id]), [[19, 'sumbalance'], [20, 'totally-unknown-id']]);
  assert.match(found[0].message, /^nianbao-disable 注释中的规则 id“sumbalance”不存在，是否是“sum-balance”？$/);
  assert.deepEqual(found[0].fix.edits.map((e) => e.newText), ['sum-balance']);
  assert.equal(found[1].message, 'nianbao-enable 注释中的规则 id“totally-unknown-id”不存在，规则 id 见规则列表。');
  assert.equal(found[1].fix, undefined);
});

test('disable-unknown-rule: two equally close ids are both named and nothing is fixed', () => {
  // cell-blunt is two edits from cell-count and from cell-blank.
  const text = before(35, '<!-- nianbao-disable-next-line cell-blunt -->');
  const [f] = of(core.analyze(text, { locale: 'en' }).findings, 'disable-unknown-rule');
  assert.deepEqual(f.data.suggestions, ['cell-count', 'cell-blank']);
  assert.match(f.message, /Did you mean “cell-count” or “cell-blank”\?$/);
  assert.match(of(core.analyze(text).findings, 'disable-unknown-rule')[0].message, /是否是“cell-count”或“cell-blank”？/);
  assert.equal(f.fix, undefined);
});

test('--report-unused-disable: an unknown id is reported once, as disable-unknown-rule, not also as unused', () => {
  const text = before(35, '<!-- nianbao-disable-next-line row-lable -->');
  const { findings } = core.analyze(text, { reportUnusedDisable: true });
  assert.deepEqual(findings.filter((f) => f.range.start.line === 34).map((f) => f.ruleId), ['disable-unknown-rule']);
  // With the rule off, the comment is still said to be unused.
  const off = core.analyze(text, { reportUnusedDisable: true, rules: { 'disable-unknown-rule': 'off' } }).findings;
  assert.deepEqual(off.filter((f) => f.range.start.line === 34).map((f) => f.ruleId), [core.UNUSED_DISABLE]);
});

test('CLI: the finding is printed without any option, SARIF describes the rule, --fix corrects the id', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'nianbao-unknown-id-'));
  const file = join(dir, 'r.txt');
  writeFileSync(file, before(35, '<!-- nianbao-disable-next-line row-lable -->'));
  const r = await runCli(['check', '--format', 'json', file]);
  const d = JSON.parse(r.stdout).files[0].diagnostics.filter((x) => x.ruleId === 'disable-unknown-rule');
  assert.deepEqual(d.map((x) => [x.line, x.severity, x.fixable]), [[35, 'warning', true]]);
  const run = JSON.parse((await runCli(['check', '--format', 'sarif', file])).stdout).runs[0];
  const res = run.results.find((x) => x.ruleId === 'disable-unknown-rule');
  assert.equal(run.tool.driver.rules[res.ruleIndex].id, 'disable-unknown-rule');
  await runCli(['check', '--fix', file]);
  const again = JSON.parse((await runCli(['check', '--format', 'json', file])).stdout).files[0].diagnostics;
  assert.ok(!again.some((x) => x.ruleId === 'disable-unknown-rule' || (x.ruleId === 'row-label' && x.line === 36)));
});

test('disable-unknown-rule: an unknown comment name (ESLint\'s nianbao-disable-line) suppresses nothing and is named; a misspelt one is fixed', () => {
  // nianbao-disable-line used to read as nianbao-disable with the ids "-line" and "row-label": row-label was off
  // for the rest of the file.
  const text = before(1, '<!-- nianbao-disable-line row-label -->');
  const { findings } = core.analyze(text);
  assert.equal(of(findings, 'row-label').length, of(core.analyze(SEED3).findings, 'row-label').length, 'row-label still reported everywhere');
  const [f, ...more] = of(findings, 'disable-unknown-rule');
  assert.equal(more.length, 0, JSON.stringify(more.map((x) => x.message)));
  assert.equal(f.message, '未知的屏蔽注释“nianbao-disable-line”，它不屏蔽任何问题：可用的是 nianbao-disable-next-line（下一行）、nianbao-disable 与 nianbao-enable（其间各行）。');
  assert.equal(text.split('\n')[0].slice(f.range.start.character, f.range.end.character), 'disable-line');
  assert.equal(f.fix, undefined, 'disable-line is as near disable as disable-next-line: no guess');
  // A misspelt name with one close directive is fixed, and then suppresses.
  const typo = before(35, '<!-- nianbao-disable-next-lin row-label -->');
  const [g] = of(core.analyze(typo).findings, 'disable-unknown-rule');
  assert.equal(g.fix.edits[0].newText, 'disable-next-line');
  const fixed = core.fixAll(typo).text;
  assert.ok(fixed.includes('<!-- nianbao-disable-next-line row-label -->'));
  assert.ok(!of(core.analyze(fixed).findings, 'row-label').some((x) => x.range.start.line === 35));
});

test('fix-all corrects a suppression comment before anything it covers: the text kept on purpose is not fixed (helper-207 #1)', () => {
  const line = SEED3.split('\n')[34];
  for (const [open, close] of [['<!-- nianbao-disable-next-line row-lable -- 原文如此 -->', null], ['<!-- nianbao-disable row-lable -- 原文如此 -->', '<!-- nianbao-enable row-lable -->']]) {
    const lines = SEED3.split('\n');
    if (close) lines.splice(35, 0, close);
    lines.splice(34, 0, open);
    const text = lines.join('\n');
    assert.ok(of(core.analyze(text).findings, 'row-label').some((x) => x.range.start.line === 35), open);
    const fixed = core.fixAll(text).text;
    // The comment is corrected, and the row it covers is left as written.
    assert.ok(fixed.includes(open.replace('row-lable', 'row-label')), open);
    assert.equal(fixed.split('\n')[35], line, open);
    assert.deepEqual(of(core.analyze(fixed).findings, 'row-label').filter((x) => x.range.start.line === 35), [], open);
  }
});

test('disable-unknown-rule: a comment name written with a space, _, : or another dash after nianbao, or nianbao misspelt, is said and fixed, and then suppresses (helper-207 #3)', () => {
  for (const written of ['nianbao disable-next-line', 'nianbao_disable_next_line', 'nianbao:disable-next-line', 'nianbao -disable-next-line', 'nianbao\u2010disable\u2010next\u2010line', 'nianboa-disable-next-line', 'nainbao-disable-next-line']) {
    const text = before(35, `<!-- ${written} row-label -- 原文如此 -->`);
    const found = of(core.analyze(text).findings, 'disable-unknown-rule');
    assert.equal(found.length, 1, written);
    assert.equal(found[0].message, `屏蔽注释的名称写成了“${written}”，应为“nianbao-disable-next-line”：写法不对的注释不屏蔽任何问题。`);
    assert.equal(text.split('\n')[34].slice(found[0].range.start.character, found[0].range.end.character), written);
    const fixed = core.fixAll(text).text;
    assert.ok(fixed.includes('<!-- nianbao-disable-next-line row-label -- 原文如此 -->\n'), written);
    assert.equal(fixed.split('\n')[35], SEED3.split('\n')[34], `${written}: the row it covers is kept`);
  }
  // Comments of other tools, and prose in a comment, are not ours.
  for (const other of ['eslint-disable-next-line row-label', 'markdownlint-disable MD013', 'prettier-ignore', '注：disable 了']) {
    assert.deepEqual(of(core.analyze(before(35, `<!-- ${other} -->`)).findings, 'disable-unknown-rule'), [], other);
  }
});

test('a misspelt comment name without a rule id is said without a fix: written right it would silence every rule (helper-211 #1)', () => {
  const text = before(35, '<!-- nianbao disable-next-line -->');
  const [f, ...more] = of(core.analyze(text).findings, 'disable-unknown-rule');
  assert.equal(more.length, 0);
  assert.match(f.message, /它没有写规则 id，改正后会屏蔽所有规则：请写明要屏蔽的规则 id，未自动修改。$/);
  assert.equal(f.fix, undefined);
  assert.ok(!core.fixAll(text).text.includes('nianbao-disable'));
});
