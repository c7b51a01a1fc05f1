// The review formats (sarif, gitlab, rdjson, github, markdown) take each file's result as soon as it is checked and
// keep only what their document needs of it, not the report's text and model: gitlab kept every file's model to the
// end of the run (611 MB peak for 2,000 reports, where sarif took 336 MB). Each format here is given a few checked
// files; after a full collection, before the document is written, none of their models may be alive.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import v8 from 'node:v8';
import vm from 'node:vm';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { CORPUS, ROOT } from '../helpers.mjs';

v8.setFlagsFromString('--expose-gc');
const gc = vm.runInNewContext('gc');
const require = createRequire(import.meta.url);

/** The formatters as bundled from the sources (dist/cli.js exports the CLI only). */
async function formats() {
  const { buildSync } = await import('esbuild');
  const out = buildSync({ stdin: { contents: "export { FORMATTERS, STREAM_FORMATTERS } from './index.ts';", resolveDir: join(ROOT, 'server/src/cli/format'), loader: 'ts' }, bundle: true, write: false, format: 'cjs', platform: 'node', logLevel: 'error', mainFields: ['module', 'main'] });
  const mod = { exports: {} };
  new Function('module', 'exports', 'require', out.outputFiles[0].text)(mod, mod.exports, createRequire(join(ROOT, 'package.json')));
  return mod.exports;
}

const FILES = ['peers/kiro_hongze-district_2024.txt', 'peers/govnianbao_huaian-city_2024.txt', 'seeds/003_7487cbc35b761747.txt'];

/** One file's result as `nianbao check` gives it to a review format (the text and model kept: `keepModel`). */
function checked(name) {
  const { checkFile } = require(join(ROOT, 'dist/cli.js'));
  const run = {
    options: { locale: 'zh' }, localeGiven: false, previous: null, sayPrevious: false, reportUnusedDisable: false, quiet: false, keepModel: true, fix: null,
    findPrevious: Object.assign(() => null, { tied: () => ({ files: [], inLastYearFolder: false }), rejected: () => undefined, notFoundIn: () => undefined, remember: () => undefined }),
    err: () => {},
  };
  return checkFile({ abs: join(CORPUS, name), shown: name, settings: {}, index: 0 }, run).result;
}

/**
 * Gives `stream` the results of `FILES`; a WeakRef to each one's model. (A function of its own: the frame of the
 * async test, suspended at an await, would keep the last result alive.)
 */
function feed(stream) {
  return FILES.map((file) => {
    const r = checked(file);
    assert.ok(r.report && r.text, file);
    assert.equal(stream.file(r), '');
    return new WeakRef(r.report);
  });
}

test('the review formats keep no report\'s text or model until the end of the run', async () => {
  const { FORMATTERS, STREAM_FORMATTERS } = await formats();
  const summary = join(mkdtempSync(join(tmpdir(), 'nianbao-keep-')), 'summary.md');
  for (const name of ['sarif', 'gitlab', 'rdjson', 'github', 'markdown']) {
    assert.ok(FORMATTERS[name]);
    const make = STREAM_FORMATTERS[name];
    assert.ok(make, `${name} takes each file as it is checked`);
    const stream = make({ locale: 'zh', color: false, cwd: CORPUS, env: { GITHUB_STEP_SUMMARY: summary } });
    const models = feed(stream);
    // (A WeakRef keeps its target alive to the end of the job that made it.)
    await new Promise((ok) => setImmediate(ok));
    gc(); gc();
    assert.deepEqual(models.map((m) => m.deref() === undefined), FILES.map(() => true), `${name} keeps no model`);
    const out = stream.end();
    assert.ok(out.includes('kiro_hongze-district_2024.txt'), name);
  }
  // The step summary still has each report's table checks, worked out while its model was at hand.
  const md = readFileSync(summary, 'utf8');
  assert.match(md, /^### ⚠️ `peers\/kiro_hongze-district_2024\.txt`\n\n2021 年格式（国办公开办函〔2021〕30号） · 2024 年度\n\n\| 表 \| 检查项 \| 结果 \| 说明 \|$/m);
  assert.match(md, /^\| 表四 \| 总计 = 维持 \+ 纠正 \+ 其他 \+ 尚未审结 \| ✅ \| 行政复议 2 = 1 \+ 1 \+ 0 \+ 0；未经复议直接起诉 1 = 1 \+ 0 \+ 0 \+ 0；复议后起诉 3 = 2 \+ 0 \+ 1 \+ 0 \|$/m);
});
