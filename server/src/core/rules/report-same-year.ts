import type { Rule } from './rule.js';
import { bi } from './util.js';
import { formatForYear } from '../templates/index.js';

/**
 * brk166 #3: two files of one agency for the same year in a folder, one of them named for another year (`年报2024.txt`
 * holding the 2023 report saved unchanged, or `2023年度…txt` whose title and 统计期限 were mistyped as 2024). The lookup
 * of last year's report then fails unsaid or ties, and a verbatim copy of last year's report under this year's name
 * (30号（四）“内容雷同”) passes with no finding. Said on the file whose name disagrees with its text, naming the other
 * file; identical texts: it is a copy. Two versions of one year (初稿 and 定稿) whose names agree with their text are
 * not said, nor a duplicate named as the original (`年报2024(1).md`). brk183: in a layout of one folder per year, the
 * year the file's folder names counts as its name's does (`2024/区政府.md` holding the 2023 report, the agency's 2023
 * report in `2023/`); a folder named for the year of publication (`2024/` holding the 2023 report, `2023/` the 2022
 * one) and a lone report of another year in a year's folder are not said: either is a real layout.
 */
export const reportSameYear: Rule = {
  meta: {
    id: 'report-same-year',
    category: 'years',
    defaultSeverity: 'warning',
    fixable: false,
    readsProse: false,
    description: bi('文件名（或年度文件夹名）写的是另一年度，而同一文件夹（或该年度的文件夹）中另有同一机关同一年度的报告（副本或年度写错）', 'The file\'s name (or year folder) names another year, and another report of the same agency and year is beside it (or in that year\'s folder): a copy, or a mistyped year'),
    rationale: bi(
      '命令行检查文件夹时，文件名中的年份（如“年报2024.txt”）与报告全文读出的年度（标题、统计期限）不同、同一文件夹中又有同一机关同一年度的另一份报告时报告：或是把上一年度的报告原样另存为本年度的文件（两者内容完全相同时消息说明是副本，即国办公开办函〔2021〕30号所说的“内容雷同”），或是本报告标题和统计期限中的年度写错了。这样的文件夹中，下一年度的报告找不到上年度报告或有两份同样可能的上年度报告，跨年度检查不做。同一年度的初稿和定稿（文件名中的年份与内容一致）、文件名相同的副本（“年报2024(1).md”）不报告。按年度分文件夹存放时（“2023/区政府.md”“2024/区政府.md”），文件名不写年份的，以所在文件夹名中的年份代替文件名中的年份，在该文本年度的文件夹中查找（“2024/区政府.md”是 2023 年度报告，而“2023/区政府.md”也是同一机关的 2023 年度报告）；文件夹按发布年份命名（“2024/”中放 2023 年度报告、“2023/”中放 2022 年度报告）或年度文件夹中只有这一份报告的，都可能是正常的存放方式，不报告。请核对本文件的年度：应是文件名所写年度的报告的，按该年度的实际情况重写；否则改正文件名或删去重复的文件。编辑器中打开或在后台检查磁盘上的文件时同样查找（消息以文件名称呼另一份报告）。不提供修复。',
      'When a folder is checked on the command line and a file\'s name names a year (年报2024.txt) other than the one its text reads as (title, 统计期限) while another report of the same agency and year is beside it: either last year\'s report was saved unchanged under this year\'s name (the message says it is a copy when the texts are the same: the “内容雷同” of 国办公开办函〔2021〕30号), or the year in this report\'s title and period is mistyped. In such a folder the next year\'s report finds no last year\'s report, or two equally good ones, and is not checked across years. A draft and a final of the same year (their names agreeing with their text) and a copy named as the original (年报2024(1).md) are not said. In a layout of one folder per year (2023/区政府.md, 2024/区政府.md), a file whose name names no year is judged by the year its folder names, and the other report is looked for in the folder of its text\'s year (2024/区政府.md is the 2023 report, and 2023/区政府.md is the agency\'s 2023 report too); folders named for the year of publication (2024/ holding the 2023 reports, 2023/ the 2022 ones) and a lone report of another year in a year\'s folder may each be a real layout and are not said. Check this file\'s year: a report meant to be of the year its name says is to be rewritten for that year; otherwise correct the name or remove the duplicate. The editor looks for the other report too, for a file on disk opened or checked in the background (the message names it by its file name). No fix.'),
    example: {
      bad: '年报2024.txt：柳营市财政局2023年度政府信息公开工作年度报告 …（与同一文件夹中的“2023年度报告.txt”内容完全相同）',
      note: bi('文件名写 2024 年，内容是 2023 年度报告的副本', 'named 2024, the text a copy of the 2023 report'),
    },
  },
  check(ctx) {
    const { report, sameYear } = ctx;
    if (!sameYear || report.year === null || sameYear.nameYear === report.year) return;
    const y = report.year, n = sameYear.nameYear;
    // The “内容雷同” of 国办公开办函〔2021〕30号 is that format's requirement: cited only where the year the file is
    // meant for is in that format (brk176 #3: not for a 2016 or 2019 report, nor is a text of another year called
    // “上一年度报告” when it is not the year before).
    const copy = formatForYear(n) === '2021'
      ? { zh: '（国办公开办函〔2021〕30号所说的“内容雷同”）', en: ' (the “内容雷同” of 国办公开办函〔2021〕30号)' }
      : { zh: '', en: '' };
    // The year named by the file's folder (`2024/区政府.md`, the other file in `2023/`: brk183) or by its name.
    const by = sameYear.inFolder
      ? { zh: '文件夹名', en: 'The file\'s folder', beside: { zh: '', en: '' }, fix: { zh: '或文件所在的文件夹', en: 'or the file\'s folder' } }
      : { zh: '文件名', en: 'The file\'s name', beside: { zh: '同一文件夹中的 ', en: ' beside it' }, fix: { zh: '或文件名', en: 'or the file\'s name' } };
    ctx.add({
      message: sameYear.identical
        ? bi(
          `${by.zh}写的是 ${n} 年，而本报告全文是 ${y} 年度的，与${by.beside.zh || ' '}${sameYear.path} 内容完全相同：是它的副本。如果本文件应是 ${n} 年度报告，它仍是 ${y} 年度报告原样的文字${copy.zh}，请按 ${n} 年度的实际情况重写；否则删去这个重复的文件。`,
          `${by.en} says ${n}, but its text is the ${y} report, the same as ${sameYear.path}${by.beside.en}: a copy. If this file is meant to be the ${n} report, it is still the ${y} report unchanged${copy.en}: write it for ${n}; otherwise remove the duplicate.`)
        : bi(
          `${by.zh}写的是 ${n} 年，而本报告全文读作 ${y} 年度；${by.beside.zh}${sameYear.path} 也是同一机关的 ${y} 年度报告：两份报告声称同一年度。请核对本报告标题和统计期限中的年度（是否应为 ${n} 年），${by.fix.zh}。`,
          `${by.en} says ${n}, but this report reads as ${y}; ${sameYear.path}${by.beside.en} is the same agency's ${y} report too: two reports claim one year. Check the year in this report's title and period (${n}?), ${by.fix.en}.`),
      range: report.title?.range ?? { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    });
  },
};
