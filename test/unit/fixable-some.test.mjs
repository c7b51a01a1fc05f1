// comment-unclosed's page and the README's rule table said “可自动修复 是 yes” / ✓, while an ordinary unclosed comment
// gets no fix (JSON `fixable: false`) and only a suppression comment left unclosed does (brk174 #6). A rule whose fix
// covers only some findings says so in its metadata (`fixable: 'some'`), and the generated docs say “部分 some”; the
// JSON contract (per-diagnostic `fixable`, a boolean) and the SARIF rule descriptor's boolean stay as they were.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, ROOT, runCli, folderWith } from '../helpers.mjs';

const correct = readFileSync(join(ROOT, 'examples', 'correct-2024.nianbao.md'), 'utf8');
const SECTION2 = '## 二、主动公开政府信息情况';
const meta = (id) => core.RULES.find((r) => r.meta.id === id).meta;

test('comment-unclosed and subheading-order are fixable only in some cases; the docs page and the tables say so', () => {
  for (const id of ['comment-unclosed', 'subheading-order']) {
    assert.equal(meta(id).fixable, 'some', id);
    const page = readFileSync(join(ROOT, 'docs', 'rules', `${id}.md`), 'utf8');
    assert.match(page, /\| 可自动修复 Fixable \| 部分 some：/, id);
    const row = readFileSync(join(ROOT, 'README.md'), 'utf8').split('\n').find((l) => l.startsWith(`| [\`${id}\`]`));
    assert.match(row, /\| 部分 some \|/, id);
  }
  const nls = JSON.parse(readFileSync(join(ROOT, 'package.nls.json'), 'utf8'));
  assert.match(nls['config.rules.comment-unclosed'], /some findings have a quick fix/);
});

test('comment-unclosed in the JSON: an ordinary unclosed comment fixable: false, a suppression comment unclosed fixable: true; SARIF says fixable: true', async () => {
  const plain = correct.replace(SECTION2, `<!-- 草稿：待核对\n${SECTION2}`);
  const suppression = correct.replace(SECTION2, `<!-- nianbao-disable-next-line row-label\n${SECTION2}`);
  const dir = folderWith({ 'a.md': plain, 'b.md': suppression });
  const { stdout } = await runCli(['check', '--format', 'json', join(dir, 'a.md'), join(dir, 'b.md')]);
  const fixable = JSON.parse(stdout).files.map((f) => f.diagnostics.filter((d) => d.ruleId === 'comment-unclosed').map((d) => d.fixable));
  assert.deepEqual(fixable, [[false], [true]]);
  const sarif = JSON.parse((await runCli(['check', '--format', 'sarif', join(dir, 'a.md')])).stdout);
  const rule = sarif.runs[0].tool.driver.rules.find((r) => r.id === 'comment-unclosed');
  assert.equal(rule.properties.fixable, true);
});
