// Generates realistic report drafts for the bench: the labels and identities come from the product's template
// data (dist/core.js), the prose from the example reports and the real reports in ../shared/corpus (numbers and
// years varied), and the tables in the layouts real reports come in (authoring pipe tables, one row per line
// with ` | `, one cell per line, transcribed HTML rows, pdftotext space-aligned columns, OCR-split tables).
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { rng } from './rng.mjs';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const require = createRequire(join(ROOT, 'package.json'));

let coreMod = null;
/** The bundled core (build first: `npm run build`). */
export function loadCore() {
  coreMod ??= require(join(ROOT, 'dist', 'core.js'));
  return coreMod;
}

// ------------------------------------------------------------------------------------------------ text pools

const HEADING_RE = /^\s*(?:#|[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[）)]|\d+[.、．]|第[一二三四五六七八九十]+[条章部])/;
const CJK = /[\u4e00-\u9fff]/g;

let pool = null;
/** Prose lines from the examples and the corpus: long, mostly Chinese, not headings, not table rows. */
export function prosePool() {
  if (pool) return pool;
  const files = [];
  const add = (dir, re) => {
    if (!existsSync(dir)) return;
    for (const f of readdirSync(dir).sort()) if (re.test(f)) files.push(join(dir, f));
  };
  add(join(ROOT, 'examples'), /\.(md|txt)$/);
  const corpus = join(ROOT, '..', 'shared', 'corpus');
  add(join(corpus, 'seeds'), /\.txt$/);
  add(join(corpus, 'peers'), /\.txt$/);
  const seen = new Set();
  pool = [];
  for (const f of files) {
    for (let line of readFileSync(f, 'utf8').split(/\r?\n/)) {
      line = line.trim();
      if (line.length < 24 || line.includes('|') || HEADING_RE.test(line) || /^(source|http|作者|索\s*引)/i.test(line)) continue;
      if ((line.match(CJK)?.length ?? 0) < line.length * 0.6 || /\s{3,}/.test(line)) continue;
      // Not pieces of flattened tables or comparison tables, and not the corpus' own malformed ordinals.
      if (/勾稽|VS|比较项目|\[|申请数量|本年度办理结果|继续办理|^[一二三四五六七八九十]*[)）]/.test(line)) continue;
      if (/请在此处填写|\(请/.test(line) || seen.has(line)) continue;
      seen.add(line);
      pool.push(line);
    }
  }
  if (pool.length < 10) throw new Error('bench: too little prose found in examples/ and ../shared/corpus');
  return pool;
}

export const REGIONS = ['某某市', '淮安市', '洪泽区', '沭阳县', '河东区', '庐山市', '安化县', '昭通市', '庆城县', '宿迁市', '临沂市', '泰州市', '常德市', '赣州市', '遵义市', '绵阳市', '襄阳市', '湖州市', '德州市', '南平市'];
export const DEPTS = ['人民政府办公室', '人民政府', '发展和改革委员会', '教育局', '公安局', '民政局', '司法局', '财政局', '人力资源和社会保障局', '自然资源和规划局', '生态环境局', '住房和城乡建设局', '交通运输局', '水利局', '农业农村局', '商务局', '文化广电和旅游局', '卫生健康委员会', '应急管理局', '市场监督管理局', '统计局', '医疗保障局', '城市管理局', '审计局', '退役军人事务局'];
const SUBS_S1 = ['主动公开', '依申请公开', '政府信息管理', '政府信息公开平台建设', '监督保障', '政策解读与回应关切', '重点领域信息公开', '政务公开标准化规范化建设', '基层政务公开', '政府开放日活动'];
const SUBS_S5 = ['存在的主要问题', '改进情况', '下一步工作打算', '加强队伍建设', '完善制度机制'];
const FILLERS = ['一是', '二是', '三是', '四是'];
const CN = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 1 → 一, 10 → 十, 23 → 二十三 (1…99). */
export function cn(n) {
  if (n < 10) return CN[n];
  const t = Math.floor(n / 10), u = n % 10;
  return (t === 1 ? '' : CN[t]) + '十' + CN[u];
}

/** A paragraph: one to three corpus lines, numbers and years varied. */
function paragraph(r, year) {
  const p = prosePool();
  let s = '';
  const k = r.int(1, 3);
  for (let i = 0; i < k; i++) s += r.pick(p);
  return s.replace(/\d+/g, (m) => {
    if (/^(19|20)\d\d$/.test(m)) return String(year + (r.chance(0.8) ? 0 : r.pick([-1, 1])));
    const hi = 10 ** m.length - 1, lo = m.length > 1 ? 10 ** (m.length - 1) : 0;
    return String(r.int(lo, hi));
  }).replace(/(\d) (年|月|日|件|条|个|次|万)/g, '$1$2');
}

// ------------------------------------------------------------------------------------------------ tables

function width(s) {
  let w = 0;
  for (const ch of s) w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\u201c\u201d]/.test(ch) ? 2 : 1;
  return w;
}

/** `| a | b |` rows with a delimiter after `headerRows`; padded by display width or not. */
export function pipeTable(rows, headerRows = 1, pad = true) {
  const cols = Math.max(...rows.map((x) => x.length));
  const full = rows.map((x) => [...x, ...new Array(cols - x.length).fill('')]);
  const widths = new Array(cols).fill(3);
  if (pad) for (const x of full) x.forEach((c, i) => (widths[i] = Math.max(widths[i], width(c))));
  const line = (x) => '| ' + x.map((c, i) => (pad ? c + ' '.repeat(widths[i] - width(c)) : c)).join(' | ') + ' |';
  const out = [];
  full.forEach((x, i) => {
    out.push(line(x));
    if (i === headerRows - 1) out.push(pad ? '| ' + widths.map((w) => '-'.repeat(w)).join(' | ') + ' |' : '|' + '---|'.repeat(cols));
  });
  return out.join('\n');
}

/** Values of 表三 that satisfy the template's identities (per column: R1 + R2 = total + R4; total = Σ terms; C7 = Σ C1…C6). */
function t3Values(tpl, r, scale) {
  const t3 = tpl.tables.t3;
  const idn = (rule) => tpl.identities.find((i) => i.rule === rule);
  const results = idn('sum-results'), balance = idn('sum-balance');
  const data = t3.rows.filter((x) => x.data).map((x) => x.id);
  const v = Object.fromEntries(data.map((id) => [id, new Array(7).fill(0)]));
  const colMax = [scale, Math.ceil(scale / 6), Math.ceil(scale / 20), Math.ceil(scale / 20), Math.ceil(scale / 10), Math.ceil(scale / 10)];
  for (let c = 0; c < 6; c++) {
    const total = r.count(colMax[c] + 1);
    let left = total;
    const terms = results.terms;
    // Most outcomes are 予以公开, 部分公开 and 无法提供; a few spread over the others.
    const hot = [terms[0], terms[1], terms[r.int(2, terms.length - 1)], terms[r.int(2, terms.length - 1)]];
    for (let i = 0; i < hot.length && left > 0; i++) {
      const n = i === hot.length - 1 ? left : r.int(0, left);
      v[hot[i]][c] += n;
      left -= n;
    }
    v[results.total][c] = total;
    const [r1, r2] = balance.left, [, r4] = balance.right;
    v[r4][c] = Math.min(total, r.count(4));
    v[r2][c] = r.count(4);
    v[r1][c] = total + v[r4][c] - v[r2][c];
    if (v[r1][c] < 0) { v[r2][c] += v[r1][c]; v[r1][c] = 0; }
  }
  for (const id of data) v[id][6] = v[id].slice(0, 6).reduce((a, b) => a + b, 0);
  return v;
}

function t4Values(r) {
  const out = [];
  for (let g = 0; g < 3; g++) {
    const four = [r.count(5), r.count(3), r.count(3), r.count(2)];
    out.push(...four, four.reduce((a, b) => a + b, 0));
  }
  return out;
}

function t2Values(t2, r) {
  return t2.blocks.map((b) => b.rows.map(() => b.columns.map((c) => {
    if (c.kind === 'amount') return r.chance(0.3) ? '0' : (r.int(0, 5000) / 10).toFixed(r.chance(0.5) ? 1 : 2);
    if (c.kind === 'signed') { const n = r.int(-5, 8); return n > 0 && r.chance(0.3) ? `+${n}` : String(n); }
    return String(r.count(c.label.includes('处理决定') ? 3000 : 40));
  })));
}

const nfkc = (s) => s.normalize('NFKC');

/** The three template tables of a report in one layout; `err` gets the mistakes to inject. */
function tables(tpl, r, layout, scale, err) {
  const t2 = tpl.tables.t2, t3 = tpl.tables.t3, t4 = tpl.tables.t4;
  const v3 = t3Values(tpl, r, scale);
  const v2 = t2Values(t2, r);
  const v4 = t4Values(r);
  const cellOf = (id, c) => {
    const x = v3[id][c];
    return err.blank && err.blank[0] === id && err.blank[1] === c ? '' : String(x);
  };
  if (err.offByOne) v3[err.offByOne[0]][err.offByOne[1]] += r.pick([1, -1, 2, 10]);
  if (err.review) v4[4] += 1;
  const label = (row) => (err.misspell && err.misspell.id === row.id ? err.misspell.label : row.label);
  const col = (c) => (err.column && err.column.id === c.id ? err.column.label : c.label);
  const corner = err.corner ? t3.corner.replace('，等于', '等于') : t3.corner;
  const pad = layout === 'authoring';
  const out = { t2: '', t3: '', t4: '' };
  const paste = layout !== 'authoring' && layout !== 'markdown';

  // 表二
  if (layout === 'authoring' || layout === 'markdown') {
    out.t2 = t2.blocks.map((b, bi) => [b.heading, '', pipeTable([[t2.firstHeader, ...b.columns.map((c) => c.label)], ...b.rows.map((row, ri) => [row.label, ...v2[bi][ri]])], 1, pad)].join('\n')).join('\n\n');
  } else if (layout === 'cellPerLine') {
    out.t2 = nfkc(t2.blocks.map((b, bi) => [`${b.heading} |`, '|||', `${t2.firstHeader} |`, ...b.columns.map((c) => `${c.label} |`), ...b.rows.flatMap((row, ri) => [`${row.label} |`, ...v2[bi][ri].map((x) => `${x} |`)])].join('\n')).join('\n'));
  } else {
    out.t2 = nfkc(t2.blocks.map((b, bi) => [`${b.heading} |`, `${t2.firstHeader} | ${b.columns.map((c) => c.label).join(' | ')} |`, ...b.rows.map((row, ri) => `${row.label} | ${v2[bi][ri].join(' | ')} |`)].join('\n')).join('\n'));
  }

  // 表三
  const header = [corner, ...t3.columns.map(col)];
  if (layout === 'authoring' || layout === 'markdown') {
    const rows = [header];
    for (const row of t3.rows) rows.push(row.data ? [label(row), ...v3[row.id].map((_, c) => cellOf(row.id, c))] : [label(row), ...(pad ? [] : new Array(7).fill(''))]);
    out.t3 = pipeTable(rows, 1, pad);
  } else if (layout === 'rowPipe') {
    const lines = [`${corner} | ${t3.headerGroups[0]} |`, `${col(t3.columns[0])} | ${t3.headerGroups[1]} | ${col(t3.columns[6])} |`, `${t3.columns.slice(1, 6).map(col).join(' | ')} |`];
    let lead = '';
    for (const row of t3.rows) {
      if (!row.data) { lead = `${lead}${label(row)} | `; continue; }
      lines.push(`${lead}${label(row)} | ${v3[row.id].map((_, c) => cellOf(row.id, c)).join(' | ')} |`);
      lead = '';
    }
    out.t3 = nfkc(lines.join('\n'));
  } else if (layout === 'cellPerLine') {
    const lines = [`${corner} |`, `${t3.headerGroups[0]} |`, '||||||', `${col(t3.columns[0])} |`, `${t3.headerGroups[1]} |`, `${col(t3.columns[6])} |`, '|||||', ...t3.columns.slice(1, 6).map((c) => `${col(c)} |`), '|||'];
    for (const row of t3.rows) {
      lines.push(`${label(row)} |`);
      if (row.data) for (let c = 0; c < 7; c++) lines.push(`${cellOf(row.id, c)} |`);
    }
    out.t3 = nfkc(lines.join('\n'));
  } else if (layout === 'htmlRows') {
    const lines = [`| ${corner} | ${t3.headerGroups[0]} |`, `| ${col(t3.columns[0])} | ${t3.headerGroups[1]} | ${col(t3.columns[6])} |`, `| ${t3.columns.slice(1, 6).map(col).join(' | ')} |`];
    let group = null;
    for (const row of t3.rows) {
      if (!row.data) { group = label(row); continue; }
      lines.push(`${group ? `| ${group} ` : ''}| ${label(row)} | ${v3[row.id].map((_, c) => cellOf(row.id, c) || ' ').join(' | ')} |`);
      group = null;
    }
    out.t3 = lines.join('\n');
  } else if (layout === 'spaceAligned') {
    const lines = ['                        申请人情况', corner.slice(0, 20), corner.slice(20), `        ${t3.columns.map(col).join('   ')}`, ''];
    let k = 0;
    for (const row of t3.rows) {
      if (!row.data) { lines.push(`      ${label(row)}`); continue; }
      const nums = v3[row.id].map((x) => String(x).padStart(6)).join('   ');
      const l = label(row);
      if (l.length > 16) lines.push(`      ${l.slice(0, 14)}`, `${' '.repeat(30)}${nums}`, `      ${l.slice(14)}`);
      else lines.push(`      ${l.padEnd(20, ' ')}${nums}`);
      if (++k === 12) lines.push('', `                                   -${r.int(2, 6)}-`, '');
    }
    out.t3 = lines.join('\n');
  } else if (layout === 'ocr') {
    const lines = [corner, ''];
    for (const row of t3.rows) {
      if (!row.data) { lines.push(`### ${label(row)}`, ''); continue; }
      lines.push('| 类别 | 数据1 | 数据2 | 数据3 | 数据4 | 数据5 | 数据6 | 总计 |', '|---|---|---|---|---|---|---|---|', `| ${label(row).replace(/^(\d)\./, '$1. ')} | ${v3[row.id].map((_, c) => cellOf(row.id, c)).join(' | ')} |`, '');
    }
    out.t3 = lines.join('\n');
  }

  // 表四
  const [g1, g2, g3] = t4.groups;
  const leaves = [...t4.leaves, ...t4.leaves, ...t4.leaves];
  if (layout === 'authoring' || layout === 'markdown') {
    const blank = (n) => new Array(n).fill('');
    out.t4 = pipeTable([[g1.label, ...blank(4), g2.parent ?? '', ...blank(9)], [...blank(5), g2.label, ...blank(4), g3.label, ...blank(4)], leaves, v4.map(String)], 1, pad);
  } else if (layout === 'cellPerLine') {
    out.t4 = [`${g1.label} |`, `${g2.parent} |`, '|||||||||||||', ...t4.leaves.map((x) => `${x} |`), `${g2.label} |`, `${g3.label} |`, '||||||||', ...t4.leaves.map((x) => `${x} |`), ...t4.leaves.map((x) => `${x} |`), '|||||', ...v4.map((x) => `${x} |`)].join('\n');
  } else {
    out.t4 = [`${g1.label} | ${g2.parent} |`, `${t4.leaves.join(' | ')} | ${g2.label} | ${g3.label} |`, `${leaves.slice(5).join(' | ')} |`, `${v4.join(' | ')} |`].join('\n');
  }
  if (paste) out.t4 = nfkc(out.t4);
  return { ...out, v3, v4 };
}

// ------------------------------------------------------------------------------------------------ reports

const LAYOUTS = { authoring: 30, markdown: 15, rowPipe: 20, cellPerLine: 15, htmlRows: 8, spaceAligned: 7, ocr: 5 };

function heading(style, level, text) {
  if (style === 'md') return `${'#'.repeat(level + 1)} ${text}`;
  if (style === 'indent') return `   ${text}`;
  return text;
}

/** Mistakes a report may carry (the checker should find them): what real drafts get wrong. */
function pickErrors(tpl, r, p) {
  const err = {};
  if (!r.chance(p)) return err;
  const t3 = tpl.tables.t3;
  const data = t3.rows.filter((x) => x.data);
  const n = r.int(1, 3);
  for (let i = 0; i < n; i++) {
    const kind = r.weighted({ offByOne: 4, blank: 2, misspell: 2, column: 1, corner: 1, review: 1, title: 2, noT4: 1 });
    if (kind === 'offByOne') err.offByOne = [r.pick(data).id, r.int(0, 6)];
    else if (kind === 'blank') err.blank = [r.pick(data).id, r.int(0, 5)];
    else if (kind === 'misspell') {
      const row = r.pick(data.filter((x) => x.label.length > 6));
      const at = r.int(3, row.label.length - 2);
      err.misspell = { id: row.id, label: row.label.slice(0, at) + r.pick(['分', '以', '在', '的', '已']) + row.label.slice(at + 1) };
    } else if (kind === 'column') err.column = r.pick([{ id: 'C2', label: '商业机构' }, { id: 'C5', label: '法律服务组织' }, { id: 'C4', label: '公益组织' }]);
    else err[kind] = true;
  }
  return err;
}

function sectionTitle(tpl, s, r, err) {
  if (err.title && s.variants?.length && r.chance(0.5)) return r.pick(s.variants);
  if (err.title && r.chance(0.3)) return s.title + '。';
  return s.title;
}

/**
 * One report of about `bytes` UTF-8 bytes: a random format (mostly 2021), layout, heading style, agency and year,
 * table values that balance, and with probability `errorRate` one to three realistic mistakes.
 */
export function generateReport(seed, { bytes = 19000, errorRate = 0.35 } = {}) {
  const core = loadCore();
  const r = rng(seed);
  const format = r.weighted({ 2021: 70, 2019: 18, pre2019: 12 });
  const tpl = core.templateOf(format);
  const year = format === '2021' ? r.int(2021, 2025) : format === '2019' ? r.int(2019, 2020) : r.int(2010, 2018);
  const layout = format === 'pre2019' ? 'plain' : r.weighted(LAYOUTS);
  const style = layout === 'authoring' || layout === 'markdown' || layout === 'ocr' ? 'md' : layout === 'spaceAligned' ? 'indent' : 'plain';
  const agency = r.pick(REGIONS) + r.pick(DEPTS);
  const err = format === 'pre2019' ? {} : pickErrors(tpl, r, errorRate);
  const half = style === 'plain' && r.chance(0.6);
  const sub = (i, t) => (half ? `(${cn(i)})${t}` : `（${cn(i)}）${t}`);
  const doc = format === '2021' ? '国办公开办函〔2021〕30号' : format === '2019' ? '国办公开办函〔2019〕60号' : '国务院令第492号';

  const head = [];
  head.push(heading(style, 0, `${agency}${year}年政府信息公开工作年度报告`), '');
  head.push(`本报告根据《中华人民共和国政府信息公开条例》（以下简称《条例》）和《中华人民共和国政府信息公开工作年度报告格式》（${doc}）要求编制。全文包括总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议和行政诉讼情况、存在的主要问题及改进情况、其他需要报告的事项。本报告中所列数据的统计期限自${year}年1月1日起至${year}年12月31日止。如对本报告有疑问，请与${agency}联系（电话：0${r.int(100, 999)}-${r.int(1000000, 9999999)}）。`, '');

  const sections = tpl.sections;
  const tabs = format === 'pre2019' ? null : tables(tpl, r, layout, r.pick([20, 60, 200, 800]), err);
  // Fixed parts first, then prose until the report reaches its size.
  const bodies = sections.map((s) => {
    const b = [];
    if (s.id === 'S2' && tabs) b.push(tabs.t2, '');
    if (s.id === 'S3' && tabs) b.push(paragraph(r, year), '', tabs.t3, '');
    if (s.id === 'S4' && tabs && !err.noT4) b.push(tabs.t4, '', `全年因政府信息公开被申请行政复议${tabs.v4[4]}件，被提起行政诉讼${tabs.v4[9] + tabs.v4[14]}件。`, '');
    return b;
  });
  const subs = sections.map(() => 0);
  const fixed = head.join('\n').length + bodies.flat().join('\n').length;
  let size = Buffer.byteLength(head.join('\n')) + Buffer.byteLength(bodies.flat().join('\n'));
  void fixed;
  const proseOf = { S1: 6, S5: 3, S6: 1, P1: 4, P2: 3, P3: 3, P4: 1, P5: 1, P6: 2, P7: 1, S2: 1, S3: 1, S4: 1 };
  const weights = Object.fromEntries(sections.map((s, i) => [i, proseOf[s.id] ?? 1]));
  while (size < bytes) {
    const i = Number(r.weighted(weights));
    const s = sections[i];
    const b = bodies[i];
    let add = [];
    if ((s.id === 'S1' || s.id === 'S5' || s.id === 'P1') && r.chance(0.45)) {
      const pool = s.id === 'S5' ? SUBS_S5 : SUBS_S1;
      subs[i]++;
      add.push(heading(style, 2, sub(subs[i], pool[(subs[i] - 1) % pool.length])), '');
    }
    if (r.chance(0.15)) add.push(FILLERS.slice(0, r.int(2, 4)).map((f) => `${f}${paragraph(r, year).slice(0, 60)}；`).join(''), '');
    else add.push(paragraph(r, year), '');
    b.push(...add);
    size += Buffer.byteLength(add.join('\n')) + add.length;
  }
  const lines = [...head];
  sections.forEach((s, i) => {
    lines.push(heading(style, 1, sectionTitle(tpl, s, r, err)), '', ...bodies[i]);
  });
  lines.push(agency, `${year + 1}年1月${r.int(10, 31)}日`, '');
  let text = lines.join('\n');
  if (style === 'plain' && layout !== 'authoring') text = text.replace(/\n\n+/g, '\n');
  return { text, format, year, layout, agency, errors: Object.keys(err) };
}

/**
 * One long draft (a city's combined report: long prose sections with many sub-sections, the template tables
 * and per-unit breakdown tables) of at least `lines` lines or `bytes` UTF-8 bytes, in the authoring format.
 * It carries a few mistakes (a 表三 total off by one, a misspelled row label) so it always has diagnostics.
 */
export function generateDraft(seed, { lines: minLines = 0, bytes: minBytes = 0 } = {}) {
  const core = loadCore();
  const r = rng(seed);
  const tpl = core.templateOf('2021');
  const year = 2024;
  const agency = '某某市人民政府';
  const t3 = tpl.tables.t3;
  const err = { offByOne: ['R3.7', 6], misspell: { id: 'R3.2', label: t3.rows.find((x) => x.id === 'R3.2').label.replace('部分', '不分') } };
  const tabs = tables(tpl, r, 'authoring', 3000, err);
  const head = [`# ${agency}${year}年政府信息公开工作年度报告`, '',
    `本报告根据《中华人民共和国政府信息公开条例》和《中华人民共和国政府信息公开工作年度报告格式》（国办公开办函〔2021〕30号）要求编制。本报告中所列数据的统计期限自${year}年1月1日起至${year}年12月31日止。`, ''];
  const bodies = tpl.sections.map(() => []);
  const S = Object.fromEntries(tpl.sections.map((s, i) => [s.id, i]));
  bodies[S.S2].push(tabs.t2, '');
  bodies[S.S3].push(paragraph(r, year), '', tabs.t3, '');
  bodies[S.S4].push(tabs.t4, '', `全年因政府信息公开被申请行政复议${tabs.v4[4]}件，被提起行政诉讼${tabs.v4[9] + tabs.v4[14]}件。`, '');
  const subs = tpl.sections.map(() => 0);
  let nLines = head.length + bodies.flat().join('\n').split('\n').length;
  let size = Buffer.byteLength(head.join('\n') + bodies.flat().join('\n'));
  const weights = { [S.S1]: 50, [S.S2]: 8, [S.S3]: 15, [S.S4]: 4, [S.S5]: 18, [S.S6]: 5 };
  while (nLines < minLines || size < minBytes) {
    const i = Number(r.weighted(weights));
    const add = [];
    if (r.chance(0.25)) {
      subs[i] = subs[i] % 99 + 1;
      const pool = i === S.S5 ? SUBS_S5 : SUBS_S1;
      add.push(`### （${cn(subs[i])}）${pool[(subs[i] - 1) % pool.length]}`, '');
    }
    const kind = r.weighted({ para: 6, items: 2, table: 2 });
    if (kind === 'para') add.push(paragraph(r, year), '');
    else if (kind === 'items') {
      const n = r.int(2, 6);
      for (let k = 1; k <= n; k++) add.push(`${k}.${paragraph(r, year).slice(0, r.int(30, 120))}`);
      add.push('');
    } else {
      const hdr = r.pick([
        ['序号', '单位', '主动公开条数', '政策解读', '新收申请', '办结'],
        ['单位', '新收申请', '予以公开', '部分公开', '不予公开', '无法提供', '不予处理'],
        ['序号', '栏目', '发布条数', '浏览量'],
      ]);
      const rows = [hdr];
      const n = r.int(5, 15);
      for (let k = 1; k <= n; k++) rows.push(hdr.map((h) => (h === '序号' ? String(k) : h === '单位' ? r.pick(REGIONS) + r.pick(DEPTS) : h === '栏目' ? r.pick(SUBS_S1) : String(r.count(h === '浏览量' ? 100000 : 500)))));
      add.push(`${r.pick(['各单位', '各部门', '各栏目'])}${r.pick(['政府信息公开情况', '依申请公开办理情况', '信息发布情况'])}如下：`, '', pipeTable(rows, 1, r.chance(0.7)), '');
    }
    bodies[i].push(...add);
    const s = add.join('\n');
    nLines += s.split('\n').length;
    size += Buffer.byteLength(s) + 1;
  }
  const out = [...head];
  tpl.sections.forEach((s, i) => out.push(`## ${s.title}`, '', ...bodies[i]));
  out.push(agency, `${year + 1}年1月20日`, '');
  return out.join('\n');
}
