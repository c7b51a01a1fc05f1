/**
 * Shared types of the core: positions, the report model and findings.
 *
 * Units everywhere in the core:
 * - `Position.line` is 0-based; `Position.character` is a 0-based UTF-16 code-unit offset in that line
 *   (LSP's convention). Adapters convert to 1-based line/column for people.
 * - Counts are in 件 (applications, cases, documents) unless a column says otherwise (万元, 元).
 */

/** A 0-based line and UTF-16 character offset (LSP `Position`). */
export interface Position {
  line: number;
  character: number;
}

/** A half-open range `[start, end)` in the document (LSP `Range`). */
export interface Range {
  start: Position;
  end: Position;
}

/** A replacement of the text in `range` by `newText` (LSP `TextEdit`). */
export interface TextEdit {
  range: Range;
  newText: string;
}

/** The template formats: pre-2019 convention, 国办公开办函〔2019〕60号, 国办公开办函〔2021〕30号. */
export type FormatId = 'pre2019' | '2019' | '2021';
export type DetectedFormat = FormatId | 'unknown';

export type Severity = 'error' | 'warning' | 'info' | 'hint';
/** What a user may set a rule to in settings or `.nianbao.jsonc`. */
export type RuleSetting = Severity | 'off';

/** Message locale. Chinese is the default; English when the editor or config asks for it. */
export type Locale = 'zh' | 'en';

/** A message in both languages; the runner picks one by locale. */
export interface Bilingual {
  zh: string;
  en: string;
}

/** A value cell of a template table as read from the text. */
export interface Cell {
  /** The cell's text exactly as in the source (`range` slices back to it). Empty for a blank cell. */
  raw: string;
  /** The number read from `raw`, or `null` when the cell is blank or not a number. Blank is never 0. */
  value: number | null;
  /** Where `raw` is. For a blank cell, an empty range at the cell's position. */
  range: Range;
  /** A unit typed inside the cell (`元`, `万元`, `件`), if any. */
  unit?: string;
  /** Why `value` is null although `raw` is not blank (a word, `-`, a decimal in a count column, `约1520`, `long`: more than 15 digits, `struck`: struck through), or why a value read is not counted (`零`, a unit, `struck-beside`: `~~3~~ 2`). */
  invalid?: string;
  /**
   * A number read beyond doubt but written in an unusual form: `plus` (`+21` where no sign belongs), `leading-zero`
   * (`021`), `invisible` (a zero-width space or joiner inside it), `footnote` (a marker after it: `21①`, `21¹`),
   * `worded-sign` (2019 本年增/减 written `减3`, `增加5`: -3, 5), `spaced-sign` (a space between the sign and the
   * digits: `- 1`, `－ 1`: -1), `wide-sign` (the full-width minus or plus of the full-width input mode before ASCII
   * digits where a sign belongs: `－3`: -3, `＋3`: 3; Word's en dash and the minus sign U+2212 are minus signs as
   * written), `wide-comma` (a full-width comma between ASCII digits, `1，520`: read as 1520, though it may be two
   * numbers run together; no fix).
   * `value` is the number as read (21).
   */
  form?: 'plus' | 'leading-zero' | 'invisible' | 'footnote' | 'worded-sign' | 'spaced-sign' | 'wide-sign' | 'wide-comma';
}

/**
 * How a template label (row, column, section) was found in the text: exactly; as a known variant; as a
 * misspelling (within a few edits); only by its position (the layout scattered or wrapped the label beyond
 * comparison); or not at all.
 */
export type MatchKind = 'exact' | 'variant' | 'misspelled' | 'positional' | 'absent';

