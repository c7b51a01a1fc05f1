// `nianbao inspect - --stdin-filename NAME`: the report on stdin named as `check -` names it (breaker48 E: inspect
// refused the option, 未知的选项 --stdin-filename): NAME in the lines on stderr, the config looked up from NAME's folder
// with the overrides that match NAME. `inspect` of a file reads with its config in the same way, so both agree.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, writeFileSync, readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CORPUS, ROOT } from '../helpers.mjs';

const BIN = join(ROOT, 'bin/nianbao.js');
// A 2018 report (year read from its signature date) with two row-label findings.
const SEED3 = join(CORPUS, 'seeds/003_7487cbc35b761747.txt');

/** Runs `nianbao ARGS` with `input` on stdin, without NIANBAO_LOCALE unless `env` sets it. */
function nb(args, { cwd = ROOT, env = {}, input = '' } = {}) {
  const e = { ...process.env, ...env };
  if (!('NIANBAO_LOCALE' in env)) delete e.NIANBAO_LOCALE;
  delete e.CI;
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd, env: e, input });
  return { code: r.status, stdout: r.stdout.toString('utf8'), stderr: r.stderr.toString('utf8') };
}

/** A folder with reports/.nianbao.jsonc (row-label off; reports/2019/** read as 2019, reports/old/** as pre2019). */
function folder() {
  const dir = mkdtempSync(join(tmpdir(), 'nianbao-inspect-stdin-'));
  mkdirSync(join(dir, 'reports/2019'), { recursive: true });
  writeFileSync(join(dir, 'reports/.nianbao.jsonc'),
    '{ "rules": { "row-label": "off" }, "overrides": [ { "files": "2019/**", "year": 2019 }, { "files": "old/**", "format": "pre2019" } ] }');
  writeFileSync(join(dir, 'reports/2019/r.txt'), readFileSync(SEED3));
  writeFileSync(join(dir, 'r.txt'), readFileSync(SEED3));
  return dir;
}
const yearLine = (out) => out.split('\n').find((l) => l.startsWith('年度：'));
const ruleLines = (out, rule) => out.split('\n').filter((l) => l.includes(`  ${rule}  `)).length;

test('inspect - --stdin-filename NAME: accepted; the config found from NAME\'s folder applies (its override\'s year, a rule off), as to the file NAME', () => {
  const dir = folder();
  const input = readFileSync(SEED3);
  const plain = nb(['inspect', '-'], { cwd: dir, input });
  assert.equal(plain.code, 0, plain.stderr);
  assert.match(yearLine(plain.stdout), /^年度：2018/);
  assert.equal(ruleLines(plain.stdout, 'row-label'), 2);
  // Named outside the config's folder: the same as without a name (and as the file of that name).
  const outside = nb(['inspect', '-', '--stdin-filename', 'r.txt'], { cwd: dir, input });
  assert.deepEqual([outside.code, outside.stderr, outside.stdout], [0, '', plain.stdout]);
  assert.equal(nb(['inspect', 'r.txt'], { cwd: dir }).stdout, plain.stdout);
  // Named under reports/2019/: the config's rules and its override's year.
  const named = nb(['inspect', '-', '--stdin-filename', 'reports/2019/r.txt'], { cwd: dir, input });
  assert.deepEqual([named.code, named.stderr], [0, '']);
  assert.match(yearLine(named.stdout), /^年度：2019/);
  assert.equal(ruleLines(named.stdout, 'row-label'), 0);
  // The file itself reads the same, with its config.
  assert.equal(nb(['inspect', 'reports/2019/r.txt'], { cwd: dir }).stdout, named.stdout);
  // `check -` with the same name agrees: its year and no row-label.
  const checked = JSON.parse(nb(['check', '--format', 'json', '-', '--stdin-filename', 'reports/2019/r.txt'], { cwd: dir, input }).stdout).files[0];
  assert.equal(checked.year, 2019);
  assert.ok(!checked.diagnostics.some((d) => d.ruleId === 'row-label'));
});

test('inspect - --stdin-filename NAME: NAME in the lines on stderr; a forced format and year that do not go together exit 2, as in check', () => {
  const dir = folder();
  const binary = nb(['inspect', '-', '--stdin-filename', 'reports/r.txt', '--locale', 'en'], { cwd: dir, input: Buffer.from([0, 1, 2, 0, 0, 0]) });
  assert.equal(binary.code, 2);
  assert.match(binary.stderr, /^nianbao: reports\/r\.txt: /);
  assert.equal(binary.stdout, '');
  // Without a name: `-`, as before.
  assert.match(nb(['inspect', '-', '--locale', 'en'], { cwd: dir, input: Buffer.from([0, 1, 2, 0, 0, 0]) }).stderr, /^nianbao: -: /);
  // The config's pre2019 for reports/old/** with --year 2024.
  const input = readFileSync(SEED3);
  const inspected = nb(['inspect', '-', '--stdin-filename', 'reports/old/r.txt', '--year', '2024', '--locale', 'en'], { cwd: dir, input });
  const checked = nb(['check', '-', '--stdin-filename', 'reports/old/r.txt', '--year', '2024', '--locale', 'en'], { cwd: dir, input });
  assert.equal(inspected.code, 2);
  assert.equal(inspected.stdout, '');
  assert.match(inspected.stderr, /^nianbao: reports\/old\/r\.txt: the format and the year given for it \(overrides\[1\]\.format: pre2019 in reports\/\.nianbao\.jsonc; --year 2024\) do not go together/m);
  assert.equal(checked.code, 2);
  assert.ok(checked.stderr.includes(inspected.stderr.trim()), checked.stderr);
});

test('inspect --stdin-filename without -: a usage error naming inspect; inspect --help lists the option in check\'s words', () => {
  const r = nb(['inspect', 'r.txt', '--stdin-filename', 'a.md'], { cwd: folder() });
  assert.equal(r.code, 2);
  assert.equal(r.stderr, 'nianbao：--stdin-filename 只用于 -（从标准输入读取报告），例如 nianbao inspect - --stdin-filename 2024.md\n');
  const line = (help, start) => help.split('\n').find((l) => l.startsWith(start));
  for (const env of [{}, { NIANBAO_LOCALE: 'en' }]) {
    const check = nb(['check', '--help'], { env }).stdout;
    const inspect = nb(['inspect', '--help'], { env }).stdout;
    const option = line(check, '  --stdin-filename ');
    assert.ok(option);
    assert.equal(line(inspect, '  --stdin-filename '), option);
    assert.match(inspect, /nianbao inspect - \[--stdin-filename (NAME|名称)\] < /);
    assert.match(check, /nianbao inspect (FILE|文件)\|- \[--stdin-filename (NAME|名称)\]/);
  }
});
