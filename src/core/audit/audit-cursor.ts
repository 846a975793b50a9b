import { RosterError } from '../../contracts/errors.ts';

/** An opaque cursor: the (at, id) of the last event of the previous page, newest first. */
export type AuditCursor = { at: Date; id: string };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function encodeAuditCursor(cursor: AuditCursor): string {
  return Buffer.from(JSON.stringify([cursor.at.toISOString(), cursor.id])).toString('base64url');
}

export function decodeAuditCursor(raw: string): AuditCursor {
  try {
    const value: unknown = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8'));
    if (Array.isArray(value) && typeof value[0] === 'string' && typeof value[1] === 'string') {
      const at = new Date(value[0]);
      if (!Number.isNaN(at.getTime()) && UUID.test(value[1])) return { at, id: value[1] };
    }
  } catch {
    // fall through to the error below: any undecodable cursor is the caller's mistake
  }
  throw new RosterError('INVALID_CURSOR', 'cursor is not one this server issued; start again without it.');
}
