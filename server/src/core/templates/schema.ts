// zod/mini: the same validation as zod's classic API in a small fraction of the bundle and start-up time.
import * as z from 'zod/mini';

/**
 * The zod schema of a template data file (`data/*.json`): one file per official format. A new format year is a
 * new data file that passes this schema, not new code. Labels are given in their canonical printed form
 * (full-width punctuation), exactly as templates.md §3–§4 give them.
 */
const label = z.string().check(z.minLength(1));

export const SectionSchema = z.object({
  id: z.string(),
  /** Canonical heading with its ordinal, e.g. `三、收到和处理政府信息公开申请情况`. */
  title: label,
  /** Regex alternatives (one string, `|`-separated) that identify the section's topic in a heading title. */
  keywords: z.array(z.string()).check(z.minLength(1)),
  /** Known variant titles (with ordinal): reported by `section-title` at info. */
  variants: z.array(label),
  required: z.boolean(),
  /**
   * The template's own fill-in note under the heading, where the official template has one (2021 六:
   * `（文字描述，收取信息处理费情况在此处报告。）`, templates.md §6.1 [TEMPLATE G1]); `nianbao new` writes it there
   * instead of its generic placeholder.
   */
  note: z.optional(z.string()),
});

export const ColumnSchema = z.object({
  id: z.string(),
  label,
  /** count: non-negative integer (件); signed: integer that may be negative (本年增/减); amount: money, decimals allowed. */
  kind: z.enum(['count', 'signed', 'amount']),
  unit: z.optional(z.string()),
});

export const Table2Schema = z.object({
  name: z.string(),
  section: z.string(),
  firstHeader: label,
  blocks: z.array(z.object({
    id: z.string(),
    heading: label,
    columns: z.array(ColumnSchema).check(z.minLength(1)),
    rows: z.array(z.object({ id: z.string(), label })).check(z.minLength(1)),
  })).check(z.minLength(1)),
  stockFlow: z.optional(z.object({ rows: z.array(z.string()), issued: z.string(), repealed: z.string(), inForce: z.string() })),
  /**
   * The 2019 format's items counted as a stock (第二十条第（五）（六）（八）项, templates.md §3.2): per block, the column of
   * 上一年项目数量 (the number at the end of last year) and of 本年增/减 (this year's signed change), so that next year's
   * 上一年项目数量 = this year's 上一年项目数量 + 本年增/减 (stock-flow).
   */
  itemStock: z.optional(z.array(z.object({ block: z.string(), before: z.string(), change: z.string() }))),
});

export const Table3Schema = z.object({
  name: z.string(),
  section: z.string(),
  corner: label,
  headerGroups: z.array(label),
  columns: z.array(ColumnSchema).check(z.length(7)),
  rows: z.array(z.object({
    id: z.string(),
    /** 0 = `一、` level row, 1 = `（一）` level, 2 = numbered sub-row. */
    level: z.int().check(z.gte(0), z.lte(2)),
    label,
    /** Whether the row carries numbers (group labels such as `（三）不予公开` do not). */
    data: z.boolean(),
    variants: z.optional(z.array(label)),
  })).check(z.minLength(1)),
});

export const Table4Schema = z.object({
  name: z.string(),
  section: z.string(),
  groups: z.array(z.object({ id: z.string(), label, parent: z.nullable(z.string()) })).check(z.length(3)),
  leaves: z.array(label).check(z.length(5)),
});

/** An arithmetic identity (勾稽关系, templates.md §5) that a `sum-*` rule checks. */
export const IdentitySchema = z.union([
  z.object({ id: z.string(), rule: z.string(), table: z.literal('t3'), per: z.literal('column'), left: z.array(z.string()), right: z.array(z.string()), text: z.string() }),
  z.strictObject({ id: z.string(), rule: z.string(), table: z.literal('t3'), per: z.literal('column'), total: z.string(), terms: z.array(z.string()) }),
  z.object({ id: z.string(), rule: z.string(), table: z.literal('t3'), per: z.literal('row'), total: z.string(), terms: z.array(z.string()) }),
  z.object({ id: z.string(), rule: z.string(), table: z.literal('t4'), per: z.literal('group'), total: z.int(), terms: z.array(z.int()) }),
]);

export const TemplateSchema = z.object({
  id: z.enum(['pre2019', '2019', '2021']),
  name: z.string(),
  nameEn: z.string(),
  /** The document that introduced the format (文号). */
  document: z.string(),
  /** First and last report year the format applies to (null: still current). */
  firstYear: z.int(),
  lastYear: z.nullable(z.int()),
  /**
   * First report year the format is required for, when later than `firstYear`: until then it was only encouraged
   * and a report may still follow the format it replaced (60号 on 2019 reports: "鼓励按照统一格式发布，确实存在现实困难的，
   * 可参照统一格式发布", templates.md §1, §6.3). Absent: required from `firstYear`.
   */
  requiredFrom: z.optional(z.int()),
  /** Date the format was published (ISO); reports of earlier years cannot use it. */
  published: z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/)),
  sections: z.array(SectionSchema).check(z.minLength(1)),
  /** Whether the section numbering and order are fixed (2019/2021) or conventional (pre-2019). */
  sectionOrderStrict: z.boolean(),
  tables: z.object({ t2: z.optional(Table2Schema), t3: z.optional(Table3Schema), t4: z.optional(Table4Schema) }),
  identities: z.array(IdentitySchema),
  /** Label text found only in this format: evidence for format detection and `format-mixed`. */
  signatures: z.array(z.string()),
});

export type Template = z.infer<typeof TemplateSchema>;
export type TemplateSection = z.infer<typeof SectionSchema>;
export type TemplateColumn = z.infer<typeof ColumnSchema>;
export type Table2Template = z.infer<typeof Table2Schema>;
export type Table3Template = z.infer<typeof Table3Schema>;
export type Table4Template = z.infer<typeof Table4Schema>;
export type Identity = z.infer<typeof IdentitySchema>;
