// The CLI's own words (stderr lines, usage errors, --help), in Chinese and English, all in this one file: the core
// localises its rule messages as `Bilingual` pairs picked by locale (core/rules/rule.ts `pick`); the CLI does the
// same with these. The English wording is what tests, docs and scripts grep for: change it only with them.
// Machine-readable outputs (json, sarif, gitlab, rdjson) keep the English text (`FileResult.error`).
import { FIRST_REPORT_YEAR, LAST_REPORT_YEAR, LAST_YEAR_RULES, lastYearChecks, pick, type Bilingual, type Locale } from '../core/index.js';
import { offsetEn, offsetZh } from '../node/bad-bytes.js';
import type { ConfigEntryProblem } from '../node/config-entry.js';
import { count as countEn, noun as nounEn } from '../core/text/english.js';

/** Where a format or a year given for a file came from: a command-line option, or a key of the file's config. */
type ForcedFrom = { value: string } & ({ option: string; key?: undefined; config?: undefined } | { option?: undefined; key: string; config: string });

const bi = (zh: string, en: string): Bilingual => ({ zh, en });
/**
 * The checks not made without last year's report, from the rules' metadata (`RuleMeta.usesLastYear`): carry-over,
 * stock-flow, content-copied and prose-change's comparisons with last year (brk135 #5).
 */
const LAST_YEAR = lastYearChecks();
/** A list of names as a sentence part: `a、b` in Chinese, `a, b` in English. */
const list = (items: string[], locale: Locale) => items.join(locale === 'en' ? ', ' : '、');

/**
 * One stderr line: `nianbao: message\n` (`nianbao：…` in Chinese). `b` is a message of this catalogue; a plain
 * string is the same in both languages.
 */
export function stderrLine(locale: Locale, b: Bilingual | string): string {
  const text = typeof b === 'string' ? b : pick(b, locale);
  return `${locale === 'en' ? 'nianbao: ' : 'nianbao：'}${text}\n`;
}

/** `path: reason` (`path：reason` in Chinese), for a file's own line. */
export function about(path: string, reason: Bilingual): Bilingual {
  return bi(`${path}：${reason.zh}`, `${path}: ${reason.en}`);
}

/**
 * The locale a `--locale` value or `NIANBAO_LOCALE` names, read as the environment's locale variables are written
 * (`zh`, `en`, `EN`, `en-US`, `en_US.UTF-8`, `zh-CN`, `zh_CN`, any case): English for `en…`, Chinese for `zh…`;
 * undefined for anything else (`fr`, `english`). The option and the variable take the same forms (brk167 #2).
 */
export function parseLocale(value: string): Locale | undefined {
  const m = /^(zh|en)(?:[-_.@]|$)/i.exec(value.trim());
  return m ? (m[1].toLowerCase() as Locale) : undefined;
}

/**
 * The locale of the CLI's messages before a config file is read: `--locale zh|en` anywhere in `argv` (also
 * `--locale=en`, `--locale en-US`), else `NIANBAO_LOCALE` (`en…` is English), else Chinese. A `--locale` value that
 * is neither zh nor en is ignored here (its own usage error is then given in this locale, and in English too when
 * this is Chinese).
 */
export function earlyLocale(argv: string[], env: NodeJS.ProcessEnv): Locale {
  for (let i = argv.length - 1; i >= 0; i--) {
    if (argv[i] === '--') continue;
    const v = argv[i] === '--locale' ? argv[i + 1] : argv[i].startsWith('--locale=') ? argv[i].slice('--locale='.length) : undefined;
    const locale = v === undefined ? undefined : parseLocale(v);
    if (locale) return locale;
  }
  return envLocale(env).locale;
}

/**
 * The locale `NIANBAO_LOCALE` asks for (`parseLocale`); Chinese when unset. `unknown`: a value set that is neither
 * (`fr`, `english`), which the run says on stderr (`USAGE.envLocaleUnknown`) rather than silently giving Chinese.
 */
export function envLocale(env: NodeJS.ProcessEnv): { locale: Locale; unknown?: string } {
  const v = (env.NIANBAO_LOCALE ?? '').trim();
  if (!v) return { locale: 'zh' };
  const locale = parseLocale(v);
  return locale ? { locale } : { locale: 'zh', unknown: v };
}

/**
 * What a Word or PDF file is, and how to turn it into the text the checker reads (README: pandoc's Markdown of a
 * Word report, `pdftotext -layout` output): a report is usually published as one of these (brk123 #5).
 */
const CONVERT = {
  docx: bi('pandoc -t gfm 报告.docx -o 报告.md（或在 Word 中另存为纯文本 .txt，编码选 UTF-8）', 'pandoc -t gfm report.docx -o report.md (or save it from Word as plain text, .txt, in UTF-8)'),
  pdf: bi('pdftotext -layout 报告.pdf 报告.txt（扫描件须先做文字识别）', 'pdftotext -layout report.pdf report.txt (a scanned one needs OCR first)'),
};
const DOCUMENT = {
  DOCX: bi(`Word 文档（.docx），不是文本报告；请先转成 Markdown 再检查：${CONVERT.docx.zh}`, `a Word document (.docx), not a text report; convert it to Markdown and check that: ${CONVERT.docx.en}`),
  DOC: bi(
    'Word 97–2003 文档（.doc），不是文本报告；请在 Word 或 WPS 中另存为纯文本 .txt（编码选 UTF-8），或另存为 .docx 后用 pandoc -t gfm 报告.docx -o 报告.md 转成 Markdown，再检查',
    'a Word 97–2003 document (.doc), not a text report; save it from Word or WPS as plain text (.txt, in UTF-8), or as .docx and convert that with pandoc -t gfm report.docx -o report.md, and check that'),
  PDF: bi(`PDF 文件，不是文本报告；请先转成文本再检查：${CONVERT.pdf.zh}`, `a PDF file, not a text report; convert it to text and check that: ${CONVERT.pdf.en}`),
  XLS: bi(
    'Excel 97–2003 工作簿（.xls），不是文本报告；检查的是报告全文：请检查报告本身（Word 文档先另存为纯文本 .txt 或转成 Markdown），表格数字可复制到报告的表格中',
    'an Excel 97–2003 workbook (.xls), not a text report; the checker reads the whole report: check the report itself (a Word document saved as plain text, .txt, or converted to Markdown), with the numbers copied into its tables'),
  PPT: bi(
    'PowerPoint 97–2003 演示文稿（.ppt），不是文本报告；请检查报告本身（Word 文档先另存为纯文本 .txt 或转成 Markdown）',
    'a PowerPoint 97–2003 presentation (.ppt), not a text report; check the report itself (a Word document saved as plain text, .txt, or converted to Markdown)'),
};

/**
 * What an office or layout file is by its extension, and how to get the text the checker reads from it, said the same
 * way for a file named alone and for one found in a folder (brk130 #9): `what` names the format (WPS 文字's `.wps` is
 * its own format, not Word's), `how` says what to do. Undefined for any other extension.
 */
export function documentByName(ext: string): { what: Bilingual; how: Bilingual } | undefined {
  const saveAs = (app: string, appEn: string) => bi(
    `请在${app}中另存为纯文本 .txt（编码选 UTF-8），或另存为 .docx 后用 pandoc -t gfm 报告.docx -o 报告.md 转成 Markdown，再检查`,
    `save it from ${appEn} as plain text (.txt, in UTF-8), or as .docx and convert that with pandoc -t gfm report.docx -o report.md, and check that`);
  const report = bi('检查的是报告全文：请检查报告本身（Word 文档先另存为纯文本 .txt 或转成 Markdown）', 'the checker reads the whole report: check the report itself (a Word document saved as plain text, .txt, or converted to Markdown)');
  const sheet = bi(`${report.zh}，表格数字可复制到报告的表格中`, `${report.en}, with the numbers copied into its tables`);
  switch (ext.toLowerCase()) {
    case 'docx': case 'docm': case 'dotx':
      return { what: bi(`Word 文档（.${ext}）`, `a Word document (.${ext})`), how: bi(`请先转成 Markdown 再检查：${CONVERT.docx.zh}`, `convert it to Markdown and check that: ${CONVERT.docx.en}`) };
    case 'doc': case 'dot':
      return { what: bi(`Word 97–2003 文档（.${ext}）`, `a Word 97–2003 document (.${ext})`), how: saveAs(' Word 或 WPS ', 'Word or WPS') };
    case 'wps': case 'wpt':
      return { what: bi(`WPS 文字文档（.${ext}）`, `a WPS Writer (WPS 文字) document (.${ext})`), how: saveAs(' WPS 文字（或 Word）', 'WPS Writer (or Word)') };
    case 'xls': case 'xlt':
      return { what: bi(`Excel 97–2003 工作簿（.${ext}）`, `an Excel 97–2003 workbook (.${ext})`), how: sheet };
    case 'xlsx': case 'xlsm':
      return { what: bi(`Excel 工作簿（.${ext}）`, `an Excel workbook (.${ext})`), how: sheet };
    case 'et': case 'ett':
      return { what: bi(`WPS 表格工作簿（.${ext}）`, `a WPS Spreadsheets (WPS 表格) workbook (.${ext})`), how: sheet };
    case 'ppt': case 'pps': case 'pot':
      return { what: bi(`PowerPoint 97–2003 演示文稿（.${ext}）`, `a PowerPoint 97–2003 presentation (.${ext})`), how: report };
    case 'pptx':
      return { what: bi(`PowerPoint 演示文稿（.${ext}）`, `a PowerPoint presentation (.${ext})`), how: report };
    case 'dps':
      return { what: bi(`WPS 演示文稿（.${ext}）`, `a WPS Presentation (WPS 演示) file (.${ext})`), how: report };
    case 'pdf':
      return { what: bi(`PDF 文件（.${ext}）`, `a PDF file (.${ext})`), how: bi(`请先转成文本再检查：${CONVERT.pdf.zh}`, `convert it to text and check that: ${CONVERT.pdf.en}`) };
    case 'ofd':
      return {
        what: bi(`OFD 版式文档（.${ext}）`, `an OFD layout document (.${ext})`),
        how: bi('请在 OFD 阅读器（如数科、福昕 OFD 阅读器）中导出或复制出文字另存为纯文本 .txt（编码选 UTF-8），或改用报告的 Word 原件（另存为 .txt 或转成 Markdown），再检查', 'export or copy its text from an OFD reader into a plain-text file (.txt, in UTF-8), or use the report\'s original Word document (saved as .txt or converted to Markdown), and check that'),
      };
    default:
      return undefined;
  }
}

