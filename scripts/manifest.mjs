#!/usr/bin/env node
// Generates the extension manifest parts that derive from the rule registry: package.json `contributes` and
// `activationEvents`, and the localized strings in package.nls.json (English) and package.nls.zh-cn.json.
// The per-rule settings (`nianbao.rules.<id>`: severity enum with the rule's description) come from RULES in
// the built core (dist/core.js), so run `npm run build` first.
//   node scripts/manifest.mjs          write package.json and the nls files
//   node scripts/manifest.mjs --check  exit 1 (and say what differs) when they are not up to date
// test/lsp/manifest.test.mjs runs the check, so a new rule without regenerated settings fails the tests.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);

const LEVELS = ['default', 'off', 'error', 'warning', 'info', 'hint'];

/** Hand-written strings: [key, English, Chinese]. */
const STRINGS = [
  ['displayName', 'Nianbao: government information disclosure annual reports', '政府信息公开年报检查'],
  ['description', 'Checks drafts of 政府信息公开工作年度报告 against the official templates: outline, live diagnostics, quick fixes, table formatting.', '按国办统一格式检查政府信息公开工作年度报告草稿：大纲、实时诊断、快速修复、表格对齐。'],
  ['language.name', 'Government information disclosure annual report', '政府信息公开年报'],
  ['category', 'Nianbao', '年报'],
  ['command.newReport', 'New report from template', '从模板新建年报'],
  ['command.showEngineView', 'Show what the engine read', '显示引擎读取结果'],
  ['command.checkWorkspace', 'Check all reports in the workspace', '检查工作区中的全部年报'],
  ['command.overrideFormat', 'Set the format and year of this report', '指定本报告的格式和年度'],
  ['command.restartServer', 'Restart the language server', '重启语言服务器'],
  ['config.title', 'Nianbao (annual reports)', '政府信息公开年报'],
  ['config.rules.title', 'Nianbao: rules', '政府信息公开年报：规则'],
  ['config.autoDetect', 'Also check Markdown and plain-text files that look like an annual report (a title such as 2024年政府信息公开工作年度报告, a 统计期限 sentence, or the template\'s sections). Files named `*.nianbao.md` / `*.nianbao.txt` are always checked; other Markdown files are left alone.', '同时检查看起来是年报的 Markdown 和纯文本文件（标题如“2024年政府信息公开工作年度报告”、统计期限或格式规定的部分）。`*.nianbao.md` / `*.nianbao.txt` 总是检查；其他 Markdown 文件不受影响。'],
  ['config.workspace.check', 'Check every report in the workspace folders in the background, so that the Problems view lists the findings of reports that are not open.', '在后台检查工作区文件夹中的全部年报，问题面板会列出未打开的年报中的问题。'],
  ['config.workspace.maxFiles', 'At most this many Markdown/text files are read when the workspace is checked.', '检查工作区时最多读取的 Markdown/文本文件数。'],
  ['config.crossYear', 'Look for last year\'s report of the same agency for the cross-year rules (上年结转 = last year\'s 结转下年度): beside the report on disk (same folder, then last year\'s folder of a folder-per-year layout such as `…/2023/` for `…/2024/`, as `nianbao check` does), then among the reports of the workspace.', '查找同一机关上一年度的年报，用于跨年度规则（本年“上年结转”应等于上年“结转下年度”）：先在年报所在的文件夹中查找，再在按年度分文件夹时上一年度的文件夹（如 `…/2024/` 对应的 `…/2023/`）中查找（与 `nianbao check` 相同），最后在工作区的年报中查找。'],
  ['config.maxDiagnostics', 'At most this many findings of one report are shown in the editor: the most severe first. A note at the top of the report says how many more there are (`nianbao check` lists them all).', '每份年报在编辑器中最多显示的问题数，先显示最严重的。超出时，年报顶部的提示说明还有多少个（`nianbao check` 会全部列出）。'],
  ['config.locale', 'Language of the messages, hovers, code actions and status bar. `auto` follows VS Code\'s display language (Chinese when it is Chinese, else English), and a plain VS Code or code-server is in English: for Chinese messages set `zh` here, or install the Chinese (Simplified) Language Pack (`MS-CEINTL.vscode-language-pack-zh-hans`) and pick 中文(简体) with **Configure Display Language** (that also puts the command titles and these settings in Chinese).', '诊断信息、悬停提示、代码操作和状态栏的语言。`auto` 跟随 VS Code 的显示语言（中文时为中文，其他语言时为英文）；未安装中文语言包的 VS Code 或 code-server 显示语言是英文，信息也就是英文。要中文信息，请在此选 `zh`，或安装中文（简体）语言包（`MS-CEINTL.vscode-language-pack-zh-hans`）并用 **Configure Display Language** 选择中文(简体)（命令名称和这些设置也随之变为中文）。'],
  ['config.locale.auto', 'Follow VS Code\'s display language: Chinese when it is Chinese, else English (as in a VS Code without the Chinese language pack)', '跟随 VS Code 的显示语言：中文时为中文，其他语言时为英文（未安装中文语言包时即为英文）'],
  ['config.locale.zh', 'Chinese', '中文'],
  ['config.locale.en', 'English', '英文'],
  ['config.trace', 'Traces the communication between VS Code and the language server (Output → Nianbao).', '记录 VS Code 与语言服务器之间的通信（输出 → Nianbao）。'],
  ['config.level.default', 'The rule\'s default severity', '使用规则的默认级别'],
  ['config.level.off', 'Do not run the rule', '不检查'],
  ['config.level.error', 'Error', '错误'],
  ['config.level.warning', 'Warning', '警告'],
  ['config.level.info', 'Information', '提示信息'],
  ['config.level.hint', 'Hint (shown faintly, not in the Problems view)', '暗示（淡色显示，不进入问题面板）'],
];

