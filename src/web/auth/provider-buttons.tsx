import { errorMessage } from '../lib/api.ts';
import { useContinueWithProvider, useIdentityProviders } from './identity-providers.ts';

/**
 * "Continue with {name}" for every configured provider, then an "or" before whatever
 * follows (the password form, the invite's own buttons). Nothing at all without providers.
 */
export function ProviderButtons({ next }: { next: string }) {
  const providers = useIdentityProviders();
  const start = useContinueWithProvider(next);
  const list = providers.data?.providers ?? [];
  if (list.length === 0) return null;
  // After a success the page is leaving: keep every button disabled until it has.
  const leaving = start.isPending || start.isSuccess;
  return (
    <div className="providers">
      {list.map((provider) => (
        <button
          key={provider.id}
          type="button"
          className="button button-large provider-button"
          disabled={leaving}
          onClick={() => start.mutate(provider.id)}
        >
          {leaving && start.variables === provider.id
            ? `Opening ${provider.name}…`
            : `Continue with ${provider.name}`}
        </button>
      ))}
      {start.isError && (
        <p className="form-error" role="alert">
          {errorMessage(start.error)}
        </p>
      )}
      <p className="providers-or" aria-hidden="true">
        or
      </p>
    </div>
  );
}