/** `documentByName` as one message: `…，不是文本报告；how`. */
function notTextReport(doc: { what: Bilingual; how: Bilingual }): Bilingual {
  return bi(`${doc.what.zh}，不是文本报告；${doc.how.zh}`, `${doc.what.en}, not a text report; ${doc.how.en}`);
}

/**
 * A file whose contents say it is `signature` (DOCX, DOC, XLS, PPT, PDF) named with extension `ext`: the name's format
 * when it is one of the same kind written under its own name (a WPS 文字 `.wps` holds a Word stream, an `.et` an
 * Excel one; brk130 #9), else the contents' format.
 */
function documentBySignature(signature: keyof typeof DOCUMENT, ext: string): Bilingual {
  const kinds: Record<string, RegExp> = { DOC: /^(?:wps|wpt|dot)$/, XLS: /^(?:et|ett|xlt)$/, PPT: /^(?:dps|pps|pot)$/, DOCX: /^(?:docm|dotx)$/ };
  const byName = kinds[signature]?.test(ext) ? documentByName(ext) : undefined;
  return byName ? notTextReport(byName) : DOCUMENT[signature];
}

/**
 * An OLE file (the container of Office 97–2003 files) in which no Word, Excel or PowerPoint stream was found (damaged,
 * cut short, or written by another program): what its name says it is, and how to convert it. By extension: `.doc`,
 * `.dot`, `.wps` a Word (or WPS) document, `.xls`/`.et` a workbook, `.ppt`/`.dps` a presentation; any other name an
 * Office 97–2003 file of some kind.
 */
function oleByName(ext: string): Bilingual {
  const damaged = bi('，但其中没有找到应有的内容（文件可能已损坏或不完整）', ', but its document stream was not found in it (the file may be damaged or incomplete)');
  const doc = /^(?:doc|dot|wps|wpt|xls|xlt|et|ett|ppt|pps|pot|dps)$/.test(ext) ? documentByName(ext) : undefined;
  if (doc) {
    const repair = /^(?:doc|dot|wps|wpt)$/.test(ext) ? bi('它不是文本报告：请在 Word 或 WPS 中打开（损坏的可用“打开并修复”），', 'it is not a text report: open it in Word or WPS (Open and Repair, if damaged), ') : null;
    return repair
      ? bi(`按文件名是 ${doc.what.zh}${damaged.zh}；${repair.zh}${doc.how.zh.replace(/^请在[^中]*中/, '')}`, `${doc.what.en} by its name${damaged.en}; ${repair.en}${doc.how.en.replace(/^save it from [^.]*? as/, 'save it as')}`)
      : bi(`按文件名是 ${doc.what.zh}${damaged.zh}；${doc.how.zh}`, `${doc.what.en} by its name${damaged.en}; ${doc.how.en}`);
  }
  return bi(
    'Office 97–2003 文件（OLE 复合文档，如 .doc、.xls、.ppt），不是文本报告；报告是 Word 文档的，请在 Word 或 WPS 中另存为纯文本 .txt（编码选 UTF-8），或另存为 .docx 后用 pandoc -t gfm 报告.docx -o 报告.md 转成 Markdown，再检查',
    'an Office 97–2003 file (an OLE compound file such as .doc, .xls or .ppt), not a text report; if the report is a Word document, save it from Word or WPS as plain text (.txt, in UTF-8), or as .docx and convert that with pandoc -t gfm report.docx -o report.md, and check that');
}

/**
 * A file-system error in words (`no such file`, `permission denied`, …), without the errno prefix and path, in both
 * languages (an error without a known code: its own message in both).
 */
export function fsError(e: unknown): Bilingual {
  switch ((e as NodeJS.ErrnoException).code) {
    case 'ENOENT': return REASON.noSuchFile;
    case 'EACCES': case 'EPERM': return REASON.permissionDenied;
    case 'EISDIR': return REASON.isFolder;
    case 'ELOOP': return REASON.linkLoop;
    case 'EROFS': return REASON.readOnlyFs;
    default: return { zh: (e as Error).message, en: (e as Error).message };
  }
}

/** Why a file or folder cannot be read (file-system and decoding problems). */
export const REASON = {
  noSuchFile: bi('没有这个文件', 'no such file'),
  permissionDenied: bi('没有权限', 'permission denied'),
  isFolder: bi('是文件夹，不是文件', 'a folder, not a file'),
  linkLoop: bi('符号链接层数过多', 'too many levels of symbolic links'),
  linkTargetMissing: bi('符号链接指向的文件不存在', 'a symbolic link to a file that does not exist'),
  readOnlyFs: bi('只读文件系统', 'read-only file system'),
  notRegularFile: bi('不是普通文件', 'not a regular file'),
  overBytes: (bytes: number) => bi(`文件超过 ${bytes} 字节`, `file is over ${bytes} bytes`),
  cannotReadFolder: (reason: Bilingual) => bi(`无法读取此文件夹（${reason.zh}）`, `cannot read this folder (${reason.en})`),
  tooLarge: (mb: string, limitMb: number) => bi(`文件大小为 ${mb} MB，超过 ${limitMb} MB 的上限`, `file is ${mb} MB, over the ${limitMb} MB limit`),
  utf16NoBom: bi(
    '看起来是没有字节顺序标记（BOM）的 UTF-16 文本：请另存为 UTF-8（或带 BOM 的 UTF-16）后再检查',
    'looks like UTF-16 text without a byte-order mark: save it as UTF-8 (or UTF-16 with BOM) and check again',
  ),
  /**
   * A binary file, and why it is taken as one: `byteOffset` of its first NUL when it has many, `signature` the format
   * its first bytes say (PNG, PDF…), else many control characters (see node/decode.ts). `name`: the file's name,
   * which tells what an OLE file whose streams say nothing is meant to be (`oleByName`).
   */
  binary: (why: { byteOffset?: number; signature?: string }, name?: string) => {
    const ext = /\.([A-Za-z]+)$/.exec(name ?? '')?.[1].toLowerCase() ?? '';
    if (why.signature && why.signature in DOCUMENT) return documentBySignature(why.signature as keyof typeof DOCUMENT, ext);
    if (why.signature === 'OLE') return oleByName(ext);
    // A ZIP that is no Word document: an .xlsx, .pptx or OFD file by its name (brk130 #9: an .ofd got no advice).
    const byName = why.signature === 'ZIP' && /^(?:xlsx|xlsm|pptx|ofd)$/.test(ext) ? documentByName(ext) : undefined;
    if (byName) return notTextReport(byName);
    return why.byteOffset !== undefined
      ? bi(`二进制文件（含 NUL 字节，第一个在字节偏移 ${why.byteOffset} 处），不是文本报告`, `binary file (contains NUL bytes, the first at byte offset ${why.byteOffset}), not a text report`)
    : why.signature
      ? bi(`二进制文件（开头是 ${why.signature} 文件的标记），不是文本报告`, `binary file (it starts as ${/^[AEIOU]/.test(why.signature) ? 'an' : 'a'} ${why.signature} file does), not a text report`)
      : bi('二进制文件（含大量控制字符或无法解码的字符），不是文本报告', 'binary file (many control characters or undecodable characters), not a text report');
  },
  undecodable: bi(
    '无法解码此文件：它既不是 UTF-8、带 BOM 的 UTF-16，也不是 GB18030/GBK 文本',
    'cannot decode the file: it is neither UTF-8, UTF-16 with BOM, nor GB18030/GBK text',
  ),
  internalError: (stack: string) => bi(`内部错误：${stack}`, `internal error: ${stack}`),
};