/** A label of the text mapped to a template label. */
export interface LabelMatch {
  kind: MatchKind;
  /** The label as it stands in the source (possibly spread over several lines: then the first part). */
  raw: string;
  range: Range | null;
  /** Edit distance between the normalised source label and the normalised template label. */
  distance: number;
  /**
   * A label wrapped into a row of its own below `range` (a pipe row holding only the label's rest): that row's
   * line. A fix that writes the whole label at `range` deletes it.
   */
  continuation?: Range;
  /**
   * A header label a narrow column wrapped over lines (`pdftotext -layout`: `结果` over `维待`): its parts, top to
   * bottom, each as written and where (on one line). `raw` is then the parts joined, `range` the first part's.
   */
  parts?: { raw: string; range: Range }[];
  /**
   * Set on a `positional` match whose label is a clean cell of its own (a pipe cell) that is neither the row's label
   * nor a misspelling of it (`4.其他` for `4.保护第三方合法权益`): the row was taken by its place in the table. On a
   * `misspelled` match of a 表四 leaf column: the header is a word of its own (`XX`), neither the leaf nor a misspelling
   * of it nor the leaf in other words, taken as the leaf at its place under its group.
   */
  unlike?: boolean;
  /**
   * Set on an `exact` match of a 表三 row whose cell has more than a misspelling's worth of text glued right after the
   * template's label, without a bracket or punctuation between (`8.属于行政查询事项和查询`, `2.重复申请xy`): that text
   * and the rest of the cell after it (`和查询`). `raw` and `range` are then the whole cell's. A bracketed note or a
   * remark after a comma is not this (a tolerated decoration, templates.md §0.3).
   */
  appended?: string;
  /**
   * Set on a `positional` match of a pipe row whose label cell holds the head of the template row's label alone: its
   * ordinal and first words, the rest left out (`（六）其他` for `（六）其他处理`), and on a `misspelled` match of a 表三
   * group label written so (2021's `（六）其他` over its three rows). The row is read by its place (the ordinal is its
   * own); row-label says so and writes the template's label there.
   */
  shortened?: boolean;
  /**
   * Set on a `positional` match of a pipe row whose label cell holds no words of a label: `cell`, the cell is empty
   * (`|   | 3 | 0 | … | 3 |` in 表三, `|          | 86 |` in 表二; `range` is its inside, between its pipes); in 表三
   * also `ordinal`, it holds the template row's ordinal alone (`| （二） | 5 | … |`; `range` is the ordinal). The row is
   * read by its place; row-label says so and writes the template's label there. `none`: the row has no label cell at
   * all, its first cell is its first number (`| 40 | 3 | … | 46 |` under an 8-cell header, `40⇥3⇥…`; `range` is that
   * number): read by its place too; row-label says so and, where the row's place and numbers leave no doubt, inserts
   * the label cell before it.
   */
  missing?: 'cell' | 'ordinal' | 'none';
  /**
   * Set on a `misspelled` match that misspells a known variant of the template label rather than the label itself
   * (`（二）不分公开`, `（二）部份公开`: the variant `（二）部分公开`, the template's label without its note): that variant,
   * as the template data write it; `distance` is then the distance from it.
   */
  variant?: string;
  /**
   * Set on a `misspelled` match of a 表二 row whose label misspells the other format's name of the row (`观范性文件`,
   * 2019's `规范性文件` misspelled, in a 2021 report): that name, by its label key; `distance` is then the distance
   * from it.
   */
  renamed?: string;
}

