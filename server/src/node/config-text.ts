/**
 * A `.nianbao.jsonc` file's bytes read as the reports beside it are read (`decodeReport`), shared by the CLI and the
 * language server: UTF-8 with or without BOM, UTF-16 with BOM, and GB18030/GBK, which Windows Notepad saves as "ANSI"
 * on a Chinese system. (Read as UTF-8 only, such a config's Chinese `ignore` glob was garbage that matched nothing,
 * and the report it named was checked without a word but a note on stderr: brk170 #5.) Bytes that still do not
 * decode are a config issue at the first of them, not U+FFFD in a glob.
 */
import { configText, parseConfig, type ConfigIssue, type ConfigResult } from '../core/index.js';
import { decodeReport } from './decode.js';
import { encodingLabel } from './bad-bytes.js';

/** Decodes and parses a config file's bytes (`parseConfig`), or gives why they cannot be read as text. */
export function parseConfigBytes(bytes: Uint8Array): ConfigResult {
  const d = decodeReport(bytes);
  if (d.ok && !d.bad.length) return parseConfig(d.text);
  // The locale the file states, read from it as UTF-8, so that its problem is said in that language.
  const stated = parseConfig(configText(bytes));
  const locale = stated.ok ? stated.config.locale : stated.locale;
  let issue: ConfigIssue;
  if (d.ok) {
    // (Read as GB18030 when the bytes were not UTF-8 with a few bad bytes: then they are neither.)
    const first = d.bad[0], label = encodingLabel(d.encoding);
    const what = d.encoding.name === 'utf8' ? { zh: `不是有效的 ${label}`, en: `not valid ${label}` } : { zh: `既不是有效的 UTF-8，也不是有效的 ${label}`, en: `valid neither as UTF-8 nor as ${label}` };
    issue = {
      key: '',
      message: `bytes ${what.en} here (${d.bad.length} in all, each read as �): correct them, and save the file as UTF-8`,
      zh: `此处的字节${what.zh}（共 ${d.bad.length} 处，均读作 �）：请改正，并将文件另存为 UTF-8`,
      line: first.line + 1, column: first.character + 1,
    };
  } else if (d.failure.kind === 'utf16-no-bom') {
    issue = { key: '', message: 'the file looks like UTF-16 text without a byte-order mark: save it as UTF-8', zh: '文件看起来是没有字节顺序标记（BOM）的 UTF-16 文本：请另存为 UTF-8', line: 1, column: 1 };
  } else {
    issue = { key: '', message: 'the file is not text in an encoding this tool reads (UTF-8, UTF-16 with BOM, GB18030/GBK): save it as UTF-8', zh: '文件不是本工具可读的文本（UTF-8、带 BOM 的 UTF-16、GB18030/GBK）：请另存为 UTF-8', line: 1, column: 1 };
  }
  return { ok: false, issues: [issue], ...(locale ? { locale } : {}) };
}
