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
