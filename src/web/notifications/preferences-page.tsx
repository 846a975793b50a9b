import { type NotificationType, notificationTypes } from '../../contracts/notifications.ts';
import { AppShell } from '../layout/app-shell.tsx';
import { SettingsBreadcrumb } from '../layout/settings-breadcrumb.tsx';
import { ErrorMessage, Loading, useTitle } from '../layout/status.tsx';
import { errorMessage } from '../lib/api.ts';
import { usePreferences, useSetPreference } from './queries.ts';

const describe: Record<NotificationType, string> = {
  welcome: 'Welcome when you join an organization',
  member_joined: 'Someone joined an organization you run',
  last_seat_taken: 'The last Plus seat of an organization you run was taken',
  member_removed: 'You were removed from an organization',
  member_left: 'Someone left an organization you run',
  role_changed: 'Your role changed',
  seat_assigned: 'You were given a Plus seat',
  seat_removed: 'Your Plus seat was removed',
  invite_link_regenerated: 'The invite link of an organization you run was reset',
  seats_changed: 'The number of seats of an organization you run changed',
  seat_requested: 'Someone asked for a seat in a full organization you run',
  seat_request_admitted: 'Your request for a seat was admitted',
  seat_request_declined: 'Your request for a seat was declined',
  seat_request_ended: 'Your request for a seat ended because its invite link changed',
  people_turned_away: 'People could not join an organization you run for lack of seats (at most daily)',
  payment_failed: 'A payment for an organization you own failed',
  subscription_ended: 'The subscription of an organization you belong to ended and its seats were released',
  organization_deleted: 'An organization you belonged to was deleted',
};

type Group = 'run' | 'membership';

/** Which heading a type sits under: what happens in organizations you run, or to you as a member. */
const groupOf: Record<NotificationType, Group> = {
  member_joined: 'run',
  last_seat_taken: 'run',
  member_left: 'run',
  invite_link_regenerated: 'run',
  seats_changed: 'run',
  seat_requested: 'run',
  people_turned_away: 'run',
  payment_failed: 'run',
  welcome: 'membership',
  member_removed: 'membership',
  role_changed: 'membership',
  seat_assigned: 'membership',
  seat_removed: 'membership',
  seat_request_admitted: 'membership',
  seat_request_declined: 'membership',
  seat_request_ended: 'membership',
  subscription_ended: 'membership',
  organization_deleted: 'membership',
};

const groups: { group: Group; title: string; hint: string }[] = [
  {
    group: 'run',
    title: 'Organizations you run',
    hint: 'As the owner or an admin: people joining and leaving, seats and billing.',
  },
  {
    group: 'membership',
    title: 'Your membership',
    hint: 'What happens to you in the organizations you belong to.',
  },
];

/** Per notification type, grouped: shown in the app, sent by e-mail. Saved on each change. */
export function PreferencesPage() {
  useTitle('Notification settings');
  const prefs = usePreferences();
  const set = useSetPreference();
  return (
    <AppShell>
      <SettingsBreadcrumb current="Notification settings" />
      <h1>Notification settings</h1>
      <p className="muted">
        Choose what reaches you in Roster and what also comes by e-mail. Changes are saved at once.
      </p>
      {prefs.isPending && <Loading label="Loading your settings…" />}
      {prefs.isError && (
        <ErrorMessage
          title="Your settings could not be loaded."
          error={prefs.error}
          retry={() => void prefs.refetch()}
        />
      )}
      {prefs.data && (
        <section className="card">
          {groups.map(({ group, title, hint }) => (
            <div key={group} className="prefs-group">
              <h2 id={`prefs-${group}`} className="section-title">
                {title}
              </h2>
              <p className="muted">{hint}</p>
              <table className="prefs-table" aria-labelledby={`prefs-${group}`}>
                <thead>
                  <tr>
                    <th scope="col">Notification</th>
                    <th scope="col">In Roster</th>
                    <th scope="col">E-mail</th>
                  </tr>
                </thead>
                <tbody>
                  {notificationTypes
                    .filter((type) => groupOf[type] === group)
                    .map((type) => (
                      <tr key={type}>
                        <th scope="row">{describe[type]}</th>
                        {(['inApp', 'email'] as const).map((channel) => (
                          <td key={channel}>
                            <input
                              type="checkbox"
                              aria-label={`${describe[type]}: ${channel === 'inApp' ? 'in Roster' : 'by e-mail'}`}
                              checked={prefs.data[type]?.[channel] ?? false}
                              onChange={(e) => set.mutate({ type, channel, on: e.target.checked })}
                            />
                          </td>
                        ))}
                      </tr>
                    ))}
                </tbody>
              </table>
            </div>
          ))}
          <p className="field-hint" role="status">
            {set.isSuccess && 'Saved.'}
          </p>
          {set.isError && (
            <p className="form-error" role="alert">
              {errorMessage(set.error)}
            </p>
          )}
        </section>
      )}
    </AppShell>
  );
}
