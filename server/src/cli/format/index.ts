import type { Formatter, StreamFormatter } from './types.js';
import { json, jsonStream } from './json.js';
import { text, textStream } from './text.js';
import { sarif, sarifStream } from './sarif.js';
import { github, githubStream } from './github.js';
import { gitlab, gitlabStream } from './gitlab.js';
import { rdjson, rdjsonStream } from './rdjson.js';
import { markdown, markdownStream } from './markdown.js';

export type { ConfigStop, FileResult, FormatContext, Formatter, SarifCut, StreamFormatter, UnlistedPath } from './types.js';

/** Output formats of `nianbao check --format`. Each is one module; add new ones here. */
export const FORMATTERS: Record<string, Formatter> = {
  text,
  json,
  sarif,
  github,
  gitlab,
  rdjson,
  markdown,
};

/**
 * The formats that take each file's result as soon as it is checked, so that the run keeps none (text and json print
 * it at once; the others keep only what their document needs of it, and print the document at the end).
 */
export const STREAM_FORMATTERS: Record<string, StreamFormatter> = {
  text: textStream,
  json: jsonStream,
  sarif: sarifStream,
  gitlab: gitlabStream,
  rdjson: rdjsonStream,
  github: githubStream,
  markdown: markdownStream,
};
