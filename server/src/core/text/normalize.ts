/** Characters that NFKC may change: everything outside ASCII, common punctuation and the CJK unified ideographs. */
const NEEDS_NFKC = /[^\x00-\x7e\u3001\u3002\u201c\u201d\u3014\u3015\u4e00-\u9fff]/;

/**
 * Label keys: the form in which labels of the text and of the template are compared (templates.md §0.2):
 * NFKC, with all whitespace (including U+3000 and `&nbsp;`), table separators `|` and `<br>` removed, curly and
 * straight quotes unified, and the sub-row numbering `1、` read as `1.`.
 */
export function labelKey(s: string): string {
  // NFKC changes only compatibility characters (full-width forms, circled numbers, …): skip it for plain text.
  return (NEEDS_NFKC.test(s) ? s.normalize('NFKC') : s)
    .replace(/<br\s*\/?>|&nbsp;/gi, '')
    .replace(/[\s|\u00a0\u3000*#]+/g, '')
    .replace(/[“”"„‟〝〞]/g, '"')
    .replace(/[‘’']/g, "'")
    .replace(/^(\d)[、,]/, '$1.');
}

/** `labelKey` without trailing sentence punctuation (`。`, `;`, `.`, `:`), for section titles (§0.3). */
export function titleKey(s: string): string {
  return labelKey(s).replace(/[。;.:,、]+$/u, '');
}

/** Levenshtein distance between two short strings (labels; at most a few dozen characters). */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  if (!a.length) return b.length;
  if (!b.length) return a.length;
  let prev = new Array<number>(b.length + 1);
  let cur = new Array<number>(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const cost = ca === b.charCodeAt(j - 1) ? 0 : 1;
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
    }
    [prev, cur] = [cur, prev];
  }
  return prev[b.length];
}

/**
 * Share of the character bigrams of `label` that occur in `text` (0…1). Robust to labels that a layout
 * splits, wraps or surrounds with other text; used to align value rows with template rows.
 */
export function bigramCoverage(label: string, text: string): number {
  if (label.length < 2) return text.includes(label) ? 1 : 0;
  let hit = 0;
  for (let i = 0; i + 1 < label.length; i++) if (text.includes(label.slice(i, i + 2))) hit++;
  return hit / (label.length - 1);
}

const CN_DIGITS: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** Value of a Chinese numeral up to 99 (`一` → 1, `十二` → 12, `二十` → 20); NaN if not one. */
export function chineseNumeral(s: string): number {
  if (!s) return NaN;
  if (s === '十') return 10;
  const m = /^([一二三四五六七八九])?十([一二三四五六七八九])?$/.exec(s);
  if (m) return (m[1] ? CN_DIGITS[m[1]] : 1) * 10 + (m[2] ? CN_DIGITS[m[2]] : 0);
  if (s.length === 1 && s in CN_DIGITS) return CN_DIGITS[s];
  return NaN;
}

const CN = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
/** Chinese numeral for 1…99 (`3` → `三`, `12` → `十二`). */
export function toChineseNumeral(n: number): string {
  if (n <= 10) return CN[n];
  if (n < 20) return '十' + CN[n - 10];
  return CN[Math.floor(n / 10)] + '十' + (n % 10 ? CN[n % 10] : '');
}
