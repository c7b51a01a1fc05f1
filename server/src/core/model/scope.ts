import type { Bilingual } from '../types.js';
import type { LineIndex } from '../text/lines.js';

/**
 * Annual reports of other disclosure regimes, which look like a 政府信息公开工作年度报告 (信息公开 in the title, 一、二、…
 * sections, a 统计时间) but follow other rules and no national format: a university's report under 《高等学校信息公开办法》
 * (by 学年, 9月1日 to 8月31日), a hospital's under 《医疗卫生机构信息公开管理办法》, an enterprise's, a public institution's
 * under 《公共企事业单位信息公开规定制定办法》. Tested in order; `title` on the title (学年 only: government reports are by
 * calendar year), `intro` on the introduction (the regulation it reports under).
 */
const REGIMES: { name: Bilingual; title?: RegExp; intro?: RegExp }[] = [
  { name: { zh: '高等学校信息公开年度报告', en: 'a university’s 高等学校信息公开 annual report' }, title: /学年/, intro: /高等学校信息公开(?:办法|事项清单)/ },
  { name: { zh: '医疗卫生机构信息公开年度报告', en: 'a health institution’s 医疗卫生机构信息公开 annual report' }, intro: /医疗卫生机构信息公开/ },
  { name: { zh: '企业信息公开年度报告', en: 'an enterprise’s 企业信息公开 annual report' }, intro: /企业信息公示暂行条例|国有企业信息公开/ },
  { name: { zh: '公共企事业单位信息公开年度报告', en: 'a public institution’s 公共企事业单位信息公开 annual report' }, intro: /公共企事业单位信息公开/ },
];

/**
 * Which other regime's annual report a text is (see `REGIMES`), or null when it may be a 政府信息公开工作年度报告.
 * Conservative: only a text whose title names 信息公开 but not 政府信息公开/政务公开, and whose title (学年) or
 * introduction names the regime, an introduction that also cites the 条例 or its format counting as a government
 * body's. A government agency's report that mentions 学校 or 学年 in its body, or whose title says 政府信息公开, is
 * never one.
 * @param title the report's title line (`ReportModel.title`), or null when none was found.
 * @param introEnd 0-based line where the introduction ends (the first section heading), or -1 for none: the
 *   introduction is read up to it, at most 40 lines.
 */
export function otherRegime(lines: LineIndex, title: string | null, introEnd: number): Bilingual | null {
  if (!title || !/信息公开/.test(title) || /政府信息公开|政务公开|政府信息/.test(title)) return null;
  const end = Math.min(lines.lineCount, introEnd >= 0 ? introEnd : 40, 40);
  let intro = '';
  for (let i = 0; i < end; i++) intro += lines.line(i);
  // An introduction that reports under the 条例 or its format (国办公开办函) is a government body's, whatever else it names.
  const government = /政府信息公开条例|国办公开办函/.test(intro);
  for (const r of REGIMES) if (r.title?.test(title) || (!government && r.intro?.test(intro))) return r.name;
  return null;
}
