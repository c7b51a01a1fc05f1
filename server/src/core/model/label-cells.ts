import type { LineTokens, Token } from '../parse/tokens.js';
import type { LineIndex } from '../text/lines.js';
import { labelKey } from '../text/normalize.js';

/**
 * Label columns of a table pasted with its merged label cells unmerged (templates.md §3.3: 表三's `一、` labels span
 * three grid columns, the group cells `三、本年度办理结果` and `（三）不予公开` span rows). Word, Excel and HTML
 * converters write such a merged cell either as empty cells (`| 一、本年新收… |  |  | 40 | …`, header
 * `| （本列…） |  |  | 自然人 | …`) or as the same text repeated (`| 一、本年新收… | 一、本年新收… | 40 | …`, Excel's
 * "unmerge and fill", pandas' `read_html`). Both are one label cell, not value cells and not two labels.
 *
 * Returns `lts` with, in each pipe row, a text cell equal to the text cell just before it dropped while no value has
 * come (identical adjacent label cells are one merged cell), and — where the header puts its first column label
 * after `k ≥ 2` cells (the label columns) — the blank cells among a row's first `k` cells dropped, for a row that has
 * the label cells and at least `width` cells after them. A blank in a value column stays a blank value. Tokens keep
 * their own ranges; rows not changed are the same objects; returns `lts` itself when nothing changed.
 *
 * `headerKeys`: label keys of the column headers (自然人, 申请人情况, …) whose place in a header row tells where the
 * value columns start; `width`: the template's number of value columns.
 */
export function mergeLabelCells(lts: LineTokens[], headerKeys: ReadonlySet<string>, width: number): LineTokens[] {
  let out: LineTokens[] | null = null;
  const set = (i: number, tokens: Token[]) => {
    out ??= lts.slice();
    let values = 0;
    for (const t of tokens) if (t.kind !== 'text') values++;
    out[i] = { ...lts[i], tokens, values };
  };
  // Repeated label text: one cell.
  for (let i = 0; i < lts.length; i++) {
    const lt = lts[i];
    if (!lt.pipeRow) continue;
    const toks = lt.tokens;
    const label: Token[] = [];
    let k = 0;
    for (; k < toks.length; k++) {
      const t = toks[k];
      if (t.kind !== 'text' || headerKeys.has(t.key)) break;
      if (label.length && t.key !== '' && label[label.length - 1].key === t.key) continue;
      label.push(t);
    }
    if (label.length < k) set(i, [...label, ...toks.slice(k)]);
  }
  const rows = out ?? lts;
  // Label columns: the cells before the first header cell that names a column, on the header rows (before the first
  // row with a number).
  let labelCols = 0;
  for (const lt of rows) {
    if (lt.values > 0 && lt.tokens.some((t) => t.kind === 'value')) break;
    if (!lt.pipeRow) continue;
    const at = lt.tokens.findIndex((t) => t.kind === 'text' && headerKeys.has(t.key));
    if (at < 0) continue;
    // Only empty cells (merged with the corner) or the corner note before it.
    if (lt.tokens.slice(0, at).some((t, k) => k > 0 && t.kind !== 'blank')) continue;
    labelCols = at;
    break;
  }
  if (labelCols < 2) return rows;
  for (let i = 0; i < rows.length; i++) {
    const lt = rows[i];
    if (!lt.pipeRow || lt.tokens.length < labelCols + width) continue;
    const head = lt.tokens.slice(0, labelCols);
    if (!head.some((t) => t.kind === 'blank') || head.some((t) => t.kind === 'value')) continue;
    set(i, [...head.filter((t) => t.kind !== 'blank'), ...lt.tokens.slice(labelCols)]);
  }
  return out ?? lts;
}

/** Opening minus closing brackets in a label key (keys write brackets as `(` `)`). */
function openBrackets(key: string): number {
  let n = 0;
  for (const ch of key) if (ch === '(') n++; else if (ch === ')') n--;
  return n;
}

/**
 * Row labels wrapped into a row of their own (a narrow label column in Word, pasted row by row): a pipe row whose
 * first cell is text and every other cell empty, right below a row whose label cell is followed by numbers, where
 * the two texts together are a row label of `rowKeys` (the first alone is not) or the second closes a bracket the
 * first left open (`| （二）部分公开（区分处理的，只计这一情形， | 5 | … |`, `| 不计其他情形） |  | … |`).
 *
 * Returns `lts` with the first row's label token holding the whole label (`raw`, `key`; its range stays the first
 * part's, and `continuation` is the second row's line) and the second row emptied of tokens, so the label is read
 * once, as in a table whose cell wraps within its row. Rows not changed are the same objects; returns `lts` itself
 * when nothing changed. `lines`: the text's lines, for the continuation line's range.
 */
export function joinContinuationRows(lts: LineTokens[], rowKeys: ReadonlySet<string>, lines: LineIndex): LineTokens[] {
  let out: LineTokens[] | null = null;
  for (let i = 1; i < lts.length; i++) {
    const lt = lts[i], prev = (out ?? lts)[i - 1];
    if (!lt.pipeRow || !prev.pipeRow || prev.line !== lt.line - 1 || lt.tokens.length < 2) continue;
    const cont = lt.tokens[0];
    if (cont.kind !== 'text' || lt.tokens.some((t, k) => k > 0 && t.kind !== 'blank')) continue;
    const firstValue = prev.tokens.findIndex((t) => t.kind === 'value');
    if (firstValue < 1 || prev.tokens[firstValue - 1].kind !== 'text') continue;
    const label = prev.tokens[firstValue - 1];
    const key = labelKey(label.raw + cont.raw);
    const wraps = (rowKeys.has(key) && !rowKeys.has(label.key)) || (openBrackets(label.key) > 0 && openBrackets(label.key) + openBrackets(cont.key) === 0);
    if (!wraps) continue;
    out ??= lts.slice();
    const line = lines.line(lt.line);
    const joined: Token = {
      ...label, raw: label.raw + cont.raw, key,
      continuation: { start: { line: lt.line, character: 0 }, end: { line: lt.line, character: line.length } },
    };
    out[i - 1] = { ...prev, tokens: prev.tokens.map((t) => (t === label ? joined : t)) };
    out[i] = { ...lt, tokens: [], pipeRow: false, values: 0 };
  }
  return out ?? lts;
}