/** Usage errors: bad arguments and options (exit code 2). */
export const USAGE = {
  /** `command`: the subcommand the option was given to (check, inspect, new), whose `--help` lists its options. */
  /** An option `command` does not take; `near`: the one of its options closest to it (`--fromat` → `--format`), if any. */
  unknownOption: (opt: string, command: string, near?: string) => bi(`未知的选项 ${opt}${near ? `（是不是 ${near}？）` : ''}；nianbao ${command} --help 列出全部选项`, `unknown option ${opt}${near ? ` (did you mean ${near}?)` : ''}; the options are listed by nianbao ${command} --help`),
  optionNeedsValue: (opt: string, command: string) => bi(`选项 ${opt} 需要一个值；nianbao ${command} --help 列出全部选项`, `option ${opt} needs a value; the options are listed by nianbao ${command} --help`),
  optionEmpty: (opt: string, command: string) => bi(`选项 ${opt} 的值是空的（是不是变量没有设置？）；nianbao ${command} --help 列出全部选项`, `option ${opt} is given an empty value (a variable not set?); the options are listed by nianbao ${command} --help`),
  pathEmpty: (command: string) => bi(`文件或文件夹参数是空的（是不是变量没有设置？）；要检查当前文件夹请写“.”；nianbao ${command} --help 列出用法`, `a file or folder argument is empty (a variable not set?); to check the working folder write “.”; usage: nianbao ${command} --help`),
  optionTakesNoValue: (opt: string, nodeMessage: string) => bi(`选项 ${opt} 不接受值`, nodeMessage),
  unexpectedArgument: (arg: string, nodeMessage: string) => bi(`多余的参数 ${JSON.stringify(arg)}：此命令不接受文件等参数`, nodeMessage),
  /** Another error of node's argument parser: its English message, framed in Chinese. */
  badArguments: (nodeMessage: string) => bi(`参数有误：${nodeMessage}`, nodeMessage),
  /**
   * A first argument that is no command: an option (`nianbao --locale en check`: options go after the command), a
   * misspelt command (`near`, from `closestName`), or something else.
   */
  unknownCommand: (cmd: string, near?: string) => cmd.startsWith('-')
    ? bi(`未知的命令 ${JSON.stringify(cmd)}：选项要写在命令之后，如 nianbao check ${cmd} …；请运行 nianbao --help`, `unknown command ${JSON.stringify(cmd)}: options go after the command, as in nianbao check ${cmd} …; try nianbao --help`)
    : near
      ? bi(`未知的命令 ${JSON.stringify(cmd)}；是不是 ${near}？请运行 nianbao --help`, `unknown command ${JSON.stringify(cmd)}; did you mean ${near}? Try nianbao --help`)
      : bi(`未知的命令 ${JSON.stringify(cmd)}；请运行 nianbao --help`, `unknown command ${JSON.stringify(cmd)}; try nianbao --help`),
  // The one who asks for a locale other than zh or en may well not read Chinese: the Chinese text of these two is
  // followed by the English (brk167 #2); in English they are English only.
  locale: (v: string) => {
    const en = `--locale must be zh or en (or a form such as zh-CN or en-US), not ${JSON.stringify(v)}`;
    return bi(`--locale 只能是 zh 或 en（也可写作 zh-CN、en-US 等），不能是 ${JSON.stringify(v)}。${en[0].toUpperCase()}${en.slice(1)}`, en);
  },
  envLocaleUnknown: (v: string) => {
    const en = `the environment variable NIANBAO_LOCALE=${JSON.stringify(v)} is neither zh nor en (nor a form such as zh_CN or en-US) and was ignored (messages are in Chinese unless set otherwise)`;
    return bi(`环境变量 NIANBAO_LOCALE=${JSON.stringify(v)} 不是 zh 或 en（也可写作 zh_CN、en-US 等），已忽略（未另行指定时按中文输出）。${en[0].toUpperCase()}${en.slice(1)}`, en);
  },
  /** `near`: the setting meant when the value after `=` is a misspelt one (`row-label=of` → `row-label=off`). */
  ruleSyntax: (v: string, near?: string) => bi(
    `--rule 的写法是 ID=off|info|warning|error，不是 ${JSON.stringify(v)}${near ? `；是不是 ${near}？` : ''}`,
    `--rule takes ID=off|info|warning|error, not ${JSON.stringify(v)}${near ? `; did you mean ${near}?` : ''}`),
  noRule: (id: string, near: string | undefined, ids: string[]) => bi(
    `--rule：没有规则 ${JSON.stringify(id)}${near ? `；是不是 ${near}？` : ''}（规则 id：${ids.join(', ')}）`,
    `--rule: no rule ${JSON.stringify(id)}${near ? `; did you mean ${near}?` : ''} (rule ids: ${ids.join(', ')})`,
  ),
  fixAndDryRun: bi('--fix 和 --fix-dry-run 不能同时使用：请选择其一', '--fix and --fix-dry-run do not go together: choose one'),
  format: (v: string | undefined, formats: string[]) => bi(
    `未知的 --format ${JSON.stringify(v)}；可选：${formats.join(', ')}`,
    `unknown --format ${JSON.stringify(v)}; one of ${formats.join(', ')}`,
  ),
  reportFormat: (v: string) => bi(`--report-format 只能是 pre2019、2019 或 2021，不能是 ${JSON.stringify(v)}`, `--report-format must be pre2019, 2019 or 2021, not ${JSON.stringify(v)}`),
  /** `--year` that is not a year of an annual report (check, inspect and new alike: the editor's range). */
  year: (v: string) => bi(
    `--year 应为 ${FIRST_REPORT_YEAR}–${LAST_REPORT_YEAR} 之间的年份（年度报告自 ${FIRST_REPORT_YEAR} 年起编制），例如 2024，不能是 ${JSON.stringify(v)}`,
    `--year must be a year from ${FIRST_REPORT_YEAR} to ${LAST_REPORT_YEAR} (annual reports start in ${FIRST_REPORT_YEAR}), such as 2024, not ${JSON.stringify(v)}`),
  maxWarnings: (v: string) => bi(`--max-warnings 应为不小于 0 的整数，不能是 ${JSON.stringify(v)}`, `--max-warnings takes a whole number ≥ 0, not ${JSON.stringify(v)}`),
  jobs: (v: string) => bi(`--jobs 应为不小于 1 的整数，不能是 ${JSON.stringify(v)}`, `--jobs takes a whole number ≥ 1, not ${JSON.stringify(v)}`),
  previous: (name: string, reason: Bilingual) => bi(`--previous ${name}：${reason.zh}`, `--previous ${name}: ${reason.en}`),
  stdinWithPaths: bi(
    '-（从标准输入读取报告）不能与其他文件、文件夹一起使用：标准输入中的报告请单独检查',
    '- (the report on stdin) cannot be combined with other files or folders: check stdin on its own',
  ),
  /** `--stdin-filename` without `-`, in `command` (check or inspect). */
  stdinFilenameWithoutStdin: (command: 'check' | 'inspect') => bi(
    `--stdin-filename 只用于 -（从标准输入读取报告），例如 nianbao ${command} - --stdin-filename 2024.md`,
    `--stdin-filename goes with - (the report on stdin), e.g. nianbao ${command} - --stdin-filename 2024.md`,
  ),
  inspectOneFile: bi('inspect 只接受一个文件：nianbao inspect FILE', 'inspect takes one file: nianbao inspect FILE'),
  /** `nianbao inspect` with no file (brk142 #7: it was told it takes only one). */
  inspectNeedsFile: bi('inspect 需要一个文件：nianbao inspect FILE（标准输入：nianbao inspect -）', 'inspect needs a file: nianbao inspect FILE (stdin: nianbao inspect -)'),
  agencyRequired: bi('需要 --agency（例如 --agency 某某市某某局）', '--agency is required (e.g. --agency 某某市某某局)'),
  /** `--agency 某某局2023年`: the year belongs in --year (`agency`: the name without it; `year`: the year to suggest). */
  agencyWithYear: (found: string, agency: string, year: number) => bi(
    `--agency 只写机关名称，不要带年度（“${found}”）：标题中的年度来自 --year，例如 --agency ${agency} --year ${year}`,
    `--agency takes the agency's name without a year ("${found}"): the title's year comes from --year, e.g. --agency ${agency} --year ${year}`,
  ),
  agencyWithTitle: (agency: string, year: number) => bi(
    `--agency 只写机关名称，不要带“政府信息公开工作年度报告”：标题由 nianbao new 写出，例如 --agency ${agency} --year ${year}`,
    `--agency takes the agency's name without "政府信息公开工作年度报告": nianbao new writes the title, e.g. --agency ${agency} --year ${year}`,
  ),
  outputEmpty: bi('-o（--output）需要一个文件名；写到标准输出请用 -o - 或不写 -o', '-o (--output) needs a file name; for standard output use -o - or leave -o out'),
  agencyTooLong: (length: number, max: number) => bi(`--agency 过长（${length} 个字符），机关名称最多 ${max} 个字符`, `--agency is too long (${length} characters): an agency name has at most ${max}`),
  agencyOneLine: bi('--agency 应为一行文字，不含 |、#、<、> 和控制字符', '--agency must be one line of text without |, #, <, > or control characters'),
  outputExists: (out: string) => bi(`${out} 已存在；不会覆盖它`, `${out} exists; not overwriting it`),
  /** `-o FOLDER`: -o takes the draft's file name (`example`: one in that folder). */
  outputIsFolder: (out: string, example: string) => bi(
    `${out} 是文件夹：-o 要写新文件的文件名，如 -o ${example}`,
    `${out} is a folder: -o takes the name of a new file, such as -o ${example}`),
  outputFolderMissing: (out: string, folder: string) => bi(`${out}：文件夹 ${folder} 不存在`, `${out}: the folder ${folder} does not exist`),
  cannotWrite: (out: string, code: string) => bi(`${out}：无法写入：${code}`, `${out}: cannot write: ${code}`),
};

/** Config files that cannot be used. */
export const CONFIG = {
  cannotRead: (shown: string, reason: Bilingual) => bi(`${shown}：无法读取配置文件（${reason.zh}）`, `${shown}: cannot read the config file (${reason.en})`),
  /** The same without the file's name (the review formats place it at the file). */
  cannotReadFile: (reason: Bilingual) => bi(`无法读取配置文件（${reason.zh}）`, `cannot read the config file (${reason.en})`),
  /** The issues (one `file:line:col: key: problem` line each, from the core, in English) follow on their own lines. */
  invalid: (shown: string, issuesZh: string, issues: string) => bi(`配置文件 ${shown} 有误：\n${issuesZh}`, `invalid config ${shown}:\n${issues}`),
  /**
   * One problem of the config that stopped the run, as the review formats give it at its place in the file (a
   * `github` annotation, a GitLab issue, an rdjson diagnostic, a SARIF notification).
   */
  stopped: (problem: Bilingual) => bi(`配置文件有误，未检查任何报告：${problem.zh}`, `invalid config, no report was checked: ${problem.en}`),
  /**
   * An `ignore` or `overrides[].files` glob (`key`, `glob`) of config `shown` that matched none of the `count` files
   * checked under it (`found`: found, for an `ignore` glob, which is tried on the files it may leave out); `example`:
   * one of them as the glob sees it (relative to the config file's folder).
   */
  globMatchedNone: (shown: string, key: string, glob: string, count: number, example: string, found = false) => bi(
    `配置文件 ${shown} 的 ${key} ${JSON.stringify(glob)} 与本次${found ? '找到' : '检查'}的 ${count} 个文件都不匹配，未起作用（glob 按相对于配置文件所在文件夹的路径匹配，如 ${example}；请核对写法，若要匹配的文件本次未检查则可忽略）`,
    `config ${shown}: ${key} ${JSON.stringify(glob)} ${count === 1 ? `did not match the one file ${found ? 'found' : 'checked'}` : `matched none of the ${count} files ${found ? 'found' : 'checked'}`}, so it did nothing (globs are matched against paths relative to the config file's folder, such as ${example}; check the pattern, or ignore this if the files it is for were not checked this time)`,
  ),
  /** A config with nothing but comments: the defaults apply, and the configs of the folders above do not. */
  empty: (shown: string) => bi(
    `配置文件 ${shown} 是空的（或只有注释）：按默认设置检查，上级文件夹的配置文件不再适用（最近的配置文件生效，不合并）`,
    `config ${shown} is empty (or only comments): the defaults apply, and the config files of the folders above do not (the nearest config wins; configs are not merged)`,
  ),
};

/** Why a file found in a folder is not taken for a report (`RUN.skipped`, `RUN.noReportsInFolder`). */
const NOT_REPORT_WHY = {
  zh: '没有标题、统计期限或模板章节，或是其他信息公开制度的年报，如高等学校的学年报告',
  en: 'no title, 统计期限 or template sections, or another disclosure regime’s report such as a university’s 学年 report',
};

