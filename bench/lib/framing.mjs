// LSP base-protocol framing (Content-Length headers) for a readable stream, linear in the bytes received: the
// chunks of a large message are joined once, when the whole message is there.
export function onMessages(stream, handle) {
  let chunks = [];
  let have = 0;
  let expect = -1; // bytes of header + body of the message being received, once its header is known
  let bodyStart = 0;
  stream.on('data', (chunk) => {
    chunks.push(chunk);
    have += chunk.length;
    for (;;) {
      if (expect < 0) {
        const head = chunks.length === 1 ? chunks[0] : Buffer.concat(chunks, have);
        chunks = [head];
        const sep = head.indexOf('\r\n\r\n');
        if (sep < 0) return;
        const m = /Content-Length:\s*(\d+)/i.exec(head.subarray(0, sep).toString('ascii'));
        if (!m) { chunks = [head.subarray(sep + 4)]; have = chunks[0].length; continue; }
        expect = sep + 4 + Number(m[1]);
        bodyStart = sep + 4;
      }
      if (have < expect) return;
      const all = chunks.length === 1 ? chunks[0] : Buffer.concat(chunks, have);
      const body = all.subarray(bodyStart, expect);
      const rest = all.subarray(expect);
      chunks = rest.length ? [rest] : [];
      have = rest.length;
      expect = -1;
      handle(JSON.parse(body.toString('utf8')));
      if (!have) return;
    }
  });
}

export function frame(msg) {
  const body = Buffer.from(JSON.stringify({ jsonrpc: '2.0', ...msg }), 'utf8');
  return Buffer.concat([Buffer.from(`Content-Length: ${body.length}\r\n\r\n`, 'ascii'), body]);
}
