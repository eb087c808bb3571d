import { open, stat } from 'node:fs/promises';
import { CliError } from './errors.js';

/**
 * The size bound on one input. A news article is 2-50 KB; tagging costs memory in proportion to the
 * text (about 1 GB for a 10 MB document in one process), so 16 MiB is generous for articles and still
 * safe on a small machine. Raise it with --max-bytes.
 */
export const DEFAULT_MAX_BYTES = 16 * 1024 * 1024;

export interface InputText {
  path: string;
  text: string;
  bytes: number;
}

/** Read one file as article text, or throw a CliError that says in one line what is wrong with it. */
export async function readInputFile(path: string, maxBytes = DEFAULT_MAX_BYTES): Promise<InputText> {
  let size: number;
  try {
    const st = await stat(path);
    if (st.isDirectory()) throw new CliError('E_IS_DIRECTORY', { path });
    size = st.size;
  } catch (e) {
    throw fsError(e, path);
  }
  if (size > maxBytes) throw new CliError('E_TOO_LARGE', { path, size, max: maxBytes });
  let buf: Buffer;
  try {
    const fh = await open(path, 'r');
    try {
      buf = await fh.readFile();
    } finally {
      await fh.close();
    }
  } catch (e) {
    throw fsError(e, path);
  }
  if (buf.length > maxBytes) throw new CliError('E_TOO_LARGE', { path, size: buf.length, max: maxBytes });
  return { path, text: decodeText(buf, path), bytes: buf.length };
}

/** Read all of standard input as article text. */
export async function readStdin(stream: NodeJS.ReadableStream, maxBytes = DEFAULT_MAX_BYTES): Promise<InputText> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of stream) {
    const b = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    total += b.length;
    if (total > maxBytes) throw new CliError('E_TOO_LARGE', { path: '-', size: `more than ${maxBytes}`, max: maxBytes });
    chunks.push(b);
  }
  const buf = Buffer.concat(chunks);
  return { path: '-', text: decodeText(buf, '-'), bytes: buf.length };
}

/** Strict UTF-8 decoding with the checks that keep binary and empty files out. The BOM is kept so offsets match. */
export function decodeText(buf: Buffer, path: string): string {
  const probe = buf.subarray(0, 8192);
  if (probe.includes(0)) throw new CliError('E_BINARY', { path });
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(buf);
  } catch {
    throw new CliError('E_NOT_UTF8', { path, offset: firstBadByte(buf) });
  }
  if (!/\S/u.test(text.replace(/\uFEFF/g, ''))) throw new CliError('E_EMPTY', { path });
  return text;
}

/** Offset of the first byte of the first invalid UTF-8 sequence (for the error message). */
export function firstBadByte(buf: Uint8Array): number {
  let i = 0;
  while (i < buf.length) {
    const b = buf[i]!;
    const need = b < 0x80 ? 0 : b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    if (need < 0) return i;
    for (let k = 1; k <= need; k++) {
      const c = buf[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
    }
    i += need + 1;
  }
  return buf.length;
}

function fsError(e: unknown, path: string): CliError {
  if (e instanceof CliError) return e;
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'ENOENT' || code === 'ENOTDIR') return new CliError('E_NOT_FOUND', { path });
  if (code === 'EISDIR') return new CliError('E_IS_DIRECTORY', { path });
  const reason = code === 'EACCES' || code === 'EPERM' ? 'permission denied' : String(code ?? (e as Error).message);
  return new CliError('E_UNREADABLE', { path, reason });
}
