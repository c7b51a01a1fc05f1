// Where the rule links lead: the editor's links fall back to the web pages when no page is shipped beside the
// server (ruleDocLinks); the .vsix ships docs/rules; package.json and `npm run package` name the project home that
// DOCS_BASE is under, so that no second placeholder home remains.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, ROOT } from '../helpers.mjs';

const IDS = core.RULES.map((r) => r.meta.id);

test('ruleDocLinks: a local page where one was found for the rule, else the web page', () => {
  const none = core.ruleDocLinks(null);
  for (const id of IDS) assert.equal(none(id), `${core.DOCS_BASE}${id}.md`);
  const some = core.ruleDocLinks({ dirUrl: 'file:///opt/ext/docs/rules/', ids: new Set(['row-label']) });
  assert.equal(some('row-label'), 'file:///opt/ext/docs/rules/row-label.md');
  assert.equal(some('cell-count'), core.docsUrl('cell-count'), 'a rule without a local page keeps its web link');
});

test('package.json repository, homepage, bugs and the package script base URLs are under PROJECT_HOME, as DOCS_BASE is', () => {
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
  const home = core.PROJECT_HOME;
  assert.ok(core.DOCS_BASE.startsWith(`${home}/blob/main/`), core.DOCS_BASE);
  assert.equal(pkg.repository.url, `${home}.git`);
  assert.equal(pkg.homepage, `${home}#readme`);
  assert.equal(pkg.bugs.url, `${home}/issues`);
  const flag = (name) => new RegExp(`--${name} (\\S+)`).exec(pkg.scripts.package)?.[1];
  assert.equal(flag('baseContentUrl'), `${home}/blob/main`);
  assert.equal(flag('baseImagesUrl'), `${home}/raw/main`);
  assert.doesNotMatch(JSON.stringify(pkg), /example\.invalid/);
});

test('the .vsix file list (vsce ls) holds the server and every rule page beside it (docs/rules/<id>.md)', () => {
  const vsce = join(ROOT, 'node_modules/@vscode/vsce/vsce');
  const r = spawnSync(process.execPath, [vsce, 'ls', '--no-dependencies'], { cwd: ROOT, encoding: 'utf8', timeout: 60000 });
  assert.equal(r.status, 0, r.stderr);
  const files = new Set(r.stdout.split(/\r?\n/).map((l) => l.trim()).filter(Boolean));
  assert.ok(files.has('dist/server.js') && files.has('dist/language-server.js'), [...files].join(' '));
  for (const id of IDS) {
    assert.ok(existsSync(join(ROOT, 'docs/rules', `${id}.md`)), `docs/rules/${id}.md exists`);
    assert.ok(files.has(`docs/rules/${id}.md`), `docs/rules/${id}.md is packaged`);
  }
  assert.ok(![...files].some((f) => f.startsWith('server/') || f.startsWith('test/')), 'no sources or tests');
});
