// The prose model and the prose rules' prefilters against the straightforward readings they replace: the prose
// with its source positions against a per-character reference build, each anchor's literals against its pattern,
// the duplicate-word scan against its regular expression, and the chrome trigger of page-leftover against NFKC.
// Internals are bundled from the sources here (esbuild), since dist/core.js exports only the public API.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSync } from 'esbuild';
import fc from 'fast-check';
import { ROOT, CORPUS, core } from '../helpers.mjs';

function bundle(entry) {
  const out = buildSync({ stdin: { contents: entry, resolveDir: join(ROOT, 'server/src/core'), loader: 'ts' }, bundle: true, write: false, format: 'cjs', platform: 'node', logLevel: 'error' });
  const mod = { exports: {} };
  new Function('module', 'exports', 'require', out.outputFiles[0].text)(mod, mod.exports, (id) => { throw new Error(`unexpected require ${id}`); });
  return mod.exports;
}
const I = bundle(`
  export { proseOf, sentencesOf } from './prose/text.ts';
  export { ANCHORS, findClaims } from './prose/anchors.ts';
  export { doubled } from './rules/duplicate-word.ts';
  export { parseReport } from './model/build.ts';
`);

const texts = [];
for (const dir of ['seeds', 'peers']) for (const f of readdirSync(join(CORPUS, dir)).sort()) if (/\.(txt|md)$/.test(f)) texts.push(readFileSync(join(CORPUS, dir, f), 'utf8'));
for (const f of readdirSync(join(ROOT, 'examples')).sort()) if (/\.md$/.test(f)) texts.push(readFileSync(join(ROOT, 'examples', f), 'utf8'));

// ------------------------------------------------------------------------------------------ prose positions

/** The prose as first written: one slot per kept character (the reference for the run-based build). */
function referenceProse(report) {
  const PAGE_NUMBER = /^[\s\-—–－_·•]*(?:第\s*)?\d{1,3}(?:\s*页)?[\s\-—–－_·•]*$/;
  const ORDINAL_START = /^(?:#{1,6}\s*)?(?:[（(]\s*[一二三四五六七八九十\d]{1,3}\s*[)）]|[一二三四五六七八九十]{1,3}\s*[、．.]|\d{1,2}\s*[、．.](?!\d)|#)/;
  const { lines } = report;
  const spans = Object.values(report.extras.spans).filter(Boolean);
  const headingLines = new Set(report.headings.map((h) => h.line));
  const inTable = (i) => spans.some((s) => i >= s.start && i < s.end);
  const pos = [];
  let raw = '', lastCh = '', pendingBreak = false;
  const hardBreak = () => {
    if (raw && lastCh !== '\n') { raw += '\n'; const p = pos[pos.length - 1]; pos.push({ line: p.line, character: p.character + 1 }); lastCh = '\n'; }
  };
  for (let i = 0; i < lines.lineCount; i++) {
    const line = lines.line(i);
    const t = line.trim();
    if (inTable(i) || (t.match(/\|/g) ?? []).length >= 2 || /^[-:|\s]{3,}$/.test(t)) { pendingBreak = true; continue; }
    if (!t) continue;
    if (PAGE_NUMBER.test(t) && /[-—–－]|页/.test(t)) continue;
    if (!/[\u4e00-\u9fff]/.test(t) && /^[\d\s.,，|-]+$/.test(t)) { pendingBreak = true; continue; }
    const isHeading = headingLines.has(i) || ORDINAL_START.test(t);
    // (A heading line with a stop runs in to its text and, wrapped, goes on in the next line: brk102 #1, #2.)
    if (pendingBreak || isHeading) hardBreak();
    pendingBreak = false;
    let from = line.length - line.trimStart().length;
    const md = /^(?:#{1,6}\s+|>\s*)/.exec(t);
    if (md) from += md[0].length;
    for (let c = from; c < line.length; c++) {
      if (/\s/.test(line[c])) continue;
      // A number struck out (`~~24~~`) is deleted text, left out whole.
      const struck = line[c] === '~' && line[c - 1] !== '~' ? /^~~[\s\d０-９.,，．]*[\d０-９][\s\d０-９.,，．]*~~(?!~)/.exec(line.slice(c, c + 40))?.[0] : undefined;
      if (struck) {
        c += struck.length - 1;
        continue;
      }
      // Emphasis around a number (`**25**`, `<b>3</b>`) is left out, as white space is.
      const mark = /^(?:\*{1,3}(?!\*)|_{1,3}(?!_)|`{1,3}(?!`)|<\/?(?:b|strong|i|em|u|span|font)(?:\s[^<>]*)?>)/i.exec(line.slice(c))?.[0];
      if (mark && (mark[0] === '<' || line[c - 1] !== mark[0]) && (/[0-9０-９]/.test(line[c + mark.length] ?? '') || /[0-9０-９]/.test(line[c - 1] ?? ''))) {
        c += mark.length - 1;
        continue;
      }
      raw += line[c];
      lastCh = line[c];
      pos.push({ line: i, character: c });
    }
    if (headingLines.has(i) && !/[。！？]|[：:]\s*\S/.test(t)) hardBreak();
  }
  const text = raw.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0)).replace(/．/g, '.').replace(/％/g, '%');
  return { raw, text, pos };
}

