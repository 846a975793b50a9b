import { useId } from 'react';
import type { PlusStatus } from '../../contracts/plus.ts';
import { Link } from '../lib/link.tsx';
import { useOrganizations } from '../organizations/queries.ts';

/** Where Plus comes from: the person's own subscription, a seat in one organization, or nowhere. */
export function PlusSection({ plus }: { plus: PlusStatus }) {
  const id = useId();
  const organizations = useOrganizations();
  const seatIn = organizations.data?.organizations.find((o) => o.id === plus.organizationId);
  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="section-title">
        Plus
      </h2>
      {plus.source === 'personal' && (
        <p>
          <span className="badge badge-plus">Plus</span> You have Plus of your own. Organizations you join do
          not use one of their seats for you.
        </p>
      )}
      {plus.source === 'organization' && (
        <p>
          <span className="badge badge-plus">Plus</span> You have Plus through a seat in{' '}
          {seatIn ? (
            <Link to="/organizations/$orgId/members" params={{ orgId: seatIn.id }}>
              {seatIn.name}
            </Link>
          ) : (
            'an organization'
          )}
          . If you leave it, or an admin takes the seat back, your Plus ends.
        </p>
      )}
      {plus.source === null && (
        <p>
          <span className="badge badge-none">No Plus</span> Join an organization with free seats, through its
          invite link, to get Plus.
        </p>
      )}
    </section>
  );
}
