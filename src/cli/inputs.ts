import { open } from 'node:fs/promises';
import { CliError } from './errors.ts';

/** The size of each read: large enough that reads cost little. */
const CHUNK_BYTES = 1 << 20;

/** How a file is named in messages: `-` is standard input. */
export function displayName(path: string): string {
  return path === '-' ? '<stdin>' : path;
}

const reasons: Readonly<Record<string, string>> = {
  ENOENT: 'no such file',
  EACCES: 'permission denied',
  EISDIR: 'is a directory',
  ENOTDIR: 'a part of the path is not a directory',
};

/** A file system error as one line that names the file. */
export function fileError(path: string, error: unknown): CliError {
  const code = (error as { code?: string }).code ?? '';
  const reason = reasons[code] ??
    (error instanceof Error ? error.message : String(error));
  return new CliError(`${displayName(path)}: ${reason}`);
}

/**
 * The bytes of a file (or of standard input for `-`) in chunks. One
 * buffer is reused for a file, so a chunk is valid only until the next
 * one is asked for, and memory stays flat whatever the file's size.
 */
export async function* chunksOf(path: string): AsyncGenerator<Uint8Array> {
  if (path === '-') {
    for await (const chunk of process.stdin) yield chunk as Uint8Array;
    return;
  }
  let file;
  try {
    file = await open(path, 'r');
  } catch (error) {
    throw fileError(path, error);
  }
  try {
    const buffer = new Uint8Array(CHUNK_BYTES);
    for (;;) {
      const { bytesRead } = await file.read(buffer, 0, buffer.length, null)
        .catch((error: unknown) => { throw fileError(path, error); });
      if (bytesRead === 0) return;
      yield buffer.subarray(0, bytesRead);
    }
  } finally {
    await file.close();
  }
}

/** The whole text of a small file, or of standard input for `-`. */
export async function readText(path: string): Promise<string> {
  const parts: Uint8Array[] = [];
  for await (const chunk of chunksOf(path)) parts.push(chunk.slice());
  return Buffer.concat(parts).toString('utf8');
}

/** A JSON document read from a file, or a `CliError` that says why not. */
export async function readJson(path: string): Promise<unknown> {
  const text = await readText(path);
  try {
    return JSON.parse(text.replace(/^\ufeff/, ''));
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new CliError(`${displayName(path)}: not JSON: ${message}`);
  }
}