function sameProse(text) {
  const report = I.parseReport(text);
  const p = I.proseOf(report);
  const ref = referenceProse(report);
  assert.equal(p.raw, ref.raw);
  assert.equal(p.text, ref.text);
  for (let k = 0; k < ref.pos.length; k++) {
    const a = p.position(k), b = ref.pos[k];
    if (a.line !== b.line || a.character !== b.character) assert.fail(`offset ${k}: ${JSON.stringify(a)} ≠ ${JSON.stringify(b)}`);
  }
  if (!ref.pos.length) assert.deepEqual(p.position(0), { line: 0, character: 0 });
  else assert.deepEqual(p.position(ref.pos.length + 5), ref.pos.at(-1), 'clamped past the end');
}

test('the prose and every source position equal the per-character reference build (corpus and examples)', () => {
  for (const text of texts) sameProse(text);
});

const LINES = [
  '一、总体情况', '（二）依申请公开', '## 三、收到和处理政府信息公开申请情况', '# 标题', '#', '> 引用的一段话。', '  受理政府信息公开申请 17 件，', '办结１２件，占 ８０．５％。',
  '- 3 -', '第 2 页', '12  34  5', '| 表头 | 数 |', '| --- | --- |', '---', '', '   ', '\u3000\u3000正文，没有句号', '2. 第二项', '2.5万元', '（七）总计',
  '自然人 | 3 | 4', '本机关不掌握相关信息 2 件。', ':--', '-:', '|:-|', '#  ', '> ', '######  六级标题', '\t缩进\u00a0的 行\u2003文字', '资金资金', '结尾。',
  '予以公开**25**件，', '**依申请公开情况**', '上年结转<b>3</b>件', '*3*', '****4', '<span style="x">12</span>', '<b>加粗</b>', '***', '__25__件', '`25`件', 'a_b_1', '____3', '~~24~~25件', '~~删去~~', '~~~3', '约~5件',
];
test('property: random line mixes give the reference prose and positions', () => {
  fc.assert(fc.property(fc.array(fc.constantFrom(...LINES), { maxLength: 40 }), fc.constantFrom('\n', '\r\n'), (ls, eol) => sameProse(ls.join(eol))), { numRuns: 300 });
});

// ------------------------------------------------------------------------------------------ anchor literals

test('every match of every anchor contains one of its literals (corpus, examples and random phrases)', () => {
  const check = (s) => {
    for (const a of I.ANCHORS) {
      const re = new RegExp(a.re.source, 'g');
      for (const m of s.matchAll(re)) if (m[0]) assert.ok(a.keys.some((k) => m[0].includes(k)), `${a.id}: “${m[0]}” has none of ${a.keys}`);
    }
  };
  for (const text of texts) check(I.proseOf(I.parseReport(text)).text);
  const words = [...new Set(I.ANCHORS.flatMap((a) => [...a.keys, ...a.re.source.match(/[\u4e00-\u9fff]+/g) ?? []]))];
  fc.assert(fc.property(fc.array(fc.oneof(fc.constantFrom(...words), fc.constantFrom('了', '的', '“', '”', '"', '3', '，', '（', '）')), { maxLength: 12 }), (parts) => check(parts.join(''))), { numRuns: 2000 });
});

