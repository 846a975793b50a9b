import { type ErrorComponentProps, useRouter } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { AppShell } from './app-shell.tsx';
import { ErrorMessage, useTitle } from './status.tsx';

/** A page that failed to render: said in the app's own words, with a retry, inside the shell. */
export function PageError({ error, reset }: ErrorComponentProps): ReactNode {
  const router = useRouter();
  useTitle('Something went wrong');
  return (
    <AppShell>
      <h1>Something went wrong</h1>
      <ErrorMessage
        title="This page could not be shown."
        error={error}
        retry={() => {
          reset();
          void router.invalidate();
        }}
      />
    </AppShell>
  );
}
