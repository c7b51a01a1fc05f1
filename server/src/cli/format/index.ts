import type { Formatter, StreamFormatter } from './types.js';
import { json, jsonStream } from './json.js';
import { text, textStream } from './text.js';
import { sarif } from './sarif.js';
import { github } from './github.js';
import { gitlab } from './gitlab.js';
import { rdjson } from './rdjson.js';
import { markdown } from './markdown.js';

export type { FileResult, FormatContext, Formatter, StreamFormatter, UnlistedPath } from './types.js';

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

/** The formats printed file by file as the run goes (they need nothing of other files). */
export const STREAM_FORMATTERS: Record<string, StreamFormatter> = {
  text: textStream,
  json: jsonStream,
};