// ------------------------------------------------------------------------------------------ duplicate-word scan

test('property: the doubled-word scan finds what /([\\u4e00-\\u9fff]{2,6})\\1/g finds, from any start', () => {
  const scan = (t, from, step) => {
    const re = /([\u4e00-\u9fff]{2,6})\1/g;
    const me = { lastIndex: from };
    re.lastIndex = from;
    for (let k = 0; k < 50; k++) {
      const a = re.exec(t), b = I.doubled(t, me);
      assert.deepEqual(b && [b.index, b[1], me.lastIndex], a && [a.index, a[1], re.lastIndex]);
      if (!a) return;
      if (step(k)) { re.lastIndex = a.index + 1; me.lastIndex = a.index + 1; }
    }
  };
  const piece = fc.oneof(
    fc.constantFrom('资', '金', '一', '二', 'ab', '1', '。', '\n', '𠀀'),
    // A word of 1–7 characters written twice, sometimes with a space or a stop between.
    fc.tuple(fc.array(fc.constantFrom('资', '金', '公', '开', '一'), { minLength: 1, maxLength: 7 }), fc.constantFrom('', '', ' ', '。')).map(([w, sep]) => w.join('') + sep + w.join('')),
  );
  fc.assert(fc.property(fc.array(piece, { maxLength: 12 }), fc.nat(5), fc.boolean(), (parts, from, odd) => {
    scan(parts.join(''), from, (k) => odd ? k % 2 === 1 : true);
  }), { numRuns: 3000 });
});

// ------------------------------------------------------------------------------------------ page-leftover trigger

test('page-leftover: chrome written with compatibility characters (Kangxi radicals, CJK compatibility ideographs, ＱＱ) is still found', () => {
  const base = core.renderNewReport({ format: '2021', year: 2024, agency: '某某局' });
  const STRONG = ['账号+密码登录', '还没有账号?立即注册', '字号:〖大 中 小〗', '[打印] [收藏]', '[纠错] [关闭]', '[返回顶部] [保存] [分享]', '分享到:', '扫一扫在手机打开当前页', '浏览数:12', '点击量:3', '访问量:5', '阅读数:7', '作者:某某 发布时间:2024-01-01', '责任编辑:某某', '上一篇:某某', '下一篇:某某', '当前位置:首页', '打印本页'];
  const WEAK = ['立即注册', '注册', '登录', '忘记密码?', '退出', '相关附件', 'QQ空间 微信', '朋友圈', '新浪微博', '收藏'];
  // Every BMP character whose NFKC form is a different single character of those lines.
  const wanted = new Set([...STRONG, ...WEAK].join(''));
  const variants = new Map();
  for (let c = 0x80; c < 0x10000; c++) {
    if (c >= 0xd800 && c <= 0xdfff) continue;
    const s = String.fromCharCode(c), n = s.normalize('NFKC');
    if (n !== s && n.length === 1 && wanted.has(n)) variants.set(n, [...(variants.get(n) ?? []), s]);
  }
  assert.ok(variants.size >= 10, 'compatibility forms exist for many of the words');
  const count = (extra) => core.analyze(`${base}\n\n${extra}\n`).findings.filter((f) => f.ruleId === 'page-leftover').length;
  const pairs = [...STRONG.map((s, i) => [s, WEAK[i % WEAK.length]]), ...WEAK.map((w, i) => [STRONG[i], w])];
  for (const [strong, weak] of pairs) {
    {
      const expected = count(`${strong}\n${weak}`);
      assert.equal(expected, 1, `${strong} / ${weak}`);
      for (const line of [strong, weak]) {
        for (let i = 0; i < line.length; i++) {
          for (const v of variants.get(line[i]) ?? []) {
            const changed = line.slice(0, i) + v + line.slice(i + 1);
            const text = line === strong ? `${changed}\n${weak}` : `${strong}\n${changed}`;
            assert.equal(count(text), expected, JSON.stringify(text));
          }
        }
      }
    }
  }
});