/** One template row of a table with the cells read for it. */
export interface RowModel {
  /** Template row id (`R1`, `R3.3.2`, `T2.1.2`, …). */
  id: string;
  /** Canonical label, character by character as the template prints it. */
  label: string;
  match: LabelMatch;
  /** One entry per template value column; `null` when the text had no cell there at all. */
  cells: (Cell | null)[];
  /** How many value cells the text gave for this row (to report `cell-count`). */
  cellCount: number;
  /**
   * The cells past the template's columns when the row has more than the template (counted in `cellCount`), as read
   * (`| 行政许可 | 1520 | 备注`: the cell `备注`, no number), so that `cell-count` can say a remark from a number.
   * Unset when the row has no more cells than the template, and in a row read by its header's column names.
   */
  extraCells?: Cell[];
  /**
   * A 表三 group label row (（三）不予公开 … （六）其他处理, `cells` empty) that carries numbers, as a subtotal of its
   * rows (tables made in Excel often do): one entry per template value column, as `cells`. Unset when the group's
   * row has no number. The template gives these rows no numbers; `sum-subtotal` checks them against their rows.
   */
  subtotals?: (Cell | null)[];
  /**
   * The row's first value as written in its label cell, glued to the label or a space after it
   * (`（一）予以公开8⇥1⇥…`, `| 2.重复申请 1 | 0 |…`): read as the row's first value (`cells[0]`, whose range is the
   * number's). `gap`: the white space between the label and the number (empty when glued); `into`: the empty cell
   * right after the label cell that the number belongs in, when the row has one (a pipe row one cell wider).
   * `rest`: the row's next values when the label cell holds several numbers (`| （一）予以公开130 3 | 1 | …`), in
   * order, each with the white space before it as its `gap` (and its own empty cell as `into`, if any).
   * `emptied`: a pipe row's last cells that its numbers' move left empty (`| （一）予以公开 21 | 2 | … | 24 | |`), from the
   * pipe before them to their end; the fix that gives the numbers their cells takes them out.
   */
  valueInLabel?: { raw: string; range: Range; gap: Range; into?: Range; rest?: { raw: string; range: Range; gap: Range; into?: Range }[]; emptied?: Range };
  /**
   * In a pipe table (or an HTML table, read in its grid) with several label columns (Word's merged label cells pasted as empty cells, templates.md §3.3):
   * the row's numbers start `cells` cells left of the first value column, in a label column (a cell lost before
   * them, `| 三、… | （一）予以公开 | 1288 | … | 1362 |  |`), read in their columns all the same. `first`: the first
   * number's range; `emptied`: the empty last cells the move left, from the pipe before them up to the closing pipe.
   */
  shiftedLeft?: { cells: number; first: Range; emptied?: Range };
  /**
   * A pipe cell of the row that held `count` numbers spaces apart, the rest of the row moved left and its last cells
   * left empty (`| （一）予以公开 | 1288 21 | 0 | … | 1362 |  |`) or the row short of them: read as the row's values in
   * their columns. `range`: the cell's text; `emptied`: the empty last cells, from the pipe before them up to the
   * closing pipe (none in a short row).
   */
  joinedCell?: { range: Range; count: number; emptied?: Range };
  /**
   * Empty label cells beyond the table's label columns, which move the row's numbers right (`|  | （一）予以公开 | 21 |
   * … |` under a header with one label column): read in their columns all the same. `cells`: how many; `ranges`: each
   * from the pipe before it up to the next pipe (deleting them takes the cells out); `first`: the first number's range.
   * `cutTotal`: the row was cut to the header's width and lost its last cell, 表三's 总计: the sum of its six numbers
   * (in 件) and the place after its closing pipe where the cell goes back.
   */
  strayCells?: { cells: number; ranges: Range[]; first: Range; cutTotal?: { value: number; at: Position } };
}

/** One template column header mapped to the text. */
export interface ColumnModel {
  id: string;
  label: string;
  match: LabelMatch;
}

export type TableId = 't2' | 't3' | 't4';

