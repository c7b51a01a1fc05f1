// Shared helpers of the node --test suites: the bundled core and CLI (run `npm run build` first) and corpus paths.
import { createRequire } from 'node:module';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, statSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
if (!existsSync(join(ROOT, 'dist/core.js'))) throw new Error('dist/core.js is missing: run `npm run build` before the tests');
/** The pure core, as bundled. */
export const core = require(join(ROOT, 'dist/core.js'));
/** The CLI module (exports run(argv, io)). */
export const cli = require(join(ROOT, 'dist/cli.js'));
/** The shared corpus (../shared/corpus beside the checkout). */
export const CORPUS = resolve(ROOT, '../shared/corpus');
export const corpusText = (name) => readFileSync(join(CORPUS, name), 'utf8');

/** The path of every report text the tests have: the corpus, the fixtures and the examples (`.txt`, `.md`, no README). */
export function allReportFiles() {
  const out = [];
  for (const dir of [CORPUS, join(ROOT, 'test', 'fixtures'), join(ROOT, 'examples')]) {
    for (const f of readdirSync(dir, { recursive: true })) {
      const p = join(dir, f);
      if (/\.(txt|md)$/.test(f) && !/README/.test(f) && statSync(p).isFile()) out.push(p);
    }
  }
  return out;
}

/** The report of `text` and its findings of rule `rule` (`found`), checked with the default options. */
export const only = (text, rule) => {
  const { report, findings } = core.analyze(text);
  return { report, found: findings.filter((f) => f.ruleId === rule) };
};

/** `text` with the one occurrence of `from` replaced by `to`; fails unless `from` occurs exactly once. */
export function edit(text, from, to) {
  assert.equal(text.split(from).length, 2, `“${from}” occurs once`);
  return text.replace(from, to);
}

// prose-table on examples/correct-2024.nianbao.md (新收 46, 上年结转 2, 办结 47) and reports that share its 表三 sentence.
/** The end of the example's 表三 sentence: a sentence added after it is in the same paragraph, under （二）依申请公开. */
export const T3_SENTENCE = '结转下年度继续办理1件。';
/** `text` with `sentence` added right after its 表三 sentence (`T3_SENTENCE`, which must occur once). */
export const afterT3 = (text, sentence) => edit(text, T3_SENTENCE, T3_SENTENCE + sentence);
/** The prose-table findings of `text`. */
export const proseTableOf = (text) => only(text, 'prose-table').found;
/** A prose-table finding in brief: the prose's number, the table's, the quantity, the severity, the fix's new text. */
export const proseBrief = (f) => [f.actual, f.expected, f.data.quantity, f.severity, f.fix?.edits[0].newText];

/**
 * The reports the prose-table tests rewrite one sentence of (as the testers' run.sh did), with the 1-based line of
 * that sentence: `B1` = fixtures/reports/breaker35-b1-2024.md line 27 (表三 新收 46, 上年结转 2, 办理结果总计 47, 结转下年度
 * 1; 法律服务机构 2), `B1L15` the same report's line 15, `B2` = breaker35-b2-2023.md line 15 (新收 37, 上年结转 4, 总计 37,
 * 结转下年度 4).
 */
export const PROSE_BASES = Object.fromEntries(Object.entries({ B1: ['breaker35-b1-2024.md', 27], B1L15: ['breaker35-b1-2024.md', 15], B2: ['breaker35-b2-2023.md', 15] })
  .map(([k, [file, line]]) => [k, { text: readFileSync(join(ROOT, 'test/fixtures/reports', file), 'utf8'), line }]));
/** Base report `base` of `PROSE_BASES` with its sentence line replaced by `line`. */
export function proseInput(base, line) {
  const { text, line: n } = PROSE_BASES[base];
  const lines = text.split('\n');
  lines[n - 1] = line;
  return lines.join('\n');
}
/** The sentence line of `base` (`PROSE_BASES`) in `text`, a copy of that base with the line replaced. */
export const proseLineOf = (base, text) => text.split('\n')[PROSE_BASES[base].line - 1];
/** The line of `text` a finding starts on. */
export const lineOf = (text, f) => text.split('\n')[f.range.start.line];

