/** Byte-level line reading for large inputs: nothing but the current line is held. */

/** Lines as bytes, without their "\n" (and "\r"); null for a line longer than maxBytes (dropped as it streams). */
export async function* splitLines(stream: NodeJS.ReadableStream, maxBytes: number): AsyncGenerator<Buffer | null> {
  let parts: Buffer[] = [];
  let size = 0;
  let tooLong = false;
  const flush = (): Buffer | null => {
    const out = tooLong ? null : stripCR(Buffer.concat(parts, size));
    parts = [];
    size = 0;
    tooLong = false;
    return out;
  };
  for await (const chunk of stream) {
    let buf = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    for (let nl = buf.indexOf(10); nl >= 0; nl = buf.indexOf(10)) {
      add(buf.subarray(0, nl));
      yield flush();
      buf = buf.subarray(nl + 1);
    }
    add(buf);
  }
  if (size > 0 || tooLong) yield flush();

  function add(b: Buffer): void {
    if (tooLong || b.length === 0) return;
    if (size + b.length > maxBytes) {
      tooLong = true;
      parts = [];
      return;
    }
    parts.push(b);
    size += b.length;
  }
}

function stripCR(b: Buffer): Buffer {
  return b.length > 0 && b[b.length - 1] === 13 ? b.subarray(0, -1) : b;
}

/** Non-blank lines of a stream, counted byte by byte (nothing kept). */
export async function countLines(stream: NodeJS.ReadableStream): Promise<number> {
  let n = 0;
  let content = false;
  for await (const chunk of stream) {
    for (const b of chunk as Buffer) {
      if (b === 10) {
        if (content) n++;
        content = false;
      } else if (b > 32) content = true;
    }
  }
  return content ? n + 1 : n;
}