/** What `nianbao check` says on stderr about the files and the run. */
export const RUN = {
  /** `check --previous FILE` with no path to check: the current folder is checked (FILE may have been meant). */
  previousNoPaths: (previous: string) => bi(`--previous 取了 ${previous} 作上年的报告，没有给出要检查的文件，因此检查当前文件夹。若要检查 ${previous}，请写成 --previous 上年报告 ${previous}`, `--previous took ${previous} as last year's report and no file to check was given, so the current folder is checked. To check ${previous}, write --previous LAST-YEAR ${previous}`),
  noSuchFileOrFolder: (arg: string) => bi(`${arg}：没有这个文件或文件夹`, `${arg}: no such file or folder`),
  noFileMatches: (glob: string) => bi(`${glob}：没有匹配的文件`, `${glob}: no file matches`),
  /** A dangling link met while walking a folder: a note, the run goes on (a link named on the command line is an error). */
  brokenLinkSkipped: (shown: string, reason: Bilingual) => bi(`${shown}：${reason.zh}，已跳过`, `${shown}: ${reason.en}; skipped`),
  /**
   * A folder argument that yields no report: it holds no report file (`*.md`, `*.markdown`, `*.txt`, the names
   * `REPORT_FILE` takes), or those it holds (`skipped`, as shown) are not reports, said as `skipped` says them;
   * `documents`: the office, PDF and OFD files it holds instead (`DOCUMENT_FILE`), to be converted: each kind said
   * as `documentByName` says it for a file named alone.
   */
  noReportsInFolder: (arg: string, skipped: string[] = [], documents: string[] = []) => {
    const n = skipped.length;
    const d = documents.length;
    // Word and PDF files (`documents`, as shown): the report as published, not yet converted to text.
    if (!n && d) {
      const docs = (locale: Locale) => `${list(documents.slice(0, 3), locale)}${d > 3 ? (locale === 'en' ? ', …' : '、…') : ''}`;
      // What each kind of file is and what to do with it, as a file named alone is told (brk130 #9), once a kind.
      const kinds = [...new Set(documents.map((x) => /\.([A-Za-z]+)$/.exec(x)?.[1].toLowerCase() ?? ''))].flatMap((ext) => documentByName(ext) ?? []);
      return bi(
        `${arg}：此文件夹中没有报告（*.md、*.markdown、*.txt），只有 ${d} 个 Office、PDF 或 OFD 文件（不是文本报告），已跳过：${docs('zh')}；${kinds.map((k) => `${k.what.zh}，${k.how.zh}`).join('；')}`,
        `${arg}: no reports (*.md, *.markdown, *.txt) in this folder, only ${d === 1 ? '1 office, PDF or OFD file (not a text report), which was' : `${d} office, PDF or OFD files (not text reports), which were`} skipped: ${docs('en')}; ${kinds.map((k) => `${k.what.en}: ${k.how.en}`).join('; ')}`,
      );
    }
    if (!n) return bi(`${arg}：此文件夹中没有报告（*.md、*.markdown、*.txt）`, `${arg}: no reports (*.md, *.markdown, *.txt) in this folder`);
    const names = (locale: Locale) => `${list(skipped.slice(0, 3), locale)}${n > 3 ? (locale === 'en' ? ', …' : '、…') : ''}`;
    return bi(
      `${arg}：此文件夹中没有报告：其中 ${n} 个文件（*.md、*.markdown、*.txt）${n > 1 ? '都' : ''}不是年度报告（${NOT_REPORT_WHY.zh}），已跳过：${names('zh')}`,
      `${arg}: no reports in this folder: ${n === 1 ? 'the 1 file (*.md, *.markdown, *.txt) in it is not an annual report' : `the ${n} files (*.md, *.markdown, *.txt) in it are not annual reports`} (${NOT_REPORT_WHY.en}) and ${n === 1 ? 'was' : 'were'} skipped: ${names('en')}`,
    );
  },
  /**
   * Files named on the command line (or matched by a glob), as shown, none of which is a report, in a run that checked
   * no report: an error as a folder without reports is (brk142 #1).
   */
  noReportNamed: (shown: string[]) => {
    const n = shown.length;
    const names = (locale: Locale) => `${list(shown.slice(0, 3), locale)}${n > 3 ? (locale === 'en' ? ', …' : '、…') : ''}`;
    return bi(
      `没有检查任何报告：指定的 ${n} 个文件${n > 1 ? '都' : ''}不是年度报告（${NOT_REPORT_WHY.zh}）：${names('zh')}`,
      `no report was checked: ${n === 1 ? 'the file named is not an annual report' : `the ${n} files named are not annual reports`} (${NOT_REPORT_WHY.en}): ${names('en')}`,
    );
  },
  ignoredBy: (shown: string, config: string) => bi(`${shown}：已被 ${config} 忽略`, `${shown}: ignored by ${config}`),
  /**
   * A folder argument in which no file was checked because the config's `ignore` globs leave out every report it holds
   * (`n` files, by `configs`, as shown; the rest, if any, are not reports): an error as a folder without reports is.
   */
  allIgnoredInFolder: (arg: string, n: number, configs: string[]) => bi(
    `${arg}：此文件夹中的 ${n} 个报告文件${n > 1 ? '都' : ''}已被 ${list(configs, 'zh')} 的 ignore 忽略，没有检查任何文件`,
    `${arg}: ${n === 1 ? 'the 1 report file in this folder is' : `all ${n} report files in this folder are`} ignored by the ignore globs of ${list(configs, 'en')}; no file was checked`),
  tiedSummary: (tied: number, reports: number) => bi(
    `所检查的 ${reports} 个文件中有 ${tied} 个在同一文件夹（或上一年度的文件夹）中有两个或更多文件都可能是上年度报告，这些报告未做跨年度检查（${LAST_YEAR.zh}）（单独检查其中一个可看到是哪些文件，或用 --previous FILE 指定）`,
    `${tied} of the ${reports} files checked ${tied === 1 ? 'has two or more files beside it' : 'have two or more files beside them'} (or in last year's folder) that could be last year's report; ${LAST_YEAR.en} are not checked for ${tied === 1 ? 'it' : 'them'} (check one alone to see which, or choose with --previous FILE)`,
  ),
  previousSummary: (found: number, reports: number) => bi(
    `所检查的 ${reports} 个文件中有 ${found} 个在同一文件夹（或上一年度的文件夹）中找到了同一机关的上年度报告，已用于跨年度检查（${LAST_YEAR.zh}）（可用 --previous FILE 指定）`,
    `last year's report of the same agency was found beside ${found} of the ${reports} files checked (or in last year's folder) and used for ${LAST_YEAR.en} (--previous FILE to choose one)`,
  ),
  /**
   * Reports (`missing.length` of `reports`, more than `SAY_PREVIOUS_UP_TO`: with fewer, each report's own line says
   * it, `FILE.previousNotFoundIn`) whose last year's folder (`…/2023/` for `…/2024/`) exists but held no report of the
   * same agency of last year, nor did the report's own folder: how many, and the first three reports (`shown`).
   */
  previousNotFoundIn: (missing: { shown: string }[], reports: number) => bi(
    `所检查的 ${reports} 个文件中有 ${missing.length} 个的上一年度的文件夹存在，但其中（以及报告所在文件夹中）没有同一机关的上年度报告，这些报告未做跨年度检查（${LAST_YEAR.zh}）：${list(missing.slice(0, 3).map((m) => m.shown), 'zh')}${missing.length > 3 ? '、…' : ''}（单独检查其中一个可看到是哪个文件夹，或用 --previous FILE 指定）`,
    `${missing.length} of the ${reports} files checked ${missing.length === 1 ? 'has' : 'have'} a last year's folder with no report of the same agency in it (nor beside ${missing.length === 1 ? 'it' : 'them'}); ${LAST_YEAR.en} are not checked for ${missing.length === 1 ? 'it' : 'them'}: ${list(missing.slice(0, 3).map((m) => m.shown), 'en')}${missing.length > 3 ? ', …' : ''} (check one alone to see which folder, or choose with --previous FILE)`,
  ),
  /**
   * Reports (`ruledOut.length` of `reports`, more than `SAY_PREVIOUS_UP_TO`: with fewer, each report's own line says
   * it, `FILE.previousRejected`) whose one candidate for last year's report, of their agency, was ruled out (its own
   * years disagree, or its whole text is of another year): how many, and the first three reports (`shown`).
   */
  previousRejected: (ruledOut: { shown: string }[], reports: number) => bi(
    `所检查的 ${reports} 个文件中有 ${ruledOut.length} 个在同一文件夹（或上一年度的文件夹）中有同一机关的上年度报告，但该报告的年份互相矛盾（或全文识别为其他年度），未用作上年度报告，这些报告未做跨年度检查（${LAST_YEAR.zh}）：${list(ruledOut.slice(0, 3).map((m) => m.shown), 'zh')}${ruledOut.length > 3 ? '、…' : ''}（单独检查其中一个可看到是哪个文件及其年份，或用 --previous FILE 指定）`,
    `${ruledOut.length} of the ${reports} files checked have last year's report of their agency beside them (or in last year's folder), but its own years disagree (or its whole text is of another year), so it was not used; ${LAST_YEAR.en} are not checked for them: ${list(ruledOut.slice(0, 3).map((m) => m.shown), 'en')}${ruledOut.length > 3 ? ', …' : ''} (check one alone to see which file and its years, or choose with --previous FILE)`,
  ),
  /**
   * Reports (`n` of `reports`, more than `SAY_PREVIOUS_UP_TO`: with fewer, each report's own line says it,
   * `FILE.previousOtherAgency`) of another agency than the `--previous` file's: it was not used for them, their own
   * last year's reports were looked for as usual (brk129 #2).
   */
  previousOtherAgencies: (previous: string, n: number, reports: number) => bi(
    `所检查的 ${reports} 个文件中有 ${n} 个不是 --previous ${previous} 所属机关的报告：--previous 不用于这些报告，改为照常查找它们各自的上年度报告`,
    `${n} of the ${reports} files checked ${n === 1 ? 'is' : 'are'} not of the agency of --previous ${previous}: it was not used for ${n === 1 ? 'it' : 'them'}; ${n === 1 ? 'its own last year\'s report was' : 'their own last year\'s reports were'} looked for as usual`,
  ),
  /**
   * Reports (`n` of `reports`, more than `SAY_PREVIOUS_UP_TO`: with fewer, each report's own line says it,
   * `FILE.previousWrongYear`) whose year before is not the `--previous` file's (`year`; null: a year not told;
   * undefined: no report at all): it was not used for them, their own last year's reports were looked for (brk135 #1).
   */
  previousOtherYears: (previous: string, year: number | null | undefined, n: number, reports: number) => bi(
    `所检查的 ${reports} 个文件中有 ${n} 个的上年度报告不是 --previous ${previous}（${year === undefined ? '未识别为年度报告' : year === null ? '年度未知' : `识别为 ${year} 年度`}）：--previous 不用于这些报告，改为照常查找它们各自的上年度报告`,
    `${n} of the ${reports} files checked ${n === 1 ? 'does' : 'do'} not have --previous ${previous} as last year's report (${year === undefined ? 'it is not recognised as an annual report' : year === null ? 'its year is unknown' : `it reads as ${year}`}): it was not used for ${n === 1 ? 'it' : 'them'}; ${n === 1 ? 'its own last year\'s report was' : 'their own last year\'s reports were'} looked for as usual`,
  ),
  skipped: (skipped: string[]) => bi(
    `所检查的文件夹中有 ${skipped.length} 个文件不是年度报告（${NOT_REPORT_WHY.zh}），已跳过：${list(skipped.slice(0, 3), 'zh')}${skipped.length > 3 ? '、…' : ''}`,
    `${skipped.length === 1 ? '1 file in the folders checked is not an annual report' : `${skipped.length} files in the folders checked are not annual reports`} (${NOT_REPORT_WHY.en}) and ${skipped.length === 1 ? 'was' : 'were'} skipped: ${list(skipped.slice(0, 3), 'en')}${skipped.length > 3 ? ', …' : ''}`,
  ),
  /** `quiet`: the warnings were not reported (--quiet), but they count. */
  maxWarnings: (warnings: number, max: number, quiet = false) => bi(
    `${warnings} 个警告${quiet ? '（--quiet 不列出警告，但照样计数）' : ''}，超过 --max-warnings ${max}`,
    `${countEn(warnings, 'warning')}${quiet ? ' (not listed with --quiet, but counted)' : ''}, more than --max-warnings ${max}`,
  ),
  yearInFuture: (year: number, now: number) => bi(
    `注意：--year ${year} 晚于明年（${now + 1} 年）：年度报告在次年年初就上一年度编写；是否输错了年份？`,
    `note: --year ${year} is after next year (${now + 1}): an annual report is written early in the year after the one it reports on; is the year mistyped?`,
  ),
  wrote: (out: string) => bi(`已写入 ${out}`, `wrote ${out}`),
  /** `new --report-format` of another format than the one in force for the year: what a check of the draft reports. */
  newFormatNotOfYear: (year: number, asked: string, due: string, dueDocument: string, rules: string[]) => {
    const zh = (f: string) => (f === 'pre2019' ? ' 2019 年以前的' : ` ${f} 年`);
    const en = (f: string) => (f === 'pre2019' ? 'pre-2019' : f);
    return bi(
      `注意：${year} 年度的报告应使用${zh(due)}格式（${dueDocument}）；已按 --report-format ${asked} 生成，检查时会报告 ${rules.join('、')}。去掉 --report-format 即按年度选用格式`,
      `note: a ${year} report is due in the ${en(due)} format (${dueDocument}); written in the ${en(asked)} format as --report-format asks, which a check reports as ${rules.join(', ')}. Leave out --report-format to use the year's format`,
    );
  },
  /**
   * `new --report-format` of the older format its year may still follow (pre2019 for 2019: 〔2019〕60号 only encouraged
   * the unified format for 2019 reports, templates.md §1): allowed, and what a check of the draft says of it (`rules`,
   * each with its severity), never that the format is due (brk138 #5).
   */
  newFormatTolerated: (year: number, asked: string, due: string, dueDocument: string, rules: { id: string; severity: string }[]) => {
    const zh = (f: string) => (f === 'pre2019' ? ' 2019 年以前的传统' : ` ${f} 年`);
    const en = (f: string) => (f === 'pre2019' ? 'pre-2019' : f);
    const sev = (s: string) => bi(s === 'error' ? '错误' : s === 'warning' ? '警告' : '提示', s);
    return bi(
      `注意：${year} 年度的报告可以按${zh(asked)}格式编制：${dueDocument}对 ${year} 年度的报告“鼓励按照统一格式发布，确实存在现实困难的，可参照统一格式发布”；已按 --report-format ${asked} 生成，检查时会报告 ${rules.map((r) => `${r.id}（${sev(r.severity).zh}）`).join('、')}。去掉 --report-format 即按统一的${zh(due)}格式生成`,
      `note: a ${year} report may be written in the ${en(asked)} format: for ${year} reports ${dueDocument} only encouraged the unified ${en(due)} format (鼓励按照统一格式发布，确实存在现实困难的，可参照统一格式发布); written in the ${en(asked)} format as --report-format asks, which a check reports as ${rules.map((r) => `${r.id} (${sev(r.severity).en})`).join(', ')}. Leave out --report-format to use the unified ${en(due)} format`,
    );
  },
  progress: (n: number, total: number, path: string) => bi(`${n}/${total} ${path}`, `${n}/${total} ${path}`),
};

