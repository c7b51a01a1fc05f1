/** How the language server writes its messages over a stream (stdio). */
import type { ContentTypeEncoder } from 'vscode-languageserver/node';

/**
 * JSON in UTF-8, as vscode-jsonrpc's own encoder writes it, but into a buffer sized with `Buffer.byteLength` and
 * filled with `write`: Node 20's `Buffer.from(string)` is about five times slower on a long string with Chinese
 * text, and a 10,000-line draft's diagnostics are some 250 KB on every keystroke.
 */
export const JSON_UTF8_ENCODER: ContentTypeEncoder = {
  name: 'application/json',
  encode(msg) {
    try {
      const json = JSON.stringify(msg);
      const bytes = Buffer.allocUnsafe(Buffer.byteLength(json, 'utf8'));
      bytes.write(json, 0, 'utf8');
      return Promise.resolve(bytes);
    } catch (e) {
      return Promise.reject(e);
    }
  },
};
