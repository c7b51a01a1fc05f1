import type { StreamFormatter } from './types.js';
import { batch } from './types.js';
import { column } from './common.js';
import { count } from '../../core/text/english.js';

const COLORS: Record<string, string> = { error: '\x1b[31m', warning: '\x1b[33m', info: '\x1b[36m', hint: '\x1b[90m' };

/**
 * `path:line:col  severity  rule-id  message`, one line per finding, then a summary line. With `--quiet` only the
 * errors are listed, and the summary line still counts the warnings and info (`FileResult.quietHidden`), saying so.
 */
export const textStream: StreamFormatter = (ctx) => {
  const paint = (s: string, sev: string) => (ctx.color ? `${COLORS[sev] ?? ''}${s}\x1b[0m` : s);
  let errors = 0, warnings = 0, infos = 0, files = 0, reports = 0, notReports = 0, unreadable = 0, notChecked = 0;
  return {
    file(r) {
      if (r.error) {
        // Read but not checked (the format and year given do not go together) is no unreadable file (brk129 #6).
        if (r.notChecked) notChecked++;
        else unreadable++;
        return '';
      }
      if (r.notReport) notReports++;
      else {
        files++;
        // A file holding several agencies' reports counts each (`reportParts`).
        reports += r.reports ?? 1;
      }
      // --quiet: the findings not listed are still counted.
      warnings += r.quietHidden?.warnings ?? 0;
      infos += r.quietHidden?.infos ?? 0;
      let out = '';
      for (const f of r.findings) {
        if (f.severity === 'error') errors++;
        else if (f.severity === 'warning') warnings++;
        else infos++;
        out += `${oneLine(r.path, true)}:${f.range.start.line + 1}:${column(r, f.range.start)}  ${paint(f.severity.padEnd(7), f.severity)}  ${f.ruleId}  ${oneLine(f.message, false)}\n`;
      }
      return out;
    },
    end() {
      // Files that were given but not checked are counted too, so that "0 files checked" never stands unexplained.
      if (ctx.locale !== 'en') {
        const quiet = ctx.quiet ? '（--quiet：只列出错误）' : '';
        const also = [notReports && `${notReports} 个文件不是年度报告，未检查`, unreadable && `${unreadable} 个文件无法读取`, notChecked && `${notChecked} 个文件未能检查`].filter(Boolean);
        return `检查了 ${files} 个文件${reports !== files ? `（${reports} 份报告）` : ''}：${errors} 个错误，${warnings} 个警告，${infos} 个提示${quiet}${also.length ? `；${also.join('；')}` : ''}\n`;
      }
      const quiet = ctx.quiet ? ' (--quiet: only errors listed)' : '';
      const also = [notReports && `${notReports === 1 ? '1 file not an annual report' : `${notReports} files not annual reports`}, not checked`, unreadable && `${count(unreadable, 'file')} unreadable`, notChecked && `${count(notChecked, 'file')} not checked`].filter(Boolean);
      return `${count(files, 'file')} checked${reports !== files ? ` (${count(reports, 'report')})` : ''}: ${count(errors, 'error')}, ${count(warnings, 'warning')}, ${infos} info${quiet}${also.length ? `; ${also.join('; ')}` : ''}\n`;
    },
  };
};

export const text = batch(textStream);

/**
 * `s` on one line of the terminal (helper-223 #9): line breaks as spaces in a message (a quoted multi-line comment),
 * and in a path every control character (a line break, ESC) as its `\\u` escape, so that a name cannot split
 * `file:line:col` or send escape sequences to the terminal.
 */
function oneLine(s: string, path: boolean): string {
  const controls = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g;
  return path
    ? s.replace(controls, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)
    : s.replace(/\r\n|[\r\n\u2028\u2029]/g, ' ').replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
