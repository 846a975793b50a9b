import { RosterError } from '../../contracts/errors.ts';

/**
 * An opaque keyset cursor: the (time, id) of the last row of the previous page. One codec
 * for every list (members, audit log, notifications). The times are stored with millisecond
 * precision, so they survive the round trip through a JavaScript Date exactly.
 */
export type KeysetCursor = { at: Date; id: string };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function encodeCursor(cursor: KeysetCursor): string {
  return Buffer.from(JSON.stringify([cursor.at.toISOString(), cursor.id])).toString('base64url');
}

/** `uuidIds`: the id column is a uuid, so anything else must be refused before SQL sees it. */
export function decodeCursor(raw: string, options: { uuidIds: boolean }): KeysetCursor {
  try {
    const value: unknown = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8'));
    if (Array.isArray(value) && typeof value[0] === 'string' && typeof value[1] === 'string') {
      const at = new Date(value[0]);
      const idOk = options.uuidIds ? UUID.test(value[1]) : value[1].length > 0 && value[1].length <= 200;
      if (!Number.isNaN(at.getTime()) && idOk) return { at, id: value[1] };
    }
  } catch {
    // fall through to the error below: any undecodable cursor is the caller's mistake
  }
  throw new RosterError('INVALID_CURSOR', 'cursor is not one this server issued; start again without it.');
}
