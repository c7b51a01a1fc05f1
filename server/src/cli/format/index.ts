import type { Formatter } from './types.js';
import { json } from './json.js';
import { text } from './text.js';
import { sarif } from './sarif.js';
import { github } from './github.js';
import { gitlab } from './gitlab.js';
import { rdjson } from './rdjson.js';
import { markdown } from './markdown.js';

export type { FileResult, FormatContext, Formatter } from './types.js';

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
