import type { LineTokens, Token } from '../parse/tokens.js';

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
