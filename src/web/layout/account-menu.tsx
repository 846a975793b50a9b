import { useNavigate } from '@tanstack/react-router';
import { useSignOut } from '../auth/session.ts';
import { errorMessage } from '../lib/api.ts';
import { Link } from '../lib/link.tsx';
import { Avatar } from './avatar.tsx';
import { Popover } from './popover.tsx';

type User = { name: string; email: string; image?: string | null | undefined };

/** The person's name in the header opens their account, their notification settings and Sign out. */
export function AccountMenu({ user }: { user: User }) {
  const signOut = useSignOut();
  const navigate = useNavigate();
  return (
    <>
      <Popover
        panelLabel="Your account"
        className="button button-quiet account-button"
        button={
          <>
            <Avatar name={user.name} image={user.image} size={28} />
            <span className="account-name">{user.name}</span>
            <span className="visually-hidden">, account menu</span>
            <span aria-hidden="true" className="chevron">
              ▾
            </span>
          </>
        }
      >
        {(close) => (
          <>
            <p className="popover-caption">
              <strong>{user.name}</strong>
              <span className="muted">{user.email}</span>
            </p>
            <ul className="popover-list">
              <li>
                <Link to="/settings/account" onClick={close}>
                  Account settings
                </Link>
              </li>
              <li>
                <Link to="/settings/notifications" onClick={close}>
                  Notification settings
                </Link>
              </li>
              <li>
                <Link to="/organizations" onClick={close}>
                  My organizations
                </Link>
              </li>
              <li>
                <button
                  type="button"
                  className="link-button"
                  disabled={signOut.isPending}
                  onClick={() =>
                    signOut.mutate(undefined, {
                      onSuccess: () => {
                        close();
                        void navigate({ to: '/sign-in' });
                      },
                    })
                  }
                >
                  Sign out
                </button>
              </li>
            </ul>
          </>
        )}
      </Popover>
      {signOut.isError && (
        <p role="alert" className="banner banner-error header-alert">
          Could not sign out: {errorMessage(signOut.error)}
        </p>
      )}
    </>
  );
}
