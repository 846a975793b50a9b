import { RosterError } from '../../contracts/errors.ts';

/** Why this person may not use a domain-restricted link, or null when they may. */
export function domainRestriction(
  allowedDomains: readonly string[],
  joiner: { email: string; emailVerified: boolean },
): 'email_domain_not_allowed' | 'email_not_verified' | null {
  if (allowedDomains.length === 0) return null;
  const domain = joiner.email.slice(joiner.email.lastIndexOf('@') + 1).toLowerCase();
  if (!allowedDomains.includes(domain)) return 'email_domain_not_allowed';
  // A domain proves nothing until the address is verified.
  if (!joiner.emailVerified) return 'email_not_verified';
  return null;
}

/** Refuses a domain-restricted link to this person, with the same words wherever it is used. */
export function refuseByDomain(
  allowedDomains: readonly string[],
  person: { email: string; emailVerified: boolean },
): void {
  const restricted = domainRestriction(allowedDomains, person);
  if (restricted === 'email_domain_not_allowed') {
    throw new RosterError(
      'EMAIL_DOMAIN_NOT_ALLOWED',
      `This invite link only accepts e-mail addresses at ${allowedDomains.join(', ')}; you are signed in as ${person.email}.`,
    );
  }
  if (restricted === 'email_not_verified') {
    throw new RosterError(
      'EMAIL_NOT_VERIFIED',
      `Verify your e-mail address ${person.email} first: this invite link only accepts verified addresses.`,
    );
  }
}
