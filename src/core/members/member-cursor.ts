import { RosterError } from '../../contracts/errors.ts';

/** An opaque cursor: the (joinedAt, userId) of the last row of the previous page. */
export type MemberCursor = { joinedAt: Date; userId: string };

export function encodeMemberCursor(cursor: MemberCursor): string {
  return Buffer.from(JSON.stringify([cursor.joinedAt.toISOString(), cursor.userId])).toString('base64url');
}

export function decodeMemberCursor(raw: string): MemberCursor {
  try {
    const value: unknown = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8'));
    if (Array.isArray(value) && typeof value[0] === 'string' && typeof value[1] === 'string') {
      const joinedAt = new Date(value[0]);
      if (!Number.isNaN(joinedAt.getTime())) return { joinedAt, userId: value[1] };
    }
  } catch {
    // fall through to the error below: any undecodable cursor is the caller's mistake
  }
  throw new RosterError('INVALID_CURSOR', 'cursor is not one this server issued; start again without it.');
}
