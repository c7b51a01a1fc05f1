// Synthetic report drafts in every table layout found in real reports, for layout and property tests.
import { core } from './helpers.mjs';

const t3 = core.templateOf('2021').tables.t3;
export const DATA_ROWS = t3.rows.filter((r) => r.data);

/** A 2021 report text around a 表三 body. */
export function wrap(table3) {
  return ['# 某某局2024年政府信息公开工作年度报告', '', '本报告中所列数据的统计期限自2024年1月1日起至2024年12月31日止。', '',
    '一、总体情况', '', '本局依法做好政府信息公开工作。', '', '三、收到和处理政府信息公开申请情况', '', table3, '',
    '四、政府信息公开行政复议、行政诉讼情况', '', '结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 |', '0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |', ''].join('\n');
}

const header = () => [t3.corner, ...t3.columns.map((c) => c.label)];
const cell = (v) => (v === null ? '' : String(v));

/** Authoring format: `| a | b |` rows with a `|---|` delimiter row. */
export function pipeTable(values) {
  const rows = [`| ${header().join(' | ')} |`, `|${'---|'.repeat(8)}`];
  let k = 0;
  for (const r of t3.rows) rows.push(r.data ? `| ${r.label} | ${values[k++].map(cell).join(' | ')} |` : `| ${r.label} |`);
  return rows.join('\n');
}

/** Pasted from a web page: one row per line, ` | ` separators, no delimiter row (seed 003). */
export function pipeNoDelimiter(values) {
  const rows = [`${t3.corner} | 申请人情况 |`, '自然人 | 法人或其他组织 | 总计 |', '商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 |'];
  let k = 0;
  for (const r of t3.rows) if (r.data) rows.push(`${r.label} | ${values[k++].map(cell).join(' | ')} |`);
  return rows.join('\n');
}

/** One cell per line ending in ` |`, `|||` lines for merged header cells (seed 001). */
export function cellPerLine(values) {
  const out = [`${t3.corner} |`, '申请人情况 |', '||||||', '自然人 |', '法人或其他组织 |', '总计 |', '|||||', '商业企业 |', '科研机构 |', '社会公益组织 |', '法律服务机构 |', '其他 |', '|||'];
  let k = 0;
  for (const r of t3.rows) {
    out.push(`${r.label} |`);
    if (r.data) for (const v of values[k++]) out.push(`${cell(v)} |`);
  }
  return out.join('\n');
}

/** `pdftotext -layout`: space-aligned columns, long labels wrapped around their numbers, page numbers. */
export function spaceAligned(values) {
  const out = ['                        申请人情况', t3.corner.slice(0, 20), t3.corner.slice(20), '        自然人   商业企业  科研机构  社会公益组织  法律服务机构  其他  总计', ''];
  let k = 0;
  for (const r of t3.rows) {
    if (!r.data) { out.push(`      ${r.label}`); continue; }
    const nums = values[k++].map((v) => String(v).padStart(6)).join('   ');
    if (r.label.length > 16) {
      out.push(`      ${r.label.slice(0, 14)}`, `${' '.repeat(30)}${nums}`, `      ${r.label.slice(14)}`);
    } else out.push(`      ${r.label.padEnd(20, ' ')}${nums}`);
    if (k === 12) out.push('', '                                   -4-', '');
  }
  return out.join('\n');
}

/** OCR markdown: the table split into small tables per block with columns 数据1…数据6 (沭阳). */
export function ocrSplit(values) {
  const out = [t3.corner, ''];
  let k = 0;
  for (const r of t3.rows) {
    if (!r.data) { out.push(`### ${r.label}`, ''); continue; }
    out.push(`| 类别 | 数据1 | 数据2 | 数据3 | 数据4 | 数据5 | 数据6 | 总计 |`, '|---|---|---|---|---|---|---|---|', `| ${r.label.replace(/^(\d)\./, '$1. ')} | ${values[k++].map(cell).join(' | ')} |`, '');
  }
  return out.join('\n');
}

