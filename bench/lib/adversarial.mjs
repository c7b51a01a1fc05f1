// Texts that once took a checker super-linear time, each appended to (or built into) an example report. Used by
// bench/core.mjs (timed at two sizes: linearity) and test/unit/adversarial-inputs.test.mjs (checked at the smaller
// size to end at all). `make(example, n)` builds the text with n units; `sizes` the bench's two sizes (1 : 4).

/** The line index of the first line of `lines` that starts with `prefix` (a row of the example's tables). */
const lineStarting = (lines, prefix) => lines.findIndex((l) => l.startsWith(prefix));

export const ADVERSARIAL = [
  // helper-216 #1: a sentence of thousands of shares, `其中N件占比X%，…`, as an OCR or pdftotext dump may hold, took the
  // prose rules cubic time: 45 KB in 40 s.
  { key: 'dense', name: 'one dense paragraph', unit: 'clauses', unitName: 'clauses', sizes: [1000, 4000],
    make: (example, n) => `${example}\n\n${Array.from({ length: n }, (_, i) => `其中${i + 1}件占比${(i % 97) + 0.5}%，`).join('')}\n` },
  // brk86 #9: each sentence looked through every claim of the sentences before it and tested the whole paragraph
  // again, 40,000 such sentences in 10 s.
  { key: 'sentences', name: 'one paragraph of claims', unit: 'sentences', unitName: 'sentences', sizes: [10000, 40000],
    make: (example, n) => `${example}\n\n${'共收到申请10件，予以公开5件。'.repeat(n)}\n` },
  // brk90 #3: `共收到政府信息公开申请38件，` 4,000 times took 8.6 s, 8,000 times 37 s: each total word and each phrase
  // read the sentence again up to itself.
  { key: 'runOn', name: 'one run-on sentence', unit: 'clauses', unitName: 'clauses', sizes: [4000, 16000],
    make: (example, n) => `${example}\n\n${'共收到政府信息公开申请38件，'.repeat(n)}\n` },
  // brk92 #9: each `*` of a line of 100,000 read the whole run after it, 9.6 s; and (2026-12-07) the stray-emphasis
  // pattern beside a number split a run of `*` in exponentially many ways: 40 pairs took minutes.
  { key: 'marks', name: 'one line of emphasis marks', unit: 'pairs', unitName: 'pairs', sizes: [10000, 40000],
    make: (example, n) => `${example}\n\n${'**'.repeat(n)}\n` },
  // brk92 #8: a stack of comment lines between two rows of a table (the writer's own and suppression comments): each
  // comment read the whole stack, and each finding every suppression comment: 8,000 lines in 9 to 16 s.
  { key: 'commentStack', name: 'a stack of comment lines in a table', unit: 'lines', unitName: 'lines', sizes: [2000, 8000],
    make: (example, n) => {
      const lines = example.split('\n');
      const at = lineStarting(lines, '| 规章');
      return [...lines.slice(0, at + 1), ...Array.from({ length: n }, (_, i) => (i % 2 ? '<!-- nianbao-disable-next-line row-label -->' : `<!-- 待核 ${i} -->`)), ...lines.slice(at + 1)].join('\n');
    } },
  // page-leftover's check for page buttons ending a line of text was first a regex with `[\u4e00-\u9fff].*[\u4e00-\u9fff].*?`
  // before them: it backtracked over every long line, a folder of 250 reports in 2 minutes.
  { key: 'longLine', name: 'one long line of prose', unit: 'clauses', unitName: 'clauses', sizes: [1000, 4000],
    make: (example, n) => `${example}\n\n${'本局认真贯彻落实条例要求，'.repeat(n)}\n` },
  // brk94 #4: one 表三 row pasted thousands of times: each copy read the run of copies between it and the row read,
  // 10,000 copies 4.7 s, 20,000 copies 15 s.
  { key: 'pastedRows', name: 'a table row pasted many times', unit: 'copies', unitName: 'copies', sizes: [5000, 20000],
    make: (example, n) => {
      const lines = example.split('\n');
      const at = lineStarting(lines, '| （一）予以公开');
      return [...lines.slice(0, at), ...Array(n).fill(lines[at]), ...lines.slice(at)].join('\n');
    } },
  // brk142 #4: many HTML comments on one line (a minified page saved from Word, `<!--[if !supportLists]-->…<!--[endif]-->`
  // per list item; `<!--` never closed; suppression comments): the comment and directive readers scanned from each to
  // the end of the line or text, 10,000 list items 34 s.
  { key: 'commentLine', name: 'many comments on one line', unit: 'comments', unitName: 'of each kind', sizes: [2000, 8000],
    make: (example, n) => `${example}\n\n<p>${'<!--[if !supportLists]--><span>1.</span><!--[endif]-->'.repeat(n)}</p>\n\n${'<!--'.repeat(n)}\n\n${'<!-- nianbao-disable-next-line x'.repeat(n)}\n\n${'<!-- nianbao-disable-next-line -->'.repeat(n)}\n` },
];
