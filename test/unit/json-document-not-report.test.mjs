// A JSON document is no report (core/model/scope.ts, jsonDocument): nianbao's own SARIF output, committed into the
// repository and named in a pull request's changed files, was read as a 2021 report with 32 findings on its quoted
// messages (breaker43 #1). A report that merely starts with `[` (a Markdown link line) does not parse as JSON and
// stays a report. The action leaves its own SARIF file out of the paths it checks.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { core, ROOT, runCli } from '../helpers.mjs';
import { runner, runAction } from '../action-runner.mjs';

const ERRORS = join(ROOT, 'examples/errors-2024.nianbao.md');

/** nianbao's SARIF output for the errors example: messages and fixes that quote the report's lines. */
async function ownSarif() {
  const r = await runCli(['check', '--format', 'sarif', ERRORS]);
  assert.equal(r.code, 1, r.stderr);
  return r.stdout;
}

test('nianbao\'s own SARIF output is no report: not checked, and the CLI says what it is', async () => {
  const sarif = await ownSarif();
  const report = core.parseReport(sarif);
  assert.equal(report.isReport, false);
  assert.deepEqual(report.extras.writtenAbout, { zh: '一份 SARIF 文件（JSON 格式的检查结果），不是年度报告', en: 'a SARIF file (check results in JSON), not an annual report' });
  assert.deepEqual(core.analyze(sarif).findings, []);
  const dir = mkdtempSync(join(tmpdir(), 'nianbao-json-'));
  for (const name of ['nianbao.sarif', 'x.json']) {
    writeFileSync(join(dir, name), sarif);
    const r = await runCli(['check', '--format', 'json', name], { cwd: dir });
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stderr, new RegExp(`${name.replace('.', '\\.')}：一份 SARIF 文件（JSON 格式的检查结果），不是年度报告，未检查`));
    assert.deepEqual(JSON.parse(r.stdout).files.map((f) => [f.path, f.diagnostics]), [[name, []]]);
  }
});

test('any JSON document starting with { or [ is no report; a report starting with a Markdown link stays one', () => {
  const data = JSON.stringify([{ agency: '某某市人民政府', title: '2024年政府信息公开工作年度报告', sections: ['一、总体情况', '二、主动公开政府信息情况', '三、收到和处理政府信息公开申请情况'] }], null, 2);
  assert.equal(core.parseReport('\uFEFF  \n' + data).isReport, false);
  assert.deepEqual(core.parseReport(data).extras.writtenAbout, { zh: '一份 JSON 数据文件，不是年度报告', en: 'a JSON data file, not an annual report' });
  const report = readFileSync(ERRORS, 'utf8');
  const linked = '[某某市人民政府门户网站](https://www.example.gov.cn/) > 政府信息公开 > 年度报告\n\n' + report;
  assert.equal(core.parseReport(linked).isReport, true);
  assert.equal(core.parseReport(linked).extras.writtenAbout, undefined);
  assert.ok(core.analyze(linked).findings.length > 0);
});

test('the action leaves its own SARIF file out of the paths it checks', async () => {
  const r = runner(['seeds/003_7487cbc35b761747.txt']);
  writeFileSync(join(r.ws, 'nianbao.sarif'), await ownSarif());
  const res = runAction(r, { NIANBAO_PATHS: 'reports/003_7487cbc35b761747.txt\nnianbao.sarif', NIANBAO_SARIF_FILE: 'nianbao.sarif' });
  assert.ok(!res.stdout.includes('nianbao.sarif'), res.stdout);
  assert.ok(!res.summary.includes('nianbao.sarif'), res.summary);
  assert.match(res.stdout, /::warning file=reports\/003_7487cbc35b761747\.txt/);
  // The SARIF written this time holds the report's findings only.
  const uris = new Set(JSON.parse(readFileSync(join(r.ws, 'nianbao.sarif'), 'utf8')).runs[0].results.map((x) => x.locations[0].physicalLocation.artifactLocation.uri));
  assert.deepEqual([...uris], ['reports/003_7487cbc35b761747.txt']);
});

test('a file named .sarif, .json or .jsonc is JSON data even when cut short (it does not parse); by content, it is not', async () => {
  // (A JSON file of a report's lines: by content, its quoted lines read as a report. nianbao's SARIF quotes only
  // findings, which no longer do: a 统计期限 quoted as an example is no period.)
  const data = JSON.stringify({ lines: readFileSync(ERRORS, 'utf8').split('\n') }, null, 2);
  const cut = data.slice(0, Math.floor(data.length * 0.8));
  assert.equal(core.parseReport(cut).isReport, true, 'by content alone, the quoted lines read as a report');
  assert.equal(core.parseReport(cut, { fileName: 'nianbao.sarif' }).isReport, false);
  assert.equal(core.parseReport(cut, { fileName: 'results.JSON' }).extras.writtenAbout.zh, '一份 JSON 数据文件，不是年度报告');
  const dir = mkdtempSync(join(tmpdir(), 'nianbao-json-'));
  writeFileSync(join(dir, 'nianbao.sarif'), cut);
  const r = await runCli(['check', '--format', 'json', 'nianbao.sarif'], { cwd: dir });
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stderr, /nianbao\.sarif：一份 SARIF 文件（JSON 格式的检查结果），不是年度报告，未检查/);
  // A report named .md whose text starts with a Markdown link is still a report, whatever its name.
  assert.equal(core.parseReport(readFileSync(ERRORS, 'utf8'), { fileName: 'errors-2024.nianbao.md' }).isReport, true);
});