/** What `nianbao check` says on stderr about one file (each line starts with the file's path). */
export const FILE = {
  /** The format and the year forced for a file from different places (`--year` and a config's format, two overrides) do not go together. */
  /**
   * The format and the year given for a file, each from its own place (`--report-format` / `--year`, or a key of its
   * config: two overrides), do not go together (`why`); each named with where it came from (brk129 #6).
   */
  forcedMismatch: (why: Bilingual, format: ForcedFrom, year: ForcedFrom) => {
    const zh = (f: ForcedFrom) => (f.option ? `${f.option} ${f.value}` : `${f.config} 的 ${f.key}: ${f.value}`);
    const en = (f: ForcedFrom) => (f.option ? `${f.option} ${f.value}` : `${f.key}: ${f.value} in ${f.config}`);
    return bi(
      `指定的格式与年度不相符（${zh(format)}；${zh(year)}），未检查：${why.zh}请改正其中一项。`,
      `the format and the year given for it (${en(format)}; ${en(year)}) do not go together, so it was not checked: ${why.en} Correct one of them.`);
  },
  /** `--previous FILE` that is not read as an annual report at all (no title, 统计期限 or template sections). */
  previousNotReport: (previous: string) => bi(
    `--previous ${previous} 未识别为年度报告（没有标题、统计期限或模板章节）：不用于这份报告，改为照常查找它的上年度报告`,
    `--previous ${previous} is not recognised as an annual report (no title, 统计期限 or template sections): not used for this report, whose own last year's report is looked for as usual`,
  ),
  /**
   * `--previous FILE` of another year than the one before the report's (`expected`): not used for this report, whose
   * own last year's report is looked for instead, as for a `--previous` of another agency (brk135 #1).
   */
  previousWrongYear: (previous: string, year: number | null, expected: number) => bi(
    `--previous ${previous} 识别为${year === null ? '年度未知' : ` ${year} 年度`}，而不是 ${expected} 年度：不用于这份报告，改为照常查找它的上年度报告`,
    `--previous ${previous} reads as ${year ?? 'an unknown year'}, not ${expected}: not used for this report, whose own last year's report is looked for as usual`,
  ),
  /**
   * `--previous FILE` of last year (`expected`) whose own years disagree (`years`: what its title, introduction and
   * statistics period say, `namedYearsText`): used as asked, and said, since the cross-year findings rest on it.
   */
  previousYearsDisagree: (previous: string, years: Bilingual, expected: number) => bi(
    `--previous ${previous} 的年份互相矛盾（${years.zh}）：已按指定用作 ${expected} 年度报告做跨年度检查（${LAST_YEAR.zh}）；请核对该文件的年份：跨年度检查的结果以它为依据`,
    `--previous ${previous} names different years for itself (${years.en}): used as the ${expected} report all the same, as asked, for ${LAST_YEAR.en}; check that file's years, which those findings rest on`,
  ),
  /**
   * `--previous` names a file of several reports (a 汇编) whose report of this agency for the year before is not its
   * first: that one is used, from line `line` (1-based) (brk135 #4).
   */
  previousPart: (previous: string, line: number, title: string | null) => bi(
    `--previous ${previous} 中有多份年度报告：用第 ${line} 行起的${title ? `“${title}”` : '这份报告'}做跨年度检查`,
    `--previous ${previous} holds several annual reports: the one from line ${line}${title ? ` (${title})` : ''} is used for the cross-year checks`,
  ),
  /** `--previous` of another agency: not used for this report, whose own last year's report is looked for instead (brk129 #2). */
  previousOtherAgency: (previous: string, agency: string, expected: string) => bi(
    `--previous ${previous} 是“${agency}”的报告，而不是“${expected}”的：不用于这份报告，改为照常查找它的上年度报告`,
    `--previous ${previous} is the report of ${agency}, not of ${expected}: not used for this report, whose own last year's report is looked for as usual`,
  ),
  /** `inLastYearFolder`: the candidates are in last year's folder of a per-year layout (`…/2023/` for `…/2024/`), not beside it. */
  tied: (tied: string[], inLastYearFolder = false) => bi(
    `${inLastYearFolder ? '上一年度的文件夹' : '同一文件夹'}中有 ${tied.length} 个文件都可能是上年度报告（${list(tied, 'zh')}）：未做跨年度检查（${LAST_YEAR.zh}）；请用 --previous FILE 指定其一`,
    `${tied.length} files ${inLastYearFolder ? 'in last year\'s folder' : 'beside it'} could be last year's report (${list(tied, 'en')}): ${LAST_YEAR.en} are not checked; choose one with --previous FILE`,
  ),
  /**
   * The one file of the same agency that reads as last year's report (of `expected`) was ruled out: its own years
   * disagree (`year` null; `years`: what its title, introduction and statistics period say, `namedYearsText`), or
   * read in full it is of another year (`year`).
   */
  previousRejected: (path: string, year: number | null, expected: number, inLastYearFolder = false, years?: Bilingual, agency?: { theirs: string | null; ours: string }) => agency ? bi(
    `${inLastYearFolder ? '上一年度的文件夹' : '同一文件夹'}中的 ${path} 是 ${expected} 年度的年报，但${agency.theirs === null ? '其标题中读不出机关名称' : `其标题所写的机关“${agency.theirs}”与本报告的“${agency.ours}”不同`}：未用作上年度报告，未做跨年度检查（${LAST_YEAR.zh}）；如果它是本机关的上年度报告，请核对其标题（标题所在行不应有其他文字），或用 --previous FILE 指定`,
    `${path} ${inLastYearFolder ? 'in last year\'s folder' : 'beside it'} is a ${expected} report, but ${agency.theirs === null ? 'its title names no agency' : `its title names another agency ("${agency.theirs}") than this report's ("${agency.ours}")`}: not used as last year's report, ${LAST_YEAR.en} are not checked; if it is this agency's, check its title (nothing else on the title's lines), or choose with --previous FILE`,
  ) : bi(
    `${inLastYearFolder ? '上一年度的文件夹' : '同一文件夹'}中的 ${path} ${year === null ? `是同一机关的 ${expected} 年度报告，但其年份互相矛盾${years ? `（${years.zh}）` : ''}` : `标题和落款像是 ${expected} 年度报告，但全文识别为 ${year} 年度`}：未用作上年度报告，未做跨年度检查（${LAST_YEAR.zh}）；核对该文件的年份，或用 --previous FILE 指定`,
    `${path} ${inLastYearFolder ? 'in last year\'s folder' : 'beside it'} ${year === null ? `is the same agency's ${expected} report, but its own years disagree${years ? ` (${years.en})` : ''}` : `looks like the ${expected} report by its title and signature, but its whole text reads as ${year}`}: not used as last year's report, ${LAST_YEAR.en} are not checked; check that file's years, or choose with --previous FILE`,
  ),
  /**
   * No last year's report for a report whose year (`year`) was set by --year or a config override, kept in a folder
   * named for another year (`folderYear`, in `folder`): no last year's folder to look in, and none of `year − 1`
   * beside it.
   */
  previousForcedYear: (year: number, folder: string, folderYear: number) => bi(
    `年度定为 ${year}（--year 或配置文件），但报告所在的文件夹 ${folder} 按 ${folderYear} 年命名，无从确定上一年度的文件夹：只在同一文件夹中查找了同一机关的 ${year - 1} 年度报告，没有找到，未做跨年度检查（${LAST_YEAR.zh}）；可用 --previous FILE 指定`,
    `the year is set to ${year} (--year or the config), but the report's folder ${folder} is named for ${folderYear}, so there is no last year's folder to look in: no ${year - 1} report of the same agency beside it; ${LAST_YEAR.en} are not checked; name it with --previous FILE`,
  ),
  /**
   * No last year's report (of `expected`) for the cross-year rules: none in the report's folder or in last year's
   * folder (`searched`), or none looked for (`searched` false: the text came on stdin with no file on disk).
   * `lastYearFolder`: the folder of last year in a folder-per-year layout (the report's folder with its year replaced,
   * named as the report is), and whether it exists; absent when no folder name holds the year: then only the report's
   * own folder was searched, and only that is said (brk166 #5).
   */
  previousNotFound: (expected: number, searched: boolean, lastYearFolder?: { path: string; exists: boolean }) => bi(
    `${searched ? `未找到同一机关的 ${expected} 年度报告（查找范围：同一文件夹${lastYearFolder ? (lastYearFolder.exists ? `，以及上一年度的文件夹 ${lastYearFolder.path}` : `；上一年度的文件夹 ${lastYearFolder.path} 不存在`) : ''}）` : '标准输入的报告没有所在文件夹，未查找上一年度报告'}：未做跨年度检查（${LAST_YEAR.zh}）；可用 --previous FILE 指定`,
    `${searched ? `no ${expected} report of the same agency found (looked beside it${lastYearFolder ? (lastYearFolder.exists ? `, and in last year's folder ${lastYearFolder.path}` : `; last year's folder ${lastYearFolder.path} does not exist`) : ''})` : 'text on stdin has no folder to look in for last year\'s report'}: ${LAST_YEAR.en} are not checked; name it with --previous FILE`,
  ),
  /**
   * The first report of a 汇编 is compared with its agency's report of the year before in the same file (from line
   * `line`, 1-based), not with `unused` (the file found beside it, or `--previous` when `named`); `differs`: that file
   * would have given other cross-year findings (brk144 #6).
   */
  previousInOwnFile: (year: number | null, line: number, title: string | null, unused?: { path: string; named: boolean; differs: boolean }) => bi(
    `上年度（${year} 年度）报告：本文件第 ${line} 行起的${title ? `“${title}”` : '同一机关的报告'}（同一文件中有同一机关的上年度报告，用它做跨年度检查${unused ? `；${unused.named ? `--previous ${unused.path}` : `同一文件夹中的 ${unused.path}`} 未使用${unused.differs ? `，而与它核对的结果不同：两份 ${year} 年度报告的数字不一致，请核对哪一份是最终的` : ''}` : ''}）`,
    `last year's report (${year}): the one in this file from line ${line}${title ? ` (${title})` : ''} (the file holds the same agency's report of that year, which the cross-year checks use${unused ? `; ${unused.named ? `--previous ${unused.path}` : `${unused.path} beside it`} is not used${unused.differs ? `, and it would give other results: the two ${year} reports' numbers differ; check which one is final` : ''}` : ''})`,
  ),
  /** `duplicates`: files as good that are copies of it (the same text or figures), so none was to be chosen (brk166 #2). */
  previousFound: (year: number | null, path: string, inLastYearFolder = false, duplicates?: string[]) => bi(
    `上年度（${year} 年度）报告：${path}（在${inLastYearFolder ? '上一年度的文件夹' : '同一文件夹'}中找到${duplicates?.length ? `；${duplicates.join('、')} 与它内容相同，是重复的副本，用其中名字最短的一个` : ''}；可用 --previous FILE 另行指定）`,
    `last year's report (${year}): ${path} (found ${inLastYearFolder ? 'in last year\'s folder' : 'beside it'}${duplicates?.length ? `; ${duplicates.join(', ')} ${duplicates.length === 1 ? 'is a copy' : 'are copies'} of it, the same text or figures: the shortest name is used` : ''}; --previous FILE to choose another)`,
  ),
  /**
   * The report's last year's folder (`folder`: `…/2023/` for `…/2024/`, as named from the report's path) exists but
   * holds no report of the same agency of `year` (last year), nor does the report's own folder.
   */
  previousNotFoundIn: (folder: string, year: number) => bi(
    `上一年度的文件夹 ${folder} 中（以及报告所在文件夹中）没有同一机关的 ${year} 年度报告，未做跨年度检查（${LAST_YEAR.zh}）；请核对该文件夹中上年度报告标题里的年度和机关名称，或用 --previous FILE 指定`,
    `no ${year} report of the same agency in last year's folder ${folder} (nor beside the report): ${LAST_YEAR.en} are not checked; check the year and agency name in the title of last year's report there, or choose one with --previous FILE`,
  ),
  cannotWriteFixed: (reason: Bilingual) => bi(`无法写入修复后的文件（${reason.zh}），文件未改动`, `cannot write the fixed file (${reason.en}); it is unchanged`),
  /**
   * Prose fixes fix-all left out (`FixAllResult.withheld`): the prose agreed with a table value that a pass of the
   * same run changed, stands in a sentence a pass edited, or a pass reported it as not fixed. `lines`: their 1-based lines.
   */
  fixWithheld: (lines: number[]) => bi(
    `正文第 ${lines.join('、')} 行的 ${lines.length} 处修复未自动应用：正文与本次修复改动前的表格数一致，或所在句子本次已修改过，或本次检查已说明它未自动修改，哪个数对需要核对；正文有误的，再次运行 --fix 或手动修改`,
    `${countEn(lines.length, 'prose fix', 'prose fixes')} on ${nounEn(lines.length, 'line')} ${lines.join(', ')} not applied: the prose agreed with a table value this run changed, or its sentence was edited in this run, or this run said it was not fixed; check which number is right; where the prose is wrong, run --fix again or edit it by hand`,
  ),
  /**
   * Blank 表三 rows whose numbers the column sums give but that this run did not fill (`FixAllResult.withheld`,
   * row-missing): it inserted them (missing from the file), or the sums give them only with numbers it wrote.
   * `lines`: their 1-based lines in the fixed text.
   */
  rowFillWithheld: (lines: number[]) => bi(
    `表三第 ${lines.join('、')} 行是空白行，按各列合计能定出它的数，但未自动填写：这一行是本次插入的，或要用本次填入的数才能推算出来；缺数的表格请先对照原表核对，核对无误后，再次运行 --fix 会按合计填入`,
    `表三 ${nounEn(lines.length, 'row')} on ${nounEn(lines.length, 'line')} ${lines.join(', ')}: blank, and the column totals give ${lines.length === 1 ? 'its' : 'their'} numbers, but they were not written: inserted by this run, or given only by numbers this run wrote; a table missing numbers wants checking against the original first; once checked, running --fix again writes what the totals give`,
  ),
  /**
   * Fixes this run did not make because they write into blank cells a fix of the same run put in (`FixAllResult.withheld`,
   * cell-blank and the like: a 表二 block converted to the report's format, a row inserted). `lines`: their 1-based
   * lines in the fixed text.
   */
  blankFillWithheld: (lines: number[]) => bi(
    `第 ${lines.join('、')} 行的空白单元格是本次修复插入的，留待填写，未自动填数；请对照原表填写；仍空白的格，再次运行 --fix 会填 0（填 0 与这一行其他数矛盾的格除外，如有处理决定数量时的上一年项目数量、本年增/减）`,
    `the blank cells on ${nounEn(lines.length, 'line')} ${lines.join(', ')} were put in by this run's fixes, to be filled in, and no number was written into them; fill them in from the original table; a cell still blank gets 0 from the next --fix, unless 0 contradicts the row's other numbers (上一年项目数量 and 本年增/减 beside decisions made)`,
  ),
  /**
   * Fixes fix-all left out because the text read with them has more structure findings (`FixAllResult.refused`):
   * `lines`, their 1-based lines in the text as it was before the run's last pass; `rules`, their rule ids.
   */
  fixRefused: (lines: number[], rules: string[]) => bi(
    `第 ${lines.join('、')} 行的 ${lines.length} 处修复（${rules.join('、')}）未自动应用：应用后报告的结构（部分、表格、行标签）问题会比修复前多；请按提示手动修改，改后再检查`,
    `${countEn(lines.length, 'fix', 'fixes')} on ${nounEn(lines.length, 'line')} ${lines.join(', ')} (${rules.join(', ')}) not applied: with ${lines.length === 1 ? 'it' : 'them'} the report would have more structure findings (sections, tables, row labels) than before; make the change by hand as the message says, then check again`,
  ),
  fixed: (count: number, byRule: [string, number][]) => bi(
    `修复了 ${count} 个问题（${byRule.map(([k, n]) => `${k} ×${n}`).join('、')}）`,
    `fixed ${countEn(count, 'finding')} (${byRule.map(([k, n]) => `${k} ×${n}`).join(', ')})`,
  ),
  /**
   * Bytes that could not be decoded, read as U+FFFD: how many places, the encoding, and the first few places
   * (1-based line and column; the 0-based byte offset in the file when known); `reported`: findings name each.
   */
  badBytes: (count: number, encoding: string, places: { line: number; column: number; byteOffset?: number }[], reported: boolean) => {
    const zhAt = (p: { line: number; column: number; byteOffset?: number }) => `第 ${p.line} 行第 ${p.column} 列${p.byteOffset === undefined ? '' : `（字节偏移 ${offsetZh(p.byteOffset)}）`}`;
    const enAt = (p: { line: number; column: number; byteOffset?: number }) => `line ${p.line} column ${p.column}${p.byteOffset === undefined ? '' : ` (byte offset ${offsetEn(p.byteOffset)})`}`;
    const more = count > places.length;
    return bi(
      `有 ${count} 处字节不是有效的 ${encoding}，已读作 �（U+FFFD），其余照常检查：${places.map(zhAt).join('、')}${more ? '等' : ''}；请对照原文改正这些字符后重新保存${reported ? '（报告为 encoding-invalid）' : ''}`,
      `${countEn(count, 'place')} whose bytes are not valid ${encoding}, read as � (U+FFFD); the rest is checked as usual: ${places.map(enAt).join(', ')}${more ? ', …' : ''}; correct those characters against the original and save the file again${reported ? ' (reported as encoding-invalid)' : ''}`,
    );
  },
  /** `--fix` (or `--fix-dry-run`) not done: the text has bytes that could not be decoded. */
  notFixedBadBytes: bi(
    '未修复：文件中有无法解码的字节，写回会把它们换成 �（U+FFFD），原来的字节就丢了；请先改正这些字节，文件未改动',
    'not fixed: the file has bytes that cannot be decoded, and writing it back would replace them with � (U+FFFD), losing the original bytes; correct those bytes first. The file is unchanged',
  ),
  /** `--fix` not done: a GB18030 file has lines in UTF-8 (the first run, 1-based), which writing back would re-encode. */
  notFixedMixed: (from: number, to: number) => bi(
    `未修复：此文件混用了 GB18030 和 UTF-8（第 ${from}–${to} 行等），写回会改变这些行的字节；请先把整个文件另存为 UTF-8，文件未改动`,
    `not fixed: this file mixes GB18030 and UTF-8 (lines ${from}–${to}, …), and writing it back would change those lines' bytes; save the whole file as UTF-8 first. The file is unchanged`,
  ),
  /** `--fix` not done: the bytes decode, but encoding the text again would not give them back (GB18030's lone 0x80). */
  notFixedNoRoundTrip: (encoding: string) => bi(
    `未修复：此文件有些字节按 ${encoding} 读入后不能原样写回，写回会改动修复以外的字节；文件未改动`,
    `not fixed: some of this file's bytes, read as ${encoding}, would not be written back as they were, so writing it would change more than the fixes; the file is unchanged`,
  ),
  notReport: bi(
    '未识别为年度报告（没有标题、统计期限或模板章节），未检查',
    'Not recognised as an annual report (no title, 统计期限 or template sections); nothing checked.',
  ),
  /**
   * A text with no title and no 统计期限 whose template section headings (`titles`, one or two) are fewer than the
   * three that make a report without them: said so, not "no template sections" (brk106 #15).
   */
  notReportFewSections: (titles: string[]) => bi(
    `未识别为年度报告（没有标题和统计期限，模板章节只有 ${titles.length} 个：${titles.map((x) => `“${x}”`).join('、')}；没有标题和统计期限时要有三个模板章节），未检查；写上标题（如“某某局2024年政府信息公开工作年度报告”）或统计期限后即可检查`,
    `Not recognised as an annual report (no title or 统计期限, and only ${titles.length === 1 ? 'one template section' : `${titles.length} template sections`}: ${titles.join(', ')}; without a title or 统计期限 it takes three); nothing checked. Write the title (such as 某某局2024年政府信息公开工作年度报告) or the 统计期限 to have it checked.`,
  ),
  /** A text whose title names no year, with no 统计期限 and no template section: said so, not "no title". */
  notReportTitleNoYear: (title: string) => bi(
    `未识别为年度报告（标题“${title}”中没有年度，也没有统计期限或模板章节），未检查`,
    `Not recognised as an annual report (its title “${title}” names no year, and it has no 统计期限 or template sections); nothing checked.`,
  ),
  /** A text that is not read as a report, most of it inside a Markdown code block (```` ``` ````), which no report is. */
  notReportInCode: bi(
    '未识别为年度报告：文中大部分写在代码块（```）中，代码块不是报告的内容，不读取；如果这就是报告，请删去代码块的标记行（```）后再检查，未检查',
    'Not recognised as an annual report: most of the text is inside a code block (```), which is no part of a report and is not read; if this is the report, delete the code block\'s fence lines (```) and check again; nothing checked.',
  ),
  /** A file written about reports, or another document mentioning one (`ReportExtras.writtenAbout`): what it is. */
  writtenAbout: (what: Bilingual) => bi(`${what.zh}，未检查`, `${what.en.charAt(0).toUpperCase()}${what.en.slice(1)}; nothing checked.`),
  /** A file that is another regime's annual report (`ReportExtras.otherRegime`): which, and that it was skipped. */
  otherRegime: (regime: Bilingual) => bi(
    `不是政府信息公开工作年度报告，而是${regime.zh}（其他信息公开制度，没有国家统一格式），未检查`,
    `Not a 政府信息公开工作年度报告 but ${regime.en} (another disclosure regime, with no national format); skipped.`,
  ),
};

