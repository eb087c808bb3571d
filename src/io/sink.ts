import { createWriteStream, type WriteStream } from 'node:fs';
import { forgetTemp, trackTemp } from './temp-files.js';
import { rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { CliError } from './errors.js';

/** Where output goes: standard output, or a file written atomically (temp file + rename). */
export interface Sink {
  write(chunk: string): Promise<void>;
  /** finish: for a file, rename the temp file into place */
  close(): Promise<void>;
  /** give up: for a file, remove the temp file and leave any previous file at the path as it was */
  discard(): Promise<void>;
  /** true once the reader went away (`| head`): stop writing, exit quietly */
  readonly closed: boolean;
}

export function stdoutSink(out: NodeJS.WritableStream): Sink {
  let closed = false;
  out.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE' || e.code === 'ERR_STREAM_DESTROYED') closed = true;
  });
  return {
    get closed() {
      return closed;
    },
    write(chunk) {
      if (closed || !chunk) return Promise.resolve();
      return new Promise((resolve) => {
        const ok = out.write(chunk, (err) => {
          if (err) closed = true;
          if (ok || err) resolve(); // after EPIPE no 'drain' ever comes
        });
        if (!ok) out.once('drain', () => resolve());
      });
    },
    close: () => Promise.resolve(),
    discard: () => Promise.resolve(),
  };
}

/** Writes to a temp file beside `path` and renames it into place on close: readers never see half a file. */
export function fileSink(path: string): Sink {
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.${Date.now()}.tmp`);
  let stream: WriteStream | null = null;
  let failure: Error | null = null;
  const open = () => {
    if (!stream) {
      trackTemp(tmp);
      stream = createWriteStream(tmp, { flags: 'wx' });
      stream.on('error', (e) => (failure = e));
    }
    return stream;
  };
  const removeTemp = async (): Promise<void> => {
    await rm(tmp, { force: true });
    forgetTemp(tmp);
  };
  const fail = (e: Error) => new CliError('E_OUTPUT', { path, reason: (e as NodeJS.ErrnoException).code ?? e.message });
  return {
    closed: false,
    async write(chunk) {
      if (failure) throw fail(failure);
      const s = open();
      await new Promise<void>((resolve, reject) => {
        s.write(chunk, (err) => (err ? reject(fail(err)) : resolve()));
      });
    },
    async close() {
      const s = open();
      await new Promise<void>((resolve, reject) => {
        s.end((err?: Error | null) => (err ? reject(fail(err)) : resolve()));
      }).catch(async (e) => {
        await removeTemp();
        throw e;
      });
      if (failure) {
        await removeTemp();
        throw fail(failure);
      }
      try {
        await rename(tmp, path);
        forgetTemp(tmp);
      } catch (e) {
        await removeTemp();
        throw fail(e as Error);
      }
    },
    async discard() {
      if (!stream) return;
      const s: WriteStream = stream;
      await new Promise<void>((resolve) => s.end(() => resolve()));
      await removeTemp();
    },
  };
}
