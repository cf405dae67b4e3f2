/**
 * What a note file's bytes are: text in UTF-8, text in another encoding (a GBK export), or not
 * text at all (a binary file with a `.md` name). Plain functions over bytes; TextDecoder exists
 * in every host (Node, browsers, web workers).
 */

/** How much of a file is looked at for NUL bytes (as git and VS Code do). */
const SNIFF_BYTES = 8000;

export type NoteBytes = 'utf8' | 'not-utf8' | 'binary';

/** `binary` when the start of the file holds a NUL byte, `not-utf8` when it does not decode as UTF-8. */
export function classifyBytes(bytes: Uint8Array): NoteBytes {
  if (isBinary(bytes)) return 'binary';
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return 'utf8';
  } catch {
    return 'not-utf8';
  }
}

/** Whether the start of the file holds a NUL byte (cheap: the rest of the file is not decoded). */
export function isBinary(bytes: Uint8Array): boolean {
  const end = Math.min(bytes.length, SNIFF_BYTES);
  for (let i = 0; i < end; i++) if (bytes[i] === 0) return true;
  return false;
}

/** Whether `text` (already decoded) looks like a binary file read as text: a NUL early on (only the start is searched). */
export function looksBinaryText(text: string): boolean {
  return (text.length > SNIFF_BYTES ? text.slice(0, SNIFF_BYTES) : text).includes('\u0000');
}