/** Why an entry named `.nianbao.jsonc` cannot be read as the config (`configEntry`), for the CLI and the editor alike. */
export const CONFIG_ENTRY_REASON: Record<ConfigEntryProblem, Bilingual> = {
  folder: REASON.isFolder,
  'link-loop': REASON.linkLoop,
  'link-target-missing': REASON.linkTargetMissing,
  'not-regular-file': REASON.notRegularFile,
};

/** Lines of the `github` format about the run itself (not findings). */
export const GITHUB = {
  cannotWriteSummary: (file: string, message: string) => bi(`无法写入步骤摘要 ${file}：${message}`, `cannot write the step summary ${file}: ${message}`),
  /** The step summary holds so much already that nianbao's would take it over GitHub's 1 MiB (GitHub would then show none). */
  summaryFull: (held: number) => bi(
    `它已有 ${held.toLocaleString('en-US')} 字节，再写入会超过 GitHub 的 1 MiB 上限，整个步骤摘要都将不显示；结果见注释和日志`,
    `it holds ${held.toLocaleString('en-US')} bytes already, and more would take it over GitHub's 1 MiB, when no step summary is shown at all; the annotations and the log have the results`,
  ),
};

const HELP_EN = `nianbao — 政府信息公开工作年度报告检查工具 / checker for government information-disclosure annual reports

Usage:
  nianbao check [files|folders|globs…] [options]   check reports (default: the current folder)
  nianbao check - [--stdin-filename NAME] [options]
                                                    check the report on stdin
  nianbao inspect FILE|- [--stdin-filename NAME]    show what the engine read (outline, tables, values)
  nianbao new --year YEAR --agency NAME [--report-format 2021] [-o FILE]
                                                    write a complete draft from the official template
  nianbao inspect|new --help                        the options of inspect or new

Options of check:
  --format text|json|sarif|github|gitlab|rdjson|markdown
                                     output format (default text); see docs/pull-requests.md
  --report-format pre2019|2019|2021  read the reports as this format instead of detecting it
  --year YEAR                        take this as the report year instead of detecting it
  --previous FILE                    last year's report of the same agency (${LAST_YEAR_RULES.join(', ')})
                                     (default: found by year and agency in the report's folder or in
                                     last year's folder, …/2023/ for …/2024/; a report of another
                                     agency than FILE's is looked up so too)
  --locale zh|en                     language of messages (default zh; NIANBAO_LOCALE=en for English)
  --fix                              apply the fixes and write the files back (same encoding and line endings);
                                     with -, print the fixed text on stdout (and nothing else)
  --fix-dry-run                      print the fixes as a unified diff, change nothing
                                     (--format text: the diff on stdout, the findings on stderr; any other
                                     format: its output on stdout, the diff on stderr)
  --stdin-filename NAME              with -: the name of the report on stdin, for the output, the config
                                     (.nianbao.jsonc from NAME's folder up) and last year's report beside NAME
  --rule ID=SEVERITY                 set a rule to off|info|warning|error (repeatable)
  --config FILE                      use this config file instead of the nearest .nianbao.jsonc (its globs
                                     are relative to its own folder, not the working directory)
  --quiet                            report errors only (warnings are not listed, but --max-warnings
                                     still counts them)
  --max-warnings N                   exit 1 when there are more than N warnings
  --report-unused-disable            report <!-- nianbao-disable --> comments that suppress nothing
  --no-color                         no colours (colours are used only on a terminal, or with FORCE_COLOR=1)
  -j, --jobs N                       check on N threads, at most one per core (default: with 4+ cores and
                                     many files, one per core up to 4; else 1)
  -h, --help / -v, --version

Exit codes: 0 no errors, 1 at least one error-severity finding (or more warnings than --max-warnings),
2 the tool could not run (bad arguments, bad config, unreadable file).`;