/** A template table (表二, 表三, 表四) as read from the text. */
export interface TableModel {
  id: TableId;
  /** 表二 / 表三 / 表四 */
  name: string;
  /** The text span the table occupies (from its first label to its last cell). */
  range: Range;
  /**
   * The layout recogniser that read it (`pipe`, `cell-per-line`, `tab-separated`: a Word or Excel paste,
   * `space-aligned`: `pdftotext -layout`, `mixed`, `html`: `<tr><td>` rows; `none` for a paste of one cell a line
   * without pipes).
   */
  layout: string;
  rows: RowModel[];
  columns: ColumnModel[];
  /**
   * Set when the input is too broken to judge (collapsed columns, cut off): rules say so once at info. One sentence
   * without its full stop, the English one starting with a capital (table-unreadable and the summary show it).
   */
  broken?: Bilingual;
  /**
   * For 表三 printed as two tables one under the other (the page too narrow for its columns): the second table's
   * span (its header to its last row). Each row's `cells` are the first table's followed by the second's, each cell's
   * range in the table that holds it; a row cannot be inserted into both at once.
   */
  split?: { second: Range };
  /** For 表三: whether `（六）其他处理` was found as one data row (2019) or three sub-rows (2021). */
  otherHandlingLayout?: 'single' | 'split' | 'unknown';
  /**
   * For 表三 whose rows stand in an order of their own (`（四）无法提供` and its rows before `（三）不予公开`) and were
   * read in it, each numbered row under its own group: the template row ids (`R3.4.1`) in the table's order. Unset
   * when they stand in the template's order.
   */
  rowOrder?: string[];
  /**
   * For 表三 and 表四 whose header puts the columns in an order of its own (表三: or adds a column the template lacks): the
   * header's value columns, by which every row was read (its `cells` stay in template order, each the cell of
   * its own column). Absent when the values were read by position (the template's order, or no readable header).
   */
  header?: HeaderColumns;
  /**
   * For 表三: header cells that do not name their own column (a label twice, an empty cell, `合计` for 总计) in a
   * header of exactly the template's value columns; the values were read by position. `label`: the template's label
   * at that position; `fix`: whether that label is certain (it appears nowhere else in the header). For 表二: a
   * block's header cells that name another block's column (`another`: `本年处理决定数量` over 第二十条第（八）项's
   * 行政事业性收费, whose column is `本年收费金额（单位：万元）`), in a header of as many value cells as the block has columns.
   */
  headerLabels?: HeaderLabelIssue[];
  /**
   * For 表三: a header whose order of its own (`labels`, its names left to right) the rows contradict (they add up
   * across in the template's order, not in the header's): the values were read in the template's order.
   */
  headerContradicted?: { range: Range; labels: string[] };
  /**
   * For 表二: the blocks (by template block id, `B1`) whose header puts their columns in an order of their own, or
   * leaves a column out (`HeaderColumns.missing`), each with the header's columns by which its rows were read (their
   * `cells` stay in template order).
   */
  blockHeaders?: Record<string, HeaderColumns>;
  /**
   * For 表二: item headings (`第二十条第（六）项`) that do not say the item of the rows under them (`wrong`: another
   * item's or none of the format's, `第二十条第（七）项` over 行政处罚 and 行政强制), or that are not there at all
   * (`missing`: an item's rows in a table of their own, its header right after the rows of the item before, while
   * other items have their headings). See `ItemHeadingIssue`.
   */
  itemHeadings?: ItemHeadingIssue[];
  /**
   * For 表三: rows among the table's rows whose label is no row of any format (`6.其他不予处理情形`, a local addition)
   * and that carry numbers: not read into any row, so their numbers take part in no sum. `label` as written, `range`
   * its cell (0-based UTF-16), `after` the template label of the row read last above it (null above every row).
   */
  extraRows?: { label: string; range: Range; after: string | null; total?: boolean }[];
  /**
   * For 表三: rows labelled `小计` (`合计`, `共计`) right under the last row of a group （三）…（六） whose own row carries
   * no numbers: the group's subtotal written as a row of its own, as tables made in Excel have (checked by
   * sum-subtotal). `group` the group row's id, `label` as written, `range` the label's (0-based UTF-16), `cells` by
   * column. Such a row anywhere else is an `extraRows` entry with `total`.
   */
  subtotalRows?: { group: string; label: string; range: Range; cells: (Cell | null)[] }[];
  /**
   * For 表四: numbers after its one value row, before the next words or heading (a second row of 15 pasted under the
   * first, another year's row): not read, so in no sum. `range` from the first number to the last (0-based UTF-16),
   * `values` as read (null: not a number).
   */
  extraValueRows?: { range: Range; values: (number | null)[] }[];
  /**
   * 表四 only: its header's leaf line has two groups' ten leaves and the value row ten numbers, but the header names
   * fewer than two of the three groups (`行政复议 | 行政诉讼` only), so which group is missing cannot be told
   * (brk130 #8). `range`: the leaf line; `named`: the group labels the header does name (行政诉讼 among them).
   */
  groupUnnamed?: { range: Range; named: string[] };
}

