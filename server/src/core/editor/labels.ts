/**
 * Template labels offered by completion: the row labels of 表二/表三/表四 and the canonical section titles of a
 * format, in template order. Pure (reads the template data).
 */
import type { TableId } from '../types.js';
import type { Template } from '../templates/index.js';

export interface TemplateLabel {
  /** Template id of the row / section (`R3.3.1`, `S3`, `B5`). */
  id: string;
  label: string;
  /** What kind of label: a data row, a group label without numbers, a 表二 block heading, a column. */
  kind: 'row' | 'group' | 'block' | 'column' | 'section';
  /** Nesting depth for display (表三: 0 for `一、`, 1 for `（一）`, 2 for `1.`). */
  level: number;
  /**
   * Where the label stands, as a reader names it (for completion's detail, instead of the internal `id`): the 表三
   * row or 表四 group it is under, the 表二 block (`第二十条第（五）项`) of a row or column; absent at the top.
   */
  under?: string;
}

/** Row labels (and 表二 block headings, 表四 group labels) of a table, in template order. */
export function tableLabels(tpl: Template, table: TableId): TemplateLabel[] {
  if (table === 't3') {
    const t3 = tpl.tables.t3;
    if (!t3) return [];
    // (The row a row is under: the nearest one above it of a lower level.)
    const parents: string[] = [];
    return [
      ...t3.rows.map((r): TemplateLabel => {
        parents.length = r.level;
        const under = parents[r.level - 1];
        parents[r.level] = r.label;
        return { id: r.id, label: r.label, kind: r.data ? 'row' : 'group', level: r.level, ...(under ? { under } : {}) };
      }),
      ...t3.columns.map((c): TemplateLabel => ({ id: c.id, label: c.label, kind: 'column', level: 0 })),
    ];
  }
  if (table === 't2') {
    const t2 = tpl.tables.t2;
    if (!t2) return [];
    return t2.blocks.flatMap((b): TemplateLabel[] => [
      { id: b.id, label: b.heading, kind: 'block', level: 0 },
      ...b.rows.map((r): TemplateLabel => ({ id: r.id, label: r.label, kind: 'row', level: 1, under: b.heading })),
      ...b.columns.map((c): TemplateLabel => ({ id: c.id, label: c.label, kind: 'column', level: 1, under: b.heading })),
    ]);
  }
  const t4 = tpl.tables.t4;
  if (!t4) return [];
  return [
    ...t4.groups.map((g): TemplateLabel => ({ id: g.id, label: g.label, kind: 'group', level: g.parent ? 1 : 0, ...(g.parent ? { under: g.parent } : {}) })),
    ...[...new Set(t4.groups.map((g) => g.parent).filter((p): p is string => Boolean(p)))].map((p, i): TemplateLabel => ({ id: `P${i + 1}`, label: p, kind: 'group', level: 0 })),
    ...t4.leaves.map((l, i): TemplateLabel => ({ id: `L${i + 1}`, label: l, kind: 'column', level: 2 })),
  ];
}

/** Canonical section titles (with their ordinals) of a format. */
export function sectionLabels(tpl: Template): TemplateLabel[] {
  return tpl.sections.map((s) => ({ id: s.id, label: s.title, kind: 'section', level: 0 }));
}

/**
 * The sub-headings of the section at `canonical` (0-based) that a format names, with their ordinals: for 一、总体情况
 * of the 2019 and 2021 formats, the topics 国办公开办函〔2021〕30号 一（一） says it covers (主动公开、依申请公开、政府信息
 * 管理、政府信息公开平台建设、监督保障; templates.md §3.1 and §6.1), which reports of both formats write as
 * `（一）主动公开` … `（五）监督保障`. None for the other sections and for the pre-2019 convention.
 */
export function subsectionLabels(tpl: Template, canonical: number): TemplateLabel[] {
  if (tpl.id === 'pre2019' || canonical !== 0) return [];
  return OVERVIEW_TOPICS.map((label, i) => ({ id: `${tpl.sections[0]?.id ?? 'S1'}.${i + 1}`, label, kind: 'section', level: 1 }));
}

const OVERVIEW_TOPICS = ['（一）主动公开', '（二）依申请公开', '（三）政府信息管理', '（四）政府信息公开平台建设', '（五）监督保障'];