const HELP_ZH = `nianbao — 政府信息公开工作年度报告检查工具 / checker for government information-disclosure annual reports

用法：
  nianbao check [文件|文件夹|通配符…] [选项]          检查报告（默认：当前文件夹）
  nianbao check - [--stdin-filename 名称] [选项]       检查从标准输入读入的报告
  nianbao inspect 文件|- [--stdin-filename 名称]      显示检查器读到的内容（提纲、表格、数值）
  nianbao new --year 年度 --agency 机关名称 [--report-format 2021] [-o 文件]
                                                      按官方模板写出一份完整的草稿
  nianbao inspect|new --help                          inspect 或 new 的选项

check 的选项：
  --format text|json|sarif|github|gitlab|rdjson|markdown
                                     输出格式（默认 text）；见 docs/pull-requests.md
  --report-format pre2019|2019|2021  按此格式读取报告，不自动识别
  --year 年度                        以此为报告年度，不自动识别
  --previous 文件                    同一机关的上年度报告（用于上年结转、存量增减等跨年度检查）
                                     （默认：按年度和机关在报告所在文件夹或上一年度的文件夹
                                     （…/2024/ 对应 …/2023/）中查找；不是该文件所属机关的报告也照此查找）
  --locale zh|en                     消息语言（默认 zh；NIANBAO_LOCALE=en 为英文）
  --fix                              应用修复并写回文件（保持编码和换行符）；
                                     与 - 一起使用时，把修复后的全文输出到标准输出（不输出其他内容）
  --fix-dry-run                      以统一差异格式输出修复，不改动文件
                                     （--format text：差异输出到标准输出，问题输出到标准错误；
                                     其他格式：该格式的结果输出到标准输出，差异输出到标准错误）
  --stdin-filename 名称              与 - 一起使用：标准输入中报告的名称，用于输出、查找配置
                                     （从该名称所在文件夹向上找 .nianbao.jsonc）和查找其旁边的上年度报告
  --rule ID=级别                     把规则设为 off|info|warning|error（可重复）
  --config 文件                      使用此配置文件，而不是最近的 .nianbao.jsonc（其中的通配符相对于
                                     该文件所在的文件夹，而不是当前目录）
  --quiet                            只报告错误（不列出警告，但 --max-warnings 仍计入警告）
  --max-warnings N                   警告多于 N 个时退出码为 1
  --report-unused-disable            报告没有屏蔽任何问题的 <!-- nianbao-disable --> 注释
  --no-color                         不用颜色（只在终端中、或设置 FORCE_COLOR=1 时使用颜色）
  -j, --jobs N                       用 N 个线程检查，每个核心至多一个（默认：4 核及以上且文件很多时，
                                     每个核心一个，至多 4 个；否则 1 个）
  -h, --help / -v, --version

退出码：0 没有错误；1 至少一个错误级问题（或警告多于 --max-warnings）；
2 工具无法运行（参数错误、配置错误、文件无法读取）。`;

