// brk170 #5: a .nianbao.jsonc saved as GBK (Windows Notepad's "ANSI" on a Chinese system) was read as UTF-8: its
// Chinese `ignore` glob became garbage that matched nothing, the draft it named was checked, exit 0, with only a stderr
// note showing the garbled pattern. A config is now decoded as the reports beside it are (UTF-8, UTF-16 with BOM,
// GB18030/GBK), by the CLI and the language server alike; bytes that decode in no such encoding are a config error
// at the first of them (exit 2), not U+FFFD inside a glob.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { runCli, ROOT } from '../helpers.mjs';
import { session } from '../lsp/client.mjs';

const require = createRequire(import.meta.url);
const iconv = require('iconv-lite');
const REPORT = join(ROOT, 'examples/correct-2024.nianbao.md');

/** A folder with a report `r.md`, a draft `草稿.md` (both the correct 2024 example) and `config` as .nianbao.jsonc. */
function folder(config) {
  const dir = mkdtempSync(join(tmpdir(), 'nianbao-config-encoding-'));
  copyFileSync(REPORT, join(dir, 'r.md'));
  copyFileSync(REPORT, join(dir, '草稿.md'));
  writeFileSync(join(dir, '.nianbao.jsonc'), config);
  return dir;
}
const CONFIG = '// 本局年报检查配置：草稿不检查\n{ "locale": "en", "ignore": ["草稿.md"], "rules": { "column-label": "off" } }\n';

for (const encoding of ['gbk', 'gb18030']) {
  test(`a config saved as ${encoding}: its Chinese ignore glob matches the draft, its settings apply`, async () => {
    const dir = folder(iconv.encode(CONFIG, encoding));
    try {
      const r = await runCli(['check', '--format', 'json', '.'], { cwd: dir });
      assert.equal(r.code, 0, r.stderr);
      const out = JSON.parse(r.stdout);
      assert.deepEqual(out.files.map((f) => f.path), ['r.md']);
      assert.doesNotMatch(r.stderr, /matched none|�/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
}

test('a config whose bytes decode in no encoding is a config error at the first bad byte (exit 2), in the locale it states', async () => {
  // UTF-8 with a stray 0xFF before the object (a few Chinese characters: it is read as GB18030, which fails too).
  const bytes = Buffer.concat([Buffer.from('// 配置\n'), Buffer.from([0xff]), Buffer.from('{ "locale": "en", "ignore": ["草稿.md"] }\n')]);
  const dir = folder(bytes);
  try {
    const r = await runCli(['check', '.'], { cwd: dir });
    assert.equal(r.code, 2);
    assert.equal(r.stdout, '');
    assert.match(r.stderr, /^nianbao: invalid config \.nianbao\.jsonc:\n\.nianbao\.jsonc:2:1: bytes valid neither as UTF-8 nor as GB18030 here \(1 in all, each read as �\): correct them, and save the file as UTF-8/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('the language server reads a GBK config the same way: the draft it ignores gets no findings', async () => {
  const dir = folder(iconv.encode(CONFIG.replace('"column-label": "off"', '"row-label": "off"'), 'gbk'));
  const s = await session({ workspaceFolders: [pathToFileURL(dir).href] });
  try {
    // A report with one finding (表三's 商业企业 column headed 商业机构), so that an ignored file shows by having none.
    const text = readFileSync(REPORT, 'utf8').replace('商业企业', '商业机构');
    const checked = await s.openAndWait(pathToFileURL(join(dir, 'r.md')).href, text);
    assert.ok(checked.some((d) => d.code === 'column-label'), JSON.stringify(checked.map((d) => d.code)));
    const draft = pathToFileURL(join(dir, '草稿.md')).href;
    await s.open(draft, text);
    await s.srv.request('nianbao/debugStats', {});
    const onDraft = s.srv.notifications.filter((m) => m.method === 'textDocument/publishDiagnostics' && m.params.uri === draft);
    assert.ok(onDraft.every((m) => m.params.diagnostics.length === 0), JSON.stringify(onDraft.map((m) => m.params.diagnostics.map((d) => d.code))));
    // No problem is published on the config itself.
    const configUri = pathToFileURL(join(dir, '.nianbao.jsonc')).href;
    const onConfig = s.srv.notifications.filter((m) => m.method === 'textDocument/publishDiagnostics' && m.params.uri === configUri).map((m) => m.params.diagnostics);
    assert.ok(onConfig.every((ds) => ds.length === 0), JSON.stringify(onConfig));
  } finally {
    await s.srv.stop();
    rmSync(dir, { recursive: true, force: true });
  }
});