/** A 表二 item heading that is wrong or missing (see `TableModel.itemHeadings`). */
export interface ItemHeadingIssue {
  kind: 'wrong' | 'missing';
  /** The template's heading of the item whose rows these are (`第二十条第（六）项`). */
  block: string;
  /** The labels of the item's rows read under it (template labels, in the template's order). */
  rows: string[];
  /** `wrong`: the heading's line; `missing`: the first line of the item's table (its header), where the heading goes above. */
  line: number;
  /** `wrong`: the heading as written (the line's text, trimmed). */
  raw?: string;
  /** `wrong`: the range of the heading's numeral (`七` of `第二十条第（七）项`), which the fix rewrites; absent when not found as written. */
  numeral?: Range;
  /** A line of the table that holds another item's heading alone, right as the format has it (a model for the one to insert). */
  sibling?: number;
  /** `missing`: no other item's rows stand above the item's table (it opens 表二, right under the section's heading or text). */
  first?: boolean;
}

/** A header cell that does not name the template column at its position (see `TableModel.headerLabels`). */
export interface HeaderLabelIssue {
  /**
   * `duplicate`: names a column another cell names too; `blank`: empty; `number`: a number where the label goes
   * (a header row written over with numbers); `other`: names no template column;
   * `another` (表二): names a column of another block (item) of the format, not one of its own block's;
   * `misspelled` (表二): misspells one of its own block's columns (`上一年项木数量`), `column`/`label` the one it misspells.
   */
  kind: 'duplicate' | 'blank' | 'number' | 'other' | 'another' | 'misspelled';
  /** For `another`: the heading of the block whose header the cell is in, and those of the blocks whose column it names. */
  block?: { heading: string; of: string[] };
  /** The cell's text as written (empty for a blank cell). */
  raw: string;
  /** The cell's range (empty at the cell's place for a blank cell). */
  range: Range;
  /** The template column at the cell's position: its id and label. */
  column: string;
  label: string;
  /** Whether the template's label can be written in (it is missing from the header). */
  fix: boolean;
}

/**
 * A table's value columns as its header names them, left to right (表三 `| 总计 | 自然人 | … |`, or a
 * `法人或其他组织小计` column before `总计`; 表四's leaves in another order; a 表二 block's columns).
 */
export interface HeaderColumns {
  /** Per value cell of a row, left to right: the index of the template column it holds, or -1 for a column the template does not have. */
  order: number[];
  /** The header's columns that the template does not have: their text as written (empty for an untitled cell) and range. */
  extra: { label: string; range: Range }[];
  /** The header line that names the value columns (of a header over two lines, the one naming 自然人 and 总计). */
  range: Range;
  /**
   * For 表四: the template columns (index into its 15) that the header lacks and the values lack too (a column
   * deleted whole): their cells are null, the row's `cellCount` counts the others, and the other columns were read
   * by their names (cell-count names the missing one; sum-review checks the groups that have all five).
   * For a 表二 block: the template columns (indexes) its header does not name, the others named in the template's
   * order and every row of the block one value short for each (a column left out of the table, header and rows
   * alike): the rows were read by the header, those columns' cells left blank (`cell-count` says so once).
   */
  missing?: number[];
}

/** A heading with its ordinal, e.g. `三、收到和处理…` (level 1), `（二）…` (2), `1.` (3), or `#` headings. */
export interface Heading {
  level: number;
  /** `一、`, `（二）`, `3.`, `##` … as in the source. */
  ordinal: string;
  /** Numeric value of the ordinal (一 → 1), or 0 for `#` headings without one. */
  ordinalValue: number;
  ordinalStyle: 'cn' | 'paren' | 'arabic' | 'hash' | 'capital';
  /** The title after the ordinal, without Markdown `#` marks (of a wrapped heading: both lines' parts joined). */
  title: string;
  line: number;
  /**
   * The whole heading line's content range (without the line ending). Of a section heading that a PDF's text
   * wrapped onto the next line (`四、政府信息公开行政复议、行政诉` / `讼情况`), it and `titleRange` end at the end of
   * that line's text.
   */
  range: Range;
  /** The title's range (over two lines for a wrapped heading, see `range`). */
  titleRange: Range;
  /** The ordinal's range (`三、`, `（二）`), empty for `#` headings without one. */
  ordinalRange: Range;
  /** Index of the canonical section it names (0 = 一、总体情况 …), or -1. */
  canonical: number;
  /**
   * Of a heading read as a template section although its ordinal is of another style (`（一）总体情况`, `1、总体情况`,
   * `### 1. 总体情况`, `## 一 总体情况`): that style (`spaced`: a level-1 numeral without `、`). Such a heading is a
   * level-1 `cn` heading of the model (`ordinal` and `ordinalRange` as written); section-order says the style.
   */
  writtenStyle?: 'paren' | 'arabic' | 'spaced' | 'capital';
  /**
   * Of such a heading under a report title numbered `一、` (a 汇编's `## 一、某某局2024年…年度报告`), where the sections'
   * right ordinal is `（一）`, one level below the title's (`readNumberedTitles`): `paren`. Absent: `一、`.
   */
  expectedStyle?: 'paren';
  /**
   * What stands before the ordinal and is no part of the heading: invisible characters (`\u200b五、…`, `## \u200b一、…`)
   * or a decoration symbol after `#` marks (`## 😀六、…`, `## ★六、…`), with the white space after them. Absent when
   * there is none.
   */
  stray?: Range;
}