/** `nianbao --help`. */
export const HELP: Bilingual = bi(HELP_ZH, HELP_EN);

/** `nianbao inspect --help`. */
export const HELP_INSPECT: Bilingual = bi(
  `用法：nianbao inspect 文件 [--report-format pre2019|2019|2021] [--year 年度] [--locale zh|en]
      nianbao inspect - [--stdin-filename 名称] < 报告.md     （从标准输入读取报告）

显示检查器从一份报告中读到的内容：格式和年度及其依据、提纲、每张统计表的每个数值（□ 空单元格，· 没有单元格）
和各行列标签的匹配方式，以及检查结果，便于看清某条规则为什么报告了问题。按报告的配置文件（.nianbao.jsonc）中
适用于它的格式、年度和规则设置读取和检查，与 nianbao check 相同。

选项：
  --report-format pre2019|2019|2021  按此格式读取报告，不自动识别
  --year 年度                        以此为报告年度，不自动识别
  --locale zh|en                     输出语言（默认 zh；NIANBAO_LOCALE=en 为英文）
  --stdin-filename 名称              与 - 一起使用：标准输入中报告的名称，用于输出、查找配置
                                     （从该名称所在文件夹向上找 .nianbao.jsonc）
  -h, --help                         显示此帮助`,
  `Usage: nianbao inspect FILE [--report-format pre2019|2019|2021] [--year YEAR] [--locale zh|en]
       nianbao inspect - [--stdin-filename NAME] < report.md     (the report read from stdin)

Shows what the engine read from one report: format and year with their evidence, the outline, every value of
every statistics table (□ blank cell, · no cell) and how each row and column label was matched, and the findings,
so you can see why a rule fired. The report is read and checked with the format, year and rule settings its config
(.nianbao.jsonc) gives it, as nianbao check reads it.

Options:
  --report-format pre2019|2019|2021  read the report as this format instead of detecting it
  --year YEAR                        take this as the report year instead of detecting it
  --locale zh|en                     language of the output (default zh; NIANBAO_LOCALE=en for English)
  --stdin-filename NAME              with -: the name of the report on stdin, for the output, the config
                                     (.nianbao.jsonc from NAME's folder up)
  -h, --help                         show this help`,
);

/** `nianbao new --help`. */
export const HELP_NEW: Bilingual = bi(
  `用法：nianbao new --agency 机关名称 [--year 年度] [--report-format pre2019|2019|2021] [-o 文件]

按官方模板写出一份完整的年度报告草稿：标题、开头段落、各部分及其统计表（数值单元格留空，待填写；没有发生的填 0）和落款。

选项：
  --agency 机关名称                  报告机关的名称（必填，不含年度），例如 某某市某某局
  --year 年度                        报告年度（默认：上一年）
  --report-format pre2019|2019|2021  使用此格式（默认：该年度适用的格式，如 2020 年度为 2019 格式）；
                                     只接受该年度可用的格式（2019 年度也可用 pre2019）
  -o, --output 文件                  写入此文件（已存在的文件不会被覆盖）；默认输出到标准输出
  --locale zh|en                     消息语言（默认 zh；NIANBAO_LOCALE=en 为英文）
  -h, --help                         显示此帮助`,
  `Usage: nianbao new --agency NAME [--year YEAR] [--report-format pre2019|2019|2021] [-o FILE]

Writes a complete draft of an annual report from the official template: title, introduction, the sections with
their tables (value cells blank, to be filled in; 0 where nothing happened) and the signature line.

Options:
  --agency NAME                      the reporting agency (required, without a year), e.g. 某某市某某局
  --year YEAR                        the report year (default: last year)
  --report-format pre2019|2019|2021  use this format (default: the one that applies to the year; 2020: the 2019 format);
                                     only a format the year can have (a 2019 report may also use pre2019)
  -o, --output FILE                  write to this file (an existing file is never overwritten); default: stdout
  --locale zh|en                     language of messages (default zh; NIANBAO_LOCALE=en for English)
  -h, --help                         show this help`,
);

/** The labels of `nianbao inspect` (cli/inspect.ts; also the editor's "Show what the engine read"). */
export const INSPECT = {
  format: bi('格式：', 'format: '),
  year: bi('年度：', 'year:   '),
  title: bi('标题：', 'title:  '),
  isReport: (yes: boolean) => bi(`是否为年报：${yes ? '是' : '否'}`, `is a report: ${yes ? 'yes' : 'no'}`),
  /** A report in traditional characters (`ReportExtras.traditional`): read through its simplified view. */
  traditional: bi('文字：繁体字（按对应的简体字读取和核对；行名、标题的修复按繁体字写入，其他写入文字的自动修复不提供）', 'script: traditional characters (read and checked as their simplified forms; row labels and titles are fixed in traditional characters, other fixes that would write words are not offered)'),
  noEvidence: bi('无依据', 'no evidence'),
  /** After the first few of a long evidence list (a compilation repeats its 统计期限 hundreds of times): how many more. */
  moreEvidence: (n: number) => bi(`……另有 ${n} 处`, `… and ${n} more`),
  unknownYear: bi('未知', 'unknown'),
  /** No format recognised (`format: unknown`). */
  unknownFormat: bi('未识别', 'unknown'),
  /** A format given by `--report-format` (or the editor's override) instead of detected. */
  override: bi('指定', 'override'),
  /** A format told by the report year alone. */
  byYear: (year: string) => bi(`${year} 年度`, `year ${year}`),
  /** Where a year was read: the title, the text's own mention, the statistics period, the signature date. */
  yearSource: { title: bi('标题', 'title'), 'self-reference': bi('正文', 'self-reference'), period: bi('统计期限', 'period'), signature: bi('落款日期推定', 'signature date implies'), override: bi('指定', 'override'), cover: bi('汇编封面', 'compilation cover') } as Record<string, Bilingual>,
  /** One year read: where, the year, the 1-based line. */
  yearRead: (source: string, year: number, line: number) => bi(`${source} ${year} 第 ${line} 行`, `${source} ${year} @${line}`),
  outline: bi('提纲：', 'outline:'),
  /** The template section a heading was matched to (1-based). */
  section: (n: number) => bi(`→ 第 ${n} 部分`, `→ section ${n}`),
  tables: bi('表格：', 'tables:'),
  none: bi('（无）', '(none)'),
  /** Lines `from`–`to`, 1-based. */
  lines: (from: number, to: number) => bi(`第 ${from}–${to} 行`, `lines ${from}–${to}`),
  layout: bi('排版', 'layout'),
  otherHandling: bi('（六）其他处理：', '（六）其他处理: '),
  /** How 表三's （六）其他处理 was found (`TableModel.otherHandlingLayout`): one data row (2019) or three sub-rows (2021). */
  otherHandlingLayouts: { single: bi('一行', 'single'), split: bi('分三行', 'split'), unknown: bi('未能判断', 'unknown') } as Record<'single' | 'split' | 'unknown', Bilingual>,
  /** 表三's rows in an order of their own (`TableModel.rowOrder`), as runs of row ids in the template's order (`R1–R3.2`). */
  rowOrder: (runs: string) => bi(`行序与格式不同，各行按所在分组读取：${runs}`, `rows in another order than the template's, each read under its own group: ${runs}`),
  colon: bi('：', ': '),
  columns: bi('列：', 'columns: '),
  group: bi('（分组）', '(group)'),
  /** Before the numbers a 表三 group row carries (`RowModel.subtotals`, checked by sum-subtotal). */
  subtotal: bi('（分组，小计）', '(group, subtotal) '),
  line: (n: number) => bi(`（第 ${n} 行）`, `(line ${n})`),
  /** How a label was matched to the template's (`MatchKind`; exact ones are not marked). */
  match: { variant: bi('异文', 'variant'), misspelled: bi('错字', 'misspelled'), positional: bi('按位置', 'positional'), absent: bi('缺失', 'absent') } as Record<string, Bilingual>,
  /** Before a label matched exactly once normalised but written otherwise (其它 for 其他, `1、` for `1.`). */
  written: bi('写作', 'written'),
  findings: (n: number) => bi(`检查结果：${n} 个问题`, `findings: ${n}`),
  /** A text of several reports (a 汇编): the outline and tables are listed per report, as the findings cover them all. */
  reports: (n: number) => bi(`本文件含 ${n} 份年报：提纲和表格按份列出`, `this file holds ${n} reports: the outline and tables are listed per report`),
  /** The head of one report of several (`k` 1-based, its title, its first 1-based line, its format and year). */
  part: (k: number, title: string, line: number, format: string, year: string) => bi(`第 ${k} 份：${title}（第 ${line} 行起；格式 ${format}，年度 ${year}）`, `report ${k}: ${title} (from line ${line}; format ${format}, year ${year})`),
  untitled: bi('（无标题）', '(no title)'),
  severity: { error: bi('错误', 'error'), warning: bi('警告', 'warning'), info: bi('提示', 'info'), hint: bi('建议', 'hint') } as Record<string, Bilingual>,
};