/** Transcribed HTML rows: a row-spanning group label only in the first row of its group; empty cells kept. */
export function htmlRows(values) {
  const out = [`| ${t3.corner} | 申请人情况 |`, '| 自然人 | 法人或其他组织 | 总计 |', '| 商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 |'];
  let k = 0, group = null;
  for (const r of t3.rows) {
    if (!r.data) { group = r.label; continue; }
    const lead = group ? `| ${group} ` : '';
    group = null;
    out.push(`${lead}| ${r.label} | ${values[k++].map((v) => (v === null ? ' ' : String(v))).join(' | ')} |`);
  }
  return out.join('\n');
}

/** HTML markup in a Markdown draft, one `<tr>` per line: merged header cells (`colspan`, `rowspan`), group label cells. */
export function htmlTable(values) {
  const out = ['<table>', `<tr><th rowspan="3" colspan="3">${t3.corner}</th><th colspan="7">申请人情况</th></tr>`,
    '<tr><th rowspan="2">自然人</th><th colspan="5">法人或其他组织</th><th rowspan="2">总计</th></tr>',
    '<tr><th>商业企业</th><th>科研机构</th><th>社会公益组织</th><th>法律服务机构</th><th>其他</th></tr>'];
  let k = 0;
  for (const r of t3.rows) {
    if (!r.data) { out.push(`<tr><td colspan="3">${r.label}</td>${'<td></td>'.repeat(7)}</tr>`); continue; }
    out.push(`<tr><td colspan="3">${r.label}</td>${values[k++].map((v) => `<td>${cell(v)}</td>`).join('')}</tr>`);
  }
  out.push('</table>');
  return out.join('\n');
}

/** pandoc's Markdown of a Word table with merged cells: an HTML table, one `<td>` per line, `<tr>` and `</tr>` alone. */
export function pandocHtml(values) {
  const out = ['<table>', '<colgroup>', '<col style="width: 30%" />', '</colgroup>', '<thead>', '<tr class="header">', `<th>${t3.corner}</th>`,
    '<th colspan="7">申请人情况</th>', '</tr>', '</thead>', '<tbody>', '<tr class="odd">', '<td></td>',
    ...t3.columns.map((c) => `<td>${c.label}</td>`), '</tr>'];
  let k = 0, odd = false;
  for (const r of t3.rows) {
    out.push(`<tr class="${(odd = !odd) ? 'even' : 'odd'}">`, `<td>${r.label.replace(/“/g, '&ldquo;').replace(/”/g, '&rdquo;')}</td>`);
    for (const v of r.data ? values[k++] : new Array(7).fill(null)) out.push(`<td>${cell(v)}</td>`);
    out.push('</tr>');
  }
  out.push('</tbody>', '</table>');
  return out.join('\n');
}

/** Word's own HTML: each cell's text on a line of its own in `<p><span>`, an empty cell as `<p>&nbsp;</p>`. */
export function wordHtml(values) {
  const td = (text) => ['  <td width="64" valign="top" style="border:solid windowtext 1.0pt">',
    text === '' ? '  <p class="MsoNormal" align="center">&nbsp;</p>' : `  <p class="MsoNormal" align="center"><span lang="EN-US" style="font-family:宋体">${text}</span></p>`, '  </td>'];
  const out = ['<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0">', ' <tr style="height:20.0pt">', ...td(t3.corner), ...td('申请人情况'), ' </tr>',
    ' <tr>', ...td(''), ...t3.columns.flatMap((c) => td(c.label)), ' </tr>'];
  let k = 0;
  for (const r of t3.rows) {
    out.push(' <tr style="height:20.0pt">', ...td(r.label));
    for (const v of r.data ? values[k++] : new Array(7).fill(null)) out.push(...td(cell(v)));
    out.push(' </tr>');
  }
  out.push('</table>');
  return out.join('\n');
}

export const LAYOUTS = { pipeTable, pipeNoDelimiter, cellPerLine, spaceAligned, ocrSplit, htmlRows, htmlTable, pandocHtml, wordHtml };