const SEVERITY_NAME = {
  en: { error: 'error', warning: 'warning', info: 'information', hint: 'hint' },
  zh: { error: '错误', warning: '警告', info: '提示', hint: '暗示' },
};

/** The rules from the built core, in registry order. */
export function loadRules() {
  const core = require(path.join(root, 'dist/core.js'));
  if (!Array.isArray(core.RULES)) throw new Error('dist/core.js has no RULES: run `npm run build` first');
  return { rules: core.RULES.map((r) => r.meta), docsUrl: core.docsUrl, unused: core.UNUSED_DESCRIPTION };
}

/** The setting of the finding on a suppression comment that suppressed nothing (no rule of the registry: core/suppress.ts). */
export const UNUSED_DISABLE = 'unused-disable-directive';

/** package.json `contributes` and `activationEvents` for the given rule metadata. */
export function buildManifest(rules) {
  const ruleProps = {};
  rules.forEach((m, i) => {
    ruleProps[`nianbao.rules.${m.id}`] = {
      type: 'string',
      enum: LEVELS,
      enumDescriptions: LEVELS.map((l) => `%config.level.${l}%`),
      default: 'default',
      markdownDescription: `%config.rules.${m.id}%`,
      scope: 'resource',
      order: i,
    };
  });
  // Set as a rule is (off unless set: `nianbao check --report-unused-disable` turns it on in the CLI).
  ruleProps[`nianbao.rules.${UNUSED_DISABLE}`] = {
    type: 'string',
    enum: LEVELS,
    enumDescriptions: LEVELS.map((l) => `%config.level.${l}%`),
    default: 'default',
    markdownDescription: `%config.rules.${UNUSED_DISABLE}%`,
    scope: 'resource',
    order: rules.length,
  };
  const commands = ['newReport', 'showEngineView', 'checkWorkspace', 'overrideFormat', 'restartServer'].map((c) => ({
    command: `nianbao.${c}`, title: `%command.${c}%`, category: '%category%',
  }));
  return {
    activationEvents: ['onLanguage:nianbao', 'onLanguage:markdown', 'onLanguage:plaintext', 'workspaceContains:**/*.nianbao.md', 'workspaceContains:**/*.nianbao.txt'],
    contributes: {
      languages: [{
        id: 'nianbao',
        aliases: ['政府信息公开年报', 'Nianbao', 'nianbao'],
        extensions: ['.nianbao.md', '.nianbao.txt'],
      }],
      grammars: [{ language: 'nianbao', scopeName: 'text.nianbao', path: './syntaxes/nianbao.tmLanguage.json' }],
      commands,
      menus: {
        commandPalette: [
          { command: 'nianbao.showEngineView', when: 'editorLangId == nianbao || editorLangId == markdown || editorLangId == plaintext' },
          { command: 'nianbao.overrideFormat', when: 'editorLangId == nianbao || editorLangId == markdown || editorLangId == plaintext' },
        ],
      },
      configuration: [
        {
          id: 'nianbao',
          title: '%config.title%',
          order: 1,
          properties: {
            'nianbao.autoDetect': { type: 'boolean', default: true, markdownDescription: '%config.autoDetect%', scope: 'resource', order: 0 },
            'nianbao.workspace.check': { type: 'boolean', default: true, markdownDescription: '%config.workspace.check%', scope: 'window', order: 1 },
            'nianbao.workspace.maxFiles': { type: 'integer', default: 2000, minimum: 1, markdownDescription: '%config.workspace.maxFiles%', scope: 'window', order: 2 },
            'nianbao.crossYear': { type: 'boolean', default: true, markdownDescription: '%config.crossYear%', scope: 'resource', order: 3 },
            'nianbao.locale': { type: 'string', enum: ['auto', 'zh', 'en'], enumDescriptions: ['%config.locale.auto%', '%config.locale.zh%', '%config.locale.en%'], default: 'auto', markdownDescription: '%config.locale%', scope: 'window', order: 4 },
            'nianbao.maxDiagnostics': { type: 'integer', default: 1000, minimum: 1, markdownDescription: '%config.maxDiagnostics%', scope: 'window', order: 5 },
            'nianbao.trace.server': { type: 'string', enum: ['off', 'messages', 'verbose'], default: 'off', markdownDescription: '%config.trace%', scope: 'window', order: 6 },
          },
        },
        { id: 'nianbao.rules', title: '%config.rules.title%', order: 2, properties: ruleProps },
      ],
      // In report files: no boxes around the full-width punctuation every report is written with (（，〔 are
      // "ambiguous" to VS Code under an English UI), and a GB18030/GBK file opened in its encoding, not as garbled
      // UTF-8 (both settings are language-overridable; the user's own settings win).
      configurationDefaults: {
        '[nianbao]': { 'editor.unicodeHighlight.ambiguousCharacters': false, 'files.autoGuessEncoding': true },
      },
      // Completion and errors in .nianbao.jsonc (the schema is generated from the zod schema in core/config.ts).
      jsonValidation: [{ fileMatch: '.nianbao.jsonc', url: './schemas/nianbao.schema.json' }],
    },
  };
}

