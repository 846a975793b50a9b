import { describe, expect, it } from 'vitest';
import { clientKey } from '../src/server/plugins/refusal-limits.ts';

// Limits count per client address; IPv6 clients by their /64, which one household or office
// gets whole and can pick any address in (issue 14, item 2).
describe('the address a limit counts', () => {
  it('keeps IPv4 as it is, also when it arrives IPv4-mapped', () => {
    expect(clientKey('203.0.113.7')).toBe('203.0.113.7');
    expect(clientKey('::ffff:203.0.113.7')).toBe('203.0.113.7');
  });

  it('groups IPv6 by /64, however the address is written', () => {
    const key = clientKey('2001:db8:1:2:3:4:5:6');
    expect(clientKey('2001:db8:1:2::ffff')).toBe(key);
    expect(clientKey('2001:0db8:0001:0002:aaaa:bbbb:cccc:dddd')).toBe(key);
    expect(clientKey('2001:db8:1:3::1')).not.toBe(key);
    expect(clientKey('fe80::1%eth0')).toBe(clientKey('fe80::2'));
  });
});
