// brk167 #5: the English of the suppression-comment and encoding messages was unlike every other message's:
// disable-unknown-rule quoted ids in ASCII quotes ("sum-reveiw") and ended without a full stop; unused-disable-directive
// ended without one in both languages; encoding-invalid named a control character “control character” twice
// (“A control character here, U+0001 (control character)”) and ended without a full stop (…；请删除).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, edit, runCliInFolder, ROOT } from '../helpers.mjs';

const CORRECT = readFileSync(join(ROOT, 'examples/correct-2024.nianbao.md'), 'utf8');
const T4 = CORRECT.split('\n').findIndex((l) => l.startsWith('全年因政府信息公开被申请行政复议'));
const withLine = (line) => { const l = CORRECT.split('\n'); l.splice(T4, 0, line); return l.join('\n'); };
const ENDS = { zh: /[。？]$/, en: /[.?]$/ };

test('disable-unknown-rule: the ids in “ ” and a full stop (or question mark) in both languages', () => {
  assert.ok(T4 > 0);
  const text = withLine('<!-- nianbao-disable-next-line sum-reveiw -->');
  for (const locale of ['zh', 'en']) {
    const [f] = core.analyze(text, { locale }).findings.filter((x) => x.ruleId === 'disable-unknown-rule');
    assert.match(f.message, ENDS[locale], f.message);
    assert.doesNotMatch(f.message, /"/, f.message);
  }
  const [en] = core.analyze(text, { locale: 'en' }).findings.filter((x) => x.ruleId === 'disable-unknown-rule');
  assert.equal(en.message, 'Unknown rule id “sum-reveiw” in a nianbao-disable-next-line comment. Did you mean “sum-review”?');
  assert.equal(en.fix.title.en, 'Change to “sum-review”');
  // An id close to none, and one honoured as written otherwise (SUM-REVIEW).
  const none = core.analyze(withLine('<!-- nianbao-disable-next-line totally-unknown-id -->'), { locale: 'en' }).findings.find((x) => x.ruleId === 'disable-unknown-rule');
  assert.equal(none.message, 'Unknown rule id “totally-unknown-id” in a nianbao-disable-next-line comment; see the rule catalogue for the ids.');
  const upper = core.analyze(withLine('<!-- nianbao-disable-next-line SUM-REVIEW -->'), { locale: 'en' }).findings.find((x) => x.ruleId === 'disable-unknown-rule');
  assert.equal(upper.message, 'The rule id “SUM-REVIEW” in a nianbao-disable-next-line comment is written “sum-review” in the rule catalogue (honoured as “sum-review”).');
});

test('unused-disable-directive: a full stop in both languages, whatever the kind of comment', () => {
  const texts = [withLine('<!-- nianbao-disable-next-line sum-review -->'), withLine('<!-- nianbao-enable sum-review -->'), withLine('<!-- nianbao-disable-next-line -->'), CORRECT + '\n<!-- nianbao-disable-next-line cell-blank -->\n'];
  for (const text of texts) {
    for (const locale of ['zh', 'en']) {
      const found = core.analyze(text, { locale, reportUnusedDisable: true }).findings.filter((x) => x.ruleId === 'unused-disable-directive');
      assert.ok(found.length, `${locale}: ${text.slice(-80)}`);
      for (const f of found) assert.match(f.message, locale === 'zh' ? /。$/ : /\.$/, f.message);
    }
  }
  const [en] = core.analyze(texts[0], { locale: 'en', reportUnusedDisable: true }).findings.filter((x) => x.ruleId === 'unused-disable-directive');
  assert.equal(en.message, 'Unused <!-- nianbao-disable-next-line sum-review --> (no sum-review problems were reported there).');
});

test('encoding-invalid: a control character without a name of its own is named by its code point once, with a full stop', async () => {
  const text = edit(CORRECT, '坚持以公开为常态', '坚持\u0001以公开为常态');
  for (const [locale, sentence, named] of [
    ['en', /^A control character here, U\+0001: it is not text and does not show; .*; delete it\.$/, 'Delete U+0001'],
    ['zh', /^此处有控制字符 U\+0001：它不是文字，显示不出来，.*；请删除。$/, '删除 U+0001'],
  ]) {
    const r = await runCliInFolder({ 'r.nianbao.md': text }, ['check', '--format', 'json', '--locale', locale, 'r.nianbao.md']);
    const f = JSON.parse(r.stdout).files[0].diagnostics.find((d) => d.ruleId === 'encoding-invalid');
    assert.ok(f, r.stdout.slice(0, 400));
    assert.match(f.message, sentence);
    assert.doesNotMatch(f.message, /control character\)|（控制字符）/);
    assert.equal(f.fixable, true);
    // The fix's title, as SARIF gives it: the code point once.
    const sarif = await runCliInFolder({ 'r.nianbao.md': text }, ['check', '--format', 'sarif', '--locale', locale, 'r.nianbao.md']);
    const result = sarif.json.runs[0].results.find((x) => x.ruleId === 'encoding-invalid');
    assert.equal(result.fixes[0].description.text, named);
  }
  // A named one keeps its name: U+0000 (NUL).
  const nul = await runCliInFolder({ 'r.nianbao.md': edit(CORRECT, '坚持以公开为常态', '坚持\u0000以公开为常态') }, ['check', '--format', 'json', '--locale', 'en', 'r.nianbao.md']);
  assert.match(JSON.parse(nul.stdout).files[0].diagnostics.find((d) => d.ruleId === 'encoding-invalid').message, /^A control character here, U\+0000 \(NUL\): .*delete it\.$/);
});