/** The nls files: English (package.nls.json) and Chinese (package.nls.zh-cn.json). */
export function buildNls(rules, docsUrl, unused) {
  const en = {}, zh = {};
  for (const [k, e, z] of STRINGS) { en[k] = e; zh[k] = z; }
  const unusedLink = docsUrl ? docsUrl(UNUSED_DISABLE) : null;
  en[`config.rules.${UNUSED_DISABLE}`] = `**${UNUSED_DISABLE}** — ${unused.en}.${unusedLink ? ` [Docs](${unusedLink})` : ''}`;
  zh[`config.rules.${UNUSED_DISABLE}`] = `**${UNUSED_DISABLE}** — ${unused.zh}。${unusedLink ? `[文档](${unusedLink})` : ''}`;
  for (const m of rules) {
    const link = docsUrl ? docsUrl(m.id) : null;
    en[`config.rules.${m.id}`] = `**${m.id}** — ${m.description.en}. Default: ${SEVERITY_NAME.en[m.defaultSeverity]}${m.fixable === 'some' ? '; some findings have a quick fix' : m.fixable ? '; has a quick fix' : ''}.${link ? ` [Docs](${link})` : ''}`;
    zh[`config.rules.${m.id}`] = `**${m.id}** — ${m.description.zh}。默认级别：${SEVERITY_NAME.zh[m.defaultSeverity]}${m.fixable === 'some' ? '；部分问题可快速修复' : m.fixable ? '；可快速修复' : ''}。${link ? `[说明](${link})` : ''}`;
  }
  return { en, zh };
}

const json = (v) => JSON.stringify(v, null, 2) + '\n';

/** What the three files should contain, given the current package.json. */
export function expectedFiles() {
  const { rules, docsUrl, unused } = loadRules();
  const pkgPath = path.join(root, 'package.json');
  const pkg = JSON.parse(fs.readFileSync(pkgPath, 'utf8'));
  const m = buildManifest(rules);
  pkg.activationEvents = m.activationEvents;
  pkg.contributes = m.contributes;
  const nls = buildNls(rules, docsUrl, unused);
  return {
    [pkgPath]: json(pkg),
    [path.join(root, 'package.nls.json')]: json(nls.en),
    [path.join(root, 'package.nls.zh-cn.json')]: json(nls.zh),
  };
}

/** Files whose content differs from what the registry gives (the drift a test reports). */
export function drift() {
  const out = [];
  for (const [file, want] of Object.entries(expectedFiles())) {
    const have = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : null;
    if (file.endsWith('package.json')) {
      // Only the generated parts of package.json count; other fields belong to other tooling.
      const a = have ? JSON.parse(have) : {};
      const b = JSON.parse(want);
      if (JSON.stringify(a.contributes) !== JSON.stringify(b.contributes) || JSON.stringify(a.activationEvents) !== JSON.stringify(b.activationEvents)) out.push(path.relative(root, file));
    } else if (have !== want) out.push(path.relative(root, file));
  }
  return out;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  if (process.argv.includes('--check')) {
    const d = drift();
    if (d.length) {
      console.error(`manifest out of date: ${d.join(', ')} (run: npm run build && node scripts/manifest.mjs)`);
      process.exit(1);
    }
    console.log('manifest up to date');
  } else {
    for (const [file, text] of Object.entries(expectedFiles())) {
      if (file.endsWith('package.json')) {
        // Re-read right before writing: other tooling may have changed package.json meanwhile; keep its fields.
        const cur = JSON.parse(fs.readFileSync(file, 'utf8'));
        const gen = JSON.parse(text);
        cur.activationEvents = gen.activationEvents;
        cur.contributes = gen.contributes;
        fs.writeFileSync(file, json(cur));
      } else fs.writeFileSync(file, text);
      console.log(`wrote ${path.relative(root, file)}`);
    }
  }
}
