// brk174 #2: content-copied's fingerprint (SARIF partialFingerprints, GitLab fingerprint) changed when one sentence was
// added 25 lines below the finding, its own line (the title) untouched: its payload's share of repeated text was
// hashed. A fingerprint hashes what a finding is about (rule id, file, the offending text and its lines, its table,
// row or section), never figures measured over the rest of the document. Checked for every rule the reports here
// raise: one sentence added to a paragraph far from a finding keeps its fingerprint.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync, rmSync, mkdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { runCli, folderWith, allReportFiles, ROOT } from '../helpers.mjs';

const CORRECT = readFileSync(join(ROOT, 'examples/correct-2024.nianbao.md'), 'utf8');
const lastYearOf = (text) => text.replaceAll('2024', '2023').replaceAll('2025', '2024');
const SENTENCE = '今年还新建了公开台账，逐项登记办理过程。';

/** SARIF results of checking `files` (paths relative to `dir`) in `dir`: `path → [{ rule, fp, start, end }]`. */
async function sarifOf(dir, files) {
  const r = await runCli(['check', '--format', 'sarif', ...files], { cwd: dir });
  const out = new Map();
  for (const x of JSON.parse(r.stdout).runs[0].results) {
    const loc = x.locations[0].physicalLocation;
    const path = decodeURIComponent(loc.artifactLocation.uri);
    if (!out.has(path)) out.set(path, []);
    out.get(path).push({ rule: x.ruleId, fp: x.partialFingerprints['nianbao/v1'], start: loc.region?.startLine ?? 1, end: loc.region?.endLine ?? loc.region?.startLine ?? 1 });
  }
  return out;
}

/** `text` with `SENTENCE` added after the last sentence of its last paragraph of prose; and that line (1-based). */
function addSentence(text) {
  const lines = text.split('\n');
  for (let i = lines.length - 1; i >= 0; i--) {
    const l = lines[i];
    if (/^\s*[|#<>｜-]/.test(l) || !/[\u4e00-\u9fff]{10}/.test(l) || !/。\s*\r?$/.test(l) || /\d/.test(l)) continue;
    lines[i] = l.replace(/。(\s*\r?)$/, `。${SENTENCE}$1`);
    return { text: lines.join('\n'), line: i + 1 };
  }
  return null;
}

test('content-copied keeps its fingerprint when a sentence is added far below its line', async () => {
  const dir = folderWith({ '2023/r.md': lastYearOf(CORRECT), '2024/r.md': CORRECT });
  try {
    const before = (await sarifOf(dir, ['2024/r.md'])).get('2024/r.md').filter((x) => x.rule === 'content-copied');
    assert.equal(before.length, 1);
    const { text, line } = addSentence(CORRECT);
    assert.ok(line - before[0].start > 20, 'the edit is far from the finding');
    writeFileSync(join(dir, '2024/r.md'), text);
    const after = (await sarifOf(dir, ['2024/r.md'])).get('2024/r.md').filter((x) => x.rule === 'content-copied');
    assert.deepEqual(after, before);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('every rule: a finding keeps its fingerprint when a sentence is added to a paragraph elsewhere', async () => {
  // Every report text of the corpus, the fixtures and the examples, and a pair of years (the cross-year rules).
  const dir = folderWith({});
  const texts = new Map();
  try {
    allReportFiles().forEach((p, k) => {
      const text = readFileSync(p, 'utf8');
      if (text.includes('\ufffd') || text.includes('\0')) return;
      const name = `f${k}/${relative(ROOT, p).replace(/[^\w.\u4e00-\u9fff-]+/g, '_')}`.replace(/\.txt$/, '.md');
      texts.set(name, text);
    });
    const carried = CORRECT.replace(/\| 二、上年结转政府信息公开申请数量 \|([^\n]*?)\| (\d+)(\s*)\|\n/, (m, a, n, s) => `| 二、上年结转政府信息公开申请数量 |${a}| ${Number(n) + 1}${s}|\n`);
    texts.set('pair/2023/r.md', lastYearOf(CORRECT).replace('严格落实', '认真落实'));
    texts.set('pair/2024/r.md', carried);
    for (const [name, text] of texts) {
      mkdirSync(join(dir, name, '..'), { recursive: true });
      writeFileSync(join(dir, name), text);
    }
    const names = [...texts.keys()];
    const before = await sarifOf(dir, names);
    const edited = new Map();
    for (const [name, text] of texts) {
      const e = addSentence(text);
      if (!e || name === 'pair/2023/r.md') continue;
      writeFileSync(join(dir, name), e.text);
      edited.set(name, e.line);
    }
    assert.ok(edited.size > 50, `${edited.size} files edited`);
    const after = await sarifOf(dir, names);
    const rules = new Set();
    const off = (list, line) => list.filter((x) => !(x.start <= line && line <= x.end)).map((x) => `${x.rule} ${x.fp}`).sort();
    for (const [name, line] of edited) {
      const a = before.get(name) ?? [], b = after.get(name) ?? [];
      for (const x of a) rules.add(x.rule);
      assert.deepEqual(off(b, line), off(a, line), `${name}: line ${line} edited`);
    }
    for (const id of ['content-copied', 'carry-over', 'sum-balance', 'row-missing', 'report-multiple']) assert.ok(rules.has(id), `${id} is among the rules checked`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
