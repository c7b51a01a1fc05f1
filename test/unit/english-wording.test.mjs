// brk106 #18: English wording. "value cells take numbers, and none is 0" stood for 没有发生的填 0 ("0 where nothing
// happened"); counts said "in 1 rows", "1 blank cell(s)", "1 file(s) checked: 1 error(s)"; the 一、总体情况 guidance
// cited "(30号 §1(1))"; completion details showed template ids (表三 R3.5.4, 表二 T2.5: test/lsp/completion-detail).
// Nouns now agree with their counts (core/text/english.ts), and a sweep of every English message of the fixtures and
// examples finds no `(s)`, no "1 rows"-like count and no § citation.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { core, ROOT, runCli } from '../helpers.mjs';

const correct = readFileSync(join(ROOT, 'examples/correct-2024.nianbao.md'), 'utf8');
const en = (text) => core.checkReport(core.parseReport(text), { locale: 'en' });
const SINGULAR_PLURAL = /\b1 (cells|rows|lines|columns|values|numbers|errors|warnings|notices|files|findings|places|problems|reports)\b|\(s\)|\(es\)|§|none is 0/;

test('words or marks for "none" in one row: "all in row …", and "0 where nothing happened"', () => {
  const text = correct.replace('| 规章           | 0            | 0            | 0            |', '| 规章           | -            | —            | /            |');
  const f = en(text).find((x) => x.ruleId === 'number-invalid');
  assert.equal(f.message, '3 cells of 表二 (all in row “规章”) hold a word or mark such as “-” instead of a number: value cells take numbers only, 0 where nothing happened (the fix writes 0 in them all); they are left out of the sums until then.');
});

test('one blank cell is "1 blank cell"; the guidance of 一 names the circular in English', () => {
  const text = correct.replace('| 二、上年结转政府信息公开申请数量                                         | 2      | 0        |', '| 二、上年结转政府信息公开申请数量                                         | 2      |          |');
  const blank = en(text).find((x) => x.ruleId === 'cell-blank');
  assert.match(blank.message, /has 1 blank cell \(商业企业\)/);
  const lines = correct.split('\n');
  const one = lines.indexOf('## 一、总体情况');
  const empty = [...lines.slice(0, one + 1), '', ...lines.slice(lines.indexOf('## 二、主动公开政府信息情况'))].join('\n');
  const guide = en(empty.replace(/### （[一二三四五]）[^\n]*\n\n[^\n]*\n\n/g, '')).find((x) => x.ruleId === 'section-empty');
  assert.match(guide.message, /\(General Office of the State Council circular 国办公开办函〔2021〕30号, part 一, item （一）\)$/);
});

test('the CLI summary: 1 file checked: 1 error, 1 warning', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'nianbao-en-'));
  try {
    writeFileSync(join(dir, 'r.nianbao.md'), correct.replace('予以公开24件', '予以公开25件'));
    const r = await runCli(['check', '--locale', 'en', 'r.nianbao.md'], { cwd: dir });
    assert.match(r.stdout, /^1 file checked: 1 error, 1 warning, 0 info$/m);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('no English message of the fixtures and examples says (s), "1 rows" and the like, or cites a §', () => {
  const files = (dir) => readdirSync(dir, { withFileTypes: true, recursive: true }).filter((e) => e.isFile() && /\.(md|txt)$/.test(e.name)).map((e) => join(e.parentPath ?? e.path, e.name));
  const bad = [];
  for (const file of [...files(join(ROOT, 'test/fixtures')), ...files(join(ROOT, 'examples'))]) {
    const text = readFileSync(file, 'utf8');
    if (text.length > 200_000) continue;
    for (const f of en(text)) {
      for (const s of [f.message, f.fix?.title.en ?? '', ...(f.related ?? []).map((r) => r.message?.en ?? '')]) {
        if (SINGULAR_PLURAL.test(s)) bad.push(`${file.slice(ROOT.length + 1)} ${f.ruleId}: ${s.slice(0, 160)}`);
      }
    }
  }
  assert.deepEqual(bad, []);
});
