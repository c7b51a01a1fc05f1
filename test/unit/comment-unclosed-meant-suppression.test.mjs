// A suppression comment that lost its `-->` (brk157 #9): the finding it was written to suppress says so, naming the
// directive's line, and offers no fix while the directive is unclosed, in every output built on the findings (SARIF,
// rdjson, markdown, the editor): a reviewer applying template-note's “Delete the note” would delete what the author
// meant to keep. --fix closes the comment and so suppresses it.
// Base: examples/correct-2024.nianbao.md with the template's fill-in note under 六、 and a directive above it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT, core, runCli } from '../helpers.mjs';

const CORRECT = readFileSync(join(ROOT, 'examples/correct-2024.nianbao.md'), 'utf8');
const NOTE = '（文字描述，收取信息处理费情况在此处报告。）';
const withDirective = (directive) => CORRECT.replace('本年度未收取信息处理费。', `${directive}\n${NOTE}\n本年度未收取信息处理费。`);
const line = (text, s) => text.split('\n').findIndex((l) => l.startsWith(s));

test('the note under an unclosed directive naming it: says so, no fix (en and zh)', () => {
  const text = withDirective('<!-- nianbao-disable-next-line template-note');
  const at = line(text, '<!-- nianbao') + 1;
  const en = core.analyze(text, { locale: 'en' }).findings;
  const note = en.find((f) => f.ruleId === 'template-note');
  assert.ok(note);
  assert.equal(note.fix, undefined);
  assert.match(note.message, new RegExp(`The suppression comment on line ${at} was written to suppress this, but it has no closing “-->” and suppresses nothing`));
  const unclosed = en.find((f) => f.ruleId === 'comment-unclosed');
  assert.ok(unclosed.fix, 'closing the comment is still offered');
  const zh = core.analyze(text, { locale: 'zh' }).findings.find((f) => f.ruleId === 'template-note');
  assert.match(zh.message, new RegExp(`第 ${at} 行的屏蔽注释本来要屏蔽这个问题，但它缺少结尾的“-->”`));
  assert.equal(zh.fix, undefined);
});

test('a directive closed, or one naming another rule: the note keeps its fix and says nothing of it', () => {
  assert.equal(core.analyze(withDirective('<!-- nianbao-disable-next-line template-note -->')).findings.filter((f) => f.ruleId === 'template-note').length, 0);
  const other = core.analyze(withDirective('<!-- nianbao-disable-next-line row-label'), { locale: 'en' }).findings.find((f) => f.ruleId === 'template-note');
  assert.ok(other.fix);
  assert.doesNotMatch(other.message, /suppression comment/);
});

test('--fix closes the comment and keeps the note; SARIF offers only the fix that closes it', async () => {
  const text = withDirective('<!-- nianbao-disable-next-line template-note');
  assert.match(core.fixAll(text).text, new RegExp(`template-note -->\\n${NOTE}`));
  const dir = mkdtempSync(join(tmpdir(), 'nianbao-unclosed-'));
  try {
    const file = join(dir, 'r.nianbao.md');
    writeFileSync(file, text);
    const { stdout } = await runCli(['check', '--format', 'sarif', '--locale', 'en', file]);
    const results = JSON.parse(stdout).runs[0].results;
    const note = results.find((r) => r.ruleId === 'template-note');
    assert.ok(note);
    assert.equal(note.fixes, undefined);
    assert.match(note.message.text, /was written to suppress this/);
    assert.ok(results.find((r) => r.ruleId === 'comment-unclosed').fixes?.length);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
