#!/usr/bin/env node
// Generates docs/rules/<id>.md (one page per rule) and docs/rules/README.md (the index) from the rule
// registry's metadata in the built core (dist/core.js; run `npm run build` first), and the rule table of the
// README between `<!-- rules:start -->` and `<!-- rules:end -->`.
//   node scripts/rule-docs.mjs          write the files
//   node scripts/rule-docs.mjs --check  exit 1 and name the files that are not up to date
// test/unit/rule-docs.test.mjs runs the check, so docs cannot drift from the metadata.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

/** A code fence longer than any run of backticks in `text` (CommonMark: a fence closes only on one at least as long). */
function fenceFor(text) {
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((r) => r.length));
  return '`'.repeat(Math.max(3, longest + 1));
}

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const { RULES: REGISTRY, UNUSED_DISABLE_META } = require(path.join(root, 'dist/core.js'));
// `unused-disable-directive` is no rule of the registry (the suppression comments' pass reports it) but is set, linked
// and documented as one: off unless turned on, so its severity reads "off" in the tables.
const RULES = [...REGISTRY, { meta: UNUSED_DISABLE_META, offByDefault: true }];
const severityOf = (r) => (r.offByDefault ? 'off' : r.meta.defaultSeverity);

const SEVERITY_ZH = { error: '错误', warning: '警告', info: '提示', hint: '暗示' };
const CATEGORY = { structure: '结构 Structure', numbers: '数字与勾稽关系 Numbers and arithmetic', prose: '正文与表格 Prose', years: '年度、日期与残留 Years, dates and leftovers', comments: '屏蔽注释 Suppression comments' };

/**
 * Whether a rule's findings carry a fix (`RuleMeta.fixable`), on its page and in the tables: `some` says that only some
 * findings do (the rationale says which), as the JSON's per-finding `fixable` shows.
 */
const FIXABLE_PAGE = { true: '是 yes', some: '部分 some：只有说明中所述的情况提供修复 — only in the cases the rationale names', false: '否 no' };
const FIXABLE_MARK = { true: '✓', some: '部分 some', false: '' };

function page(rule) {
  const m = rule.meta;
  const lines = [
    `# \`${m.id}\``,
    '',
    `${m.description.zh}`,
    '',
    `*${m.description.en}*`,
    '',
    `| | |`,
    `|---|---|`,
    `| 类别 Category | ${CATEGORY[m.category]} |`,
    rule.offByDefault
      ? `| 默认级别 Default severity | 关闭 \`off\`（--report-unused-disable：${SEVERITY_ZH[m.defaultSeverity]} \`${m.defaultSeverity}\`） |`
      : `| 默认级别 Default severity | ${SEVERITY_ZH[m.defaultSeverity]} \`${m.defaultSeverity}\` |`,
    `| 可自动修复 Fixable | ${FIXABLE_PAGE[String(m.fixable)]} |`,
    '',
    '## 说明',
    '',
    m.rationale.zh,
    '',
    '## Rationale',
    '',
    m.rationale.en,
    '',
    '## 示例 Example',
    '',
    `${fenceFor(m.example.bad)}text`,
    m.example.bad,
    fenceFor(m.example.bad),
    '',
    // (A note that reads alike in both languages, `4382 / 5873 = 74.61%`, is written once.)
    m.example.note.zh === m.example.note.en ? m.example.note.zh : `${m.example.note.zh} — ${m.example.note.en}`,
    '',
    '## 配置 Configuration',
    '',
    '```jsonc',
    '// .nianbao.jsonc',
    `{ "rules": { "${m.id}": "${rule.offByDefault ? m.defaultSeverity : 'off'}" } }   // "off" | "info" | "warning" | "error"`,
    '```',
    '',
    // (A comment cannot turn off the finding on a comment.)
    ...(rule.offByDefault ? [] : [`行内关闭 Inline: \`<!-- nianbao-disable-next-line ${m.id} -->\``, '']),
    '*This page is generated from the rule\'s metadata by `node scripts/rule-docs.mjs`; edit the rule module, not this file.*',
    '',
  ];
  return lines.join('\n');
}

function table() {
  const rows = ['| 规则 Rule | 级别 Severity | 修复 Fix | 检查内容 What it catches |', '|---|---|---|---|'];
  for (const r of RULES) rows.push(`| [\`${r.meta.id}\`](docs/rules/${r.meta.id}.md) | ${severityOf(r)} | ${FIXABLE_MARK[String(r.meta.fixable)]} | ${r.meta.description.zh} / ${r.meta.description.en} |`);
  return rows.join('\n');
}

/** What 表二/表三/表四 are, for an English reader of the rule index (brk167 #3). */
const TABLES_KEY = '表二、表三、表四是年度报告格式的三张统计表。 The rules name the format\'s tables as reports do: **表二** is Table 2, proactive disclosure (主动公开), under section 二; **表三** is Table 3, applications for disclosure received and handled (收到和处理政府信息公开申请), under section 三; **表四** is Table 4, administrative review and litigation over disclosure (行政复议、行政诉讼), under section 四.';

function index() {
  const out = ['# 规则 Rules', '', 'Generated from the rule registry by `node scripts/rule-docs.mjs`.', '', TABLES_KEY, ''];
  for (const [cat, title] of Object.entries(CATEGORY)) {
    const rs = RULES.filter((r) => r.meta.category === cat);
    if (!rs.length) continue;
    out.push(`## ${title}`, '', '| 规则 Rule | 级别 Severity | 修复 Fix | 检查内容 What it catches |', '|---|---|---|---|');
    for (const r of rs) out.push(`| [\`${r.meta.id}\`](${r.meta.id}.md) | ${severityOf(r)} | ${FIXABLE_MARK[String(r.meta.fixable)]} | ${r.meta.description.zh} / ${r.meta.description.en} |`);
    out.push('');
  }
  return out.join('\n');
}

const want = new Map();
for (const r of RULES) want.set(path.join(root, 'docs/rules', `${r.meta.id}.md`), page(r));
want.set(path.join(root, 'docs/rules/README.md'), index());
const readmePath = path.join(root, 'README.md');
if (fs.existsSync(readmePath)) {
  const readme = fs.readFileSync(readmePath, 'utf8');
  const next = readme.replace(/<!-- rules:start -->[\s\S]*?<!-- rules:end -->/, `<!-- rules:start -->\n${table()}\n<!-- rules:end -->`);
  want.set(readmePath, next);
}
const check = process.argv.includes('--check');
const stale = [];
for (const [file, text] of want) {
  const have = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : null;
  if (have === text) continue;
  if (check) stale.push(path.relative(root, file));
  else {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, text);
  }
}
const known = new Set([...want.keys()].map((f) => path.basename(f)));
const extra = fs.existsSync(path.join(root, 'docs/rules')) ? fs.readdirSync(path.join(root, 'docs/rules')).filter((f) => !known.has(f)) : [];
if (check) {
  if (stale.length || extra.length) {
    console.error(`rule docs are out of date: ${[...stale, ...extra.map((f) => `docs/rules/${f} (no such rule)`)].join(', ')}; run \`npm run build && node scripts/rule-docs.mjs\``);
    process.exit(1);
  }
  console.log(`rule docs up to date (${RULES.length} rules)`);
} else {
  for (const f of extra) fs.unlinkSync(path.join(root, 'docs/rules', f));
  console.log(`wrote ${want.size} files`);
}