/** Runs the CLI in-process; resolves to { code, stdout, stderr }. */
export async function runCli(argv, { cwd = ROOT, env = {} } = {}) {
  let stdout = '', stderr = '';
  const code = await cli.run(argv, { cwd, env: { ...env }, isTTY: false, out: (s) => (stdout += s), err: (s) => (stderr += s) });
  return { code, stdout, stderr };
}

/** A fresh temporary folder holding `files` (relative name, with sub-folders, → text or bytes); its path. */
export function folderWith(files) {
  const dir = mkdtempSync(join(tmpdir(), 'nianbao-unit-files-'));
  for (const [name, bytes] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), bytes);
  }
  return dir;
}

/**
 * Runs the CLI (`argv`, in Chinese unless `env` says otherwise) in a fresh temporary folder holding `files` (relative
 * name, with sub-folders, → text), removed after; returns its result with stdout read as JSON (`json`: the json, sarif,
 * rdjson or gitlab output), or null when stdout is no JSON (the text output).
 */
export async function runCliInFolder(files, argv, env = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'nianbao-unit-folder-'));
  try {
    for (const [p, text] of Object.entries(files)) {
      mkdirSync(join(dir, p, '..'), { recursive: true });
      writeFileSync(join(dir, p), text);
    }
    const r = await runCli(argv, { cwd: dir, env: { NIANBAO_LOCALE: 'zh', ...env } });
    return { ...r, json: jsonOrNull(r.stdout) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function jsonOrNull(s) {
  try {
    return JSON.parse(s);
  } catch {
    return null;
  }
}

/** Values of a table row by id, as numbers (null for blank/missing). */
export function rowValues(report, table, id) {
  const row = report.tables[table]?.rows.find((r) => r.id === id);
  if (!row) throw new Error(`no row ${id} in ${table}`);
  return row.cells.map((c) => (c ? c.value : null));
}

/** The text a range covers. */
export function slice(report, range) {
  return report.lines.slice(range);
}

/** Asserts that `after` equals `before` with the taken edits applied and nothing else (checks the unedited gaps). */
export function assertOnlyEditsChanged(before, after, edits, skipped) {
  if (skipped) return; // overlapping edits: covered by the applyFixes property test
  const idx = new core.LineIndex(before);
  const spans = edits.map((e) => [idx.offsetAt(e.range.start), idx.offsetAt(e.range.end), e.newText]).sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  let pos = 0, out = 0;
  for (const [s, e, t] of spans) {
    assert.equal(after.slice(out, out + (s - pos)), before.slice(pos, s), 'text between edits is unchanged');
    out += s - pos;
    assert.equal(after.slice(out, out + t.length), t);
    out += t.length;
    pos = e;
  }
  assert.equal(after.slice(out), before.slice(pos));
}

/**
 * A fast-check arbitrary of one random edit for the incremental-analysis property tests: a place (0–1 of the
 * text), how many UTF-16 units to delete there (a few, a line's worth, a section's worth) and one of `snippets` to
 * insert. `applyEdit` applies it without splitting a surrogate pair.
 */
export function editArbitrary(fc, snippets) {
  return fc.record({ at: fc.double({ min: 0, max: 1, noNaN: true }), del: fc.oneof(fc.nat(3), fc.nat(40), fc.nat(600)), ins: fc.constantFrom(...snippets) });
}

/** `text` with the edit `e` (from `editArbitrary`) applied. */
export function applyEdit(text, e) {
  let a = Math.floor(e.at * text.length);
  if (a > 0 && /[\udc00-\udfff]/.test(text[a] ?? '')) a--;
  let b = Math.min(text.length, a + e.del);
  if (b > 0 && /[\udc00-\udfff]/.test(text[b] ?? '')) b++;
  return text.slice(0, a) + e.ins + text.slice(b);
}

/** `text` with value cell `k` (0-based) of the pipe-table row labelled `label` changed from `from` to `to` (asserts both). */
export function cellTypo(text, label, k, from, to) {
  const line = text.split('\n').find((l) => l.startsWith(`| ${label} `));
  assert.ok(line, label);
  const cells = line.split('|');
  assert.equal(cells[k + 2].trim(), String(from), `${label} cell ${k}`);
  cells[k + 2] = cells[k + 2].replace(String(from), String(to));
  return text.replace(line, cells.join('|'));
}

/** A report of `year` by `agency` in the conventional (pre-2019) form: title, intro with the 统计期限, six parts of prose, no tables, signature and date. */
export const preFormReport = (agency, year) => `${agency}${year}年政府信息公开工作年度报告

本报告根据《中华人民共和国政府信息公开条例》（以下简称《条例》）要求编制。全文包括概述，主动公开政府信息情况，依申请公开政府信息情况，政府信息公开的收费及减免情况，因政府信息公开申请行政复议、提起行政诉讼的情况，政府信息公开工作存在的主要问题及改进情况。本报告中所列数据的统计期限自${year}年1月1日起至${year}年12月31日止。

一、概述

${year}年，${agency}认真贯彻落实《条例》，政府信息公开工作取得新进展。

二、主动公开政府信息情况

${year}年，共主动公开政府信息421条，其中通过门户网站公开386条。

三、依申请公开政府信息情况

${year}年，共受理政府信息公开申请27件，已全部按期答复。

四、政府信息公开的收费及减免情况

${year}年，未收取政府信息公开检索、复制、邮寄等费用。

五、因政府信息公开申请行政复议、提起行政诉讼的情况

${year}年，未发生因政府信息公开申请行政复议、提起行政诉讼的情况。

六、政府信息公开工作存在的主要问题及改进情况

一是信息更新不够及时。下一步，将加强督促检查，提高公开质量。

${agency}
${year + 1}年1月25日
`;

/** A complete, clean draft (as `nianbao new` writes it) of `format` (2021: year 2024; else 2020), its fill-in notes replaced by text. */
export function cleanDraft(format = '2021') {
  const year = format === '2021' ? 2024 : 2020;
  // Every section's note written over: the generic placeholder and the template's own (2021 六).
  return core.renderNewReport({ format, year, agency: '测试局' }).replaceAll('（请在此处填写本部分内容。）', '本局依法做好政府信息公开工作。')
    .replace('（文字描述，收取信息处理费情况在此处报告。）', '本局依法做好政府信息公开工作。');
}

/** The cells of each pipe row of `text` (delimiter rows dropped) written by `write` (cells → lines); other lines as they are. */
export function rewriteRows(text, write) {
  return text.split('\n').flatMap((line) => {
    if (!line.startsWith('|')) return [line];
    if (/^\|[\s:|-]+\|$/.test(line)) return [];
    return write(line.slice(1, -1).split('|').map((c) => c.trim()));
  }).join('\n');
}

/** How a pasted table writes a row's cells: an Excel/Word paste (tabs), a browser copy (one cell per line), `pdftotext -layout` (runs of spaces). */
export const PASTED_ROW = {
  tabs: (cells) => [cells.join('\t')],
  'one cell per line': (cells) => cells.filter(Boolean),
  spaces: (cells) => [cells.join('    ')],
};
/** Every pipe table of `text` pasted as tabs, one cell per line, or space-aligned (`PASTED_ROW`). */
export const toTabs = (text) => rewriteRows(text, PASTED_ROW.tabs);
export const toCells = (text) => rewriteRows(text, PASTED_ROW['one cell per line']);
export const toSpaces = (text) => rewriteRows(text, PASTED_ROW.spaces);

/** Every pipe table of `text` as an HTML table, one `<tr>` a line, its cells as written (a saved web page). */
export function toHtmlRows(text) {
  const out = [];
  let open = false;
  for (const l of text.split('\n')) {
    if (!l.startsWith('|')) {
      if (open) out.push('</table>');
      open = false;
      out.push(l);
      continue;
    }
    if (/^\|[\s:|-]+\|$/.test(l)) continue;
    if (!open) out.push('<table>');
    open = true;
    out.push(`<tr>${l.slice(1, -1).split('|').map((c) => `<td>${c.trim()}</td>`).join('')}</tr>`);
  }
  return out.join('\n');
}

/**
 * `text` with each pipe table written as an HTML `<table><tbody>`, each row as the lines `rowLines(cells)` gives (the
 * row's cells trimmed, its pipes dropped); the delimiter rows go, every other line stays as it is.
 */
export function pipeTablesAsHtml(text, rowLines) {
  const out = [];
  let open = false;
  for (const line of text.split('\n')) {
    if (!/^\s*\|/.test(line)) { if (open) out.push('</tbody>', '</table>'); open = false; out.push(line); continue; }
    if (/^\s*\|[\s:|-]+\|\s*$/.test(line)) continue;
    if (!open) { out.push('<table>', '<tbody>'); open = true; }
    out.push(...rowLines(line.trim().replace(/^\||\|$/g, '').split('|').map((c) => c.trim())));
  }
  if (open) out.push('</tbody>', '</table>');
  return out.join('\n');
}

/**
 * A whole report's tables rewritten into each layout real reports come in, by name: as written (pipe), one cell a
 * line with and without ` |` cell ends, tab-separated, space-aligned and HTML rows.
 */
export const REPORT_LAYOUTS = {
  pipe: (t) => t,
  'one cell a line, ` |`': (t) => rewriteRows(t, (c) => c.map((x) => `${x} |`)),
  'one cell a line': (t) => rewriteRows(t, (c) => c.filter(Boolean)),
  tabs: toTabs,
  'space-aligned': toSpaces,
  'HTML rows': toHtmlRows,
};

/**
 * A Markdown report as the elements of a saved web page, one a string: `#` headings as <hN>, paragraphs as <p> (or as
 * `<p><strong>…</strong></p>` for the headings with `strongHeadings`), each pipe table as one <table> of <tr> rows.
 */
export function pageElements(text, { strongHeadings = false } = {}) {
  const out = [];
  let table = null;
  for (const l of text.split('\n')) {
    if (/^\|/.test(l)) {
      if (/^\|[\s:|-]+\|$/.test(l)) continue;
      const cells = l.slice(1, -1).split('|').map((c) => `<td>${c.trim()}</td>`).join('');
      (table ??= []).push(`<tr>${cells}</tr>`);
      continue;
    }
    if (table) out.push(`<table border="1">${table.join('')}</table>`);
    table = null;
    const h = /^(#{1,3}) (.*)$/.exec(l);
    if (h) out.push(strongHeadings ? `<p style="text-indent:2em"><strong>${h[2]}</strong></p>` : `<h${h[1].length}>${h[2]}</h${h[1].length}>`);
    else if (l.trim()) out.push(`<p>${l}</p>`);
  }
  if (table) out.push(`<table border="1">${table.join('')}</table>`);
  return out;
}

/** `pageElements` run together as a page saved (or minified) on one line. */
export const onePage = (els) => `<html><head><meta charset="utf-8"></head><body>${els.join('')}</body></html>\n`;

/**
 * A report (pipe tables, 表四 in the example's layout: two group rows and the delimiter row above the leaf labels, the
 * values below) with 表四's group `g` (0–2) deleted whole: its five cells of every row, 行政诉讼 kept over the groups left.
 */
export function withoutT4Group(text, g) {
  const lines = text.split('\n');
  const leaf = lines.findIndex((l) => l.startsWith('| 结果维持 |'));
  for (let i = leaf - 3; i <= leaf + 1; i++) {
    const cells = lines[i].slice(1, -1).split('|');
    const removed = cells.splice(g * 5, 5);
    if (g === 1 && /行政诉讼/.test(removed[0])) cells[5] = removed[0];
    lines[i] = `|${cells.join('|')}|`;
  }
  return lines.join('\n');
}

/**
 * A small table (`rows`: arrays of cell texts, the header first) written in each layout reports are pasted in: a pipe
 * table, HTML rows, HTML one cell a line, tab-separated lines, one cell a line. Keys name the layout.
 */
export const SMALL_TABLE_LAYOUTS = {
  pipe: (rows) => [`| ${rows[0].join(' | ')} |`, `|${rows[0].map(() => ' --- ').join('|')}|`, ...rows.slice(1).map((r) => `| ${r.join(' | ')} |`)].join('\n'),
  HTML: (rows) => `<table>${rows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('\n')}</table>`,
  'HTML, one cell a line': (rows) => ['<table>', ...rows.flatMap((r) => ['<tr>', ...r.map((c) => `<td>${c}</td>`), '</tr>']), '</table>'].join('\n'),
  tabs: (rows) => rows.map((r) => r.join('\t')).join('\n'),
  'one cell a line': (rows) => rows.flat().join('\n'),
};

/** examples/correct-2024 and its 表三 新收 row: the bases of `proseChangeSaid`. */
const CORRECT_2024 = () => readFileSync(join(ROOT, 'examples/correct-2024.nianbao.md'), 'utf8');
const NEW_ROW_2024 = '| 一、本年新收政府信息公开申请数量                                         | 40     | 3        | 0        | 1            | 2            | 0    | 46   |';
const SENTENCE_2024 = '全年新收政府信息公开申请46件，上年结转2件；办结47件，其中予以公开24件、部分公开6件、不予公开6件、无法提供7件、不予处理3件、其他处理1件；结转下年度继续办理1件。';

/**
 * examples/correct-2024 made last year's report: 2023 for 2024 throughout, and its 新收 40 where 2024's is 46 (自然人
 * 34 for 40); 办理结果总计 47 as in 2024. For prose-change's comparisons.
 */
export function lastYearOfCorrect() {
  const correct = CORRECT_2024();
  const last = correct.replaceAll('2024', '2023').replace(NEW_ROW_2024, NEW_ROW_2024.replace('| 40     |', '| 34     |').replace('| 46   |', '| 40   |'));
  if (!correct.includes(NEW_ROW_2024) || last === correct) throw new Error('examples/correct-2024.nianbao.md changed: lastYearOfCorrect needs a new 新收 row');
  return last;
}

/**
 * prose-change's findings (their messages) on examples/correct-2024 with its 一（二） sentence replaced by `sentence`,
 * checked against `previous`: by default (undefined) `lastYearOfCorrect()`; null for no last year's report.
 */
export function proseChangeSaid(sentence, previous) {
  const correct = CORRECT_2024();
  if (!correct.includes(SENTENCE_2024)) throw new Error('examples/correct-2024.nianbao.md changed: proseChangeSaid needs its 一（二） sentence');
  return core.checkReport(core.parseReport(correct.replace(SENTENCE_2024, sentence)), { previous: previous === undefined ? core.parseReport(lastYearOfCorrect()) : previous }).filter((f) => f.ruleId === 'prose-change').map((f) => f.message);
}

/**
 * `text` (a report) with its 表三 “四、结转下年度继续办理” 总计 one more: another version of the report (a draft beside
 * the final), not a copy of it. Two byte-identical files, or files of the same figures, are copies of one report, which
 * last year's report lookup takes as one (brk166 #2); a tie of two candidates needs figures that differ.
 */
export function otherFigures(text) {
  const out = text.replace(/^(.*四、结转下年度继续办理.*?)(\d+)(\D*)$/m, (_, a, n, z) => `${a}${Number(n) + 1}${z}`);
  if (out === text) throw new Error('otherFigures: no 结转下年度 row');
  return out;
}