/** A top-level section of the report: a level-1 heading and the lines up to the next one. */
export interface Section {
  heading: Heading;
  /** Lines `[startLine, endLine)` covered (the heading line included). */
  startLine: number;
  endLine: number;
  children: Heading[];
  tables: TableId[];
}

/**
 * Where the report year was read from. `cover`: a compiled 汇编's cover title above the report's own
 * (`柳营市2024年政府信息公开工作年度报告汇编`): the compilation's year, not the report's introduction.
 */
export interface YearEvidence {
  source: 'title' | 'period' | 'self-reference' | 'signature' | 'override' | 'cover';
  year: number;
  range: Range;
}

/** The typed model of one report draft. Built once per text; every feature reads it. */
export interface ReportModel {
  text: string;
  lines: import('./text/lines.js').LineIndex;
  format: DetectedFormat;
  /** Why that format (signatures found), for `nianbao inspect` and hover. */
  formatEvidence: string[];
  year: number | null;
  yearEvidence: YearEvidence[];
  /** The report's title line, if found. */
  title: { text: string; range: Range } | null;
  headings: Heading[];
  sections: Section[];
  tables: Partial<Record<TableId, TableModel>>;
  /** Whether the text looks like a 年报 at all (title, 统计期限 or template sections). */
  isReport: boolean;
}

/** A quick fix of a finding: text edits, applied together. */
export interface Fix {
  title: Bilingual;
  /** The changes, each changing something (an edit whose new text equals the text it replaces is never here). */
  edits: TextEdit[];
  /**
   * Text the fix needs left alone by the other fixes applied with it, without changing it itself (an aligned
   * table's line that a row-adding fix would have rewritten as it is: see fix/align.ts). Only for choosing which
   * fixes share a pass (`TakenEdits.tryAdd`); never written out as an edit.
   */
  holds?: Range[];
}

/** A related location of a finding (the summed cells of an arithmetic finding, the table value of a prose one). */
export interface RelatedLocation {
  range: Range;
  message: string;
  /**
   * The report `range` is in: absent for the report checked; `previous` for last year's report (a cross-year rule's
   * cell there), whose file only the caller knows (the language server gives its URI; the CLI's JSON, whose
   * `related` has no file, leaves such entries out).
   */
  report?: 'previous';
}

/** One problem found by a rule. Adapters translate it (LSP diagnostic, SARIF result, JSON contract). */
export interface Finding {
  ruleId: string;
  severity: Severity;
  message: string;
  range: Range;
  expected?: number;
  actual?: number;
  related?: RelatedLocation[];
  fix?: Fix;
  /** A small payload the code action reads back (validated with zod there). */
  data?: Record<string, unknown>;
  /**
   * The finding is about something absent (a template row, a table, a section): `range` is only where it is shown
   * (the row or heading next to the place, the text its heading would go above), not text at fault, and `data`
   * names what is missing. Review formats key its fingerprint on `data`, not on the text at `range`, so editing
   * that neighbouring line does not make it look new (see `fingerprints`).
   */
  absent?: boolean;
}
