import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  changePasswordBody,
  deleteAccountBody,
  sessionListSchema,
  signedOutSchema,
} from '../../contracts/account.ts';
import { errorBodySchema, RosterError } from '../../contracts/errors.ts';
import { deleteAccount } from '../../core/account/delete-account.ts';
import { listSessions } from '../../core/account/list-sessions.ts';
import { queueAccountMail } from '../../core/account/queue-account-mail.ts';
import { deriveLinkKey } from '../../core/account/sealed-link.ts';
import { authRefusal, withAuthCookies } from '../auth/auth-call.ts';
import { confirmPassword, wrongPassword } from '../auth/confirm-password.ts';
import { fetchHeaders } from '../auth/mount-auth.ts';
import { accountLimits } from '../plugins/account-limits.ts';
import { answerNoStore } from '../plugins/no-store.ts';
import { requireViewer } from '../plugins/session.ts';

const noContent = { 204: z.null().meta({ description: 'Done' }), '4xx': errorBodySchema };

/** Password, sessions and deletion: what keeps the account the person's own. */
export const accountSecurityRoutes: FastifyPluginAsyncZod = async (app) => {
  const { auth, config, db } = app.roster;
  const limits = accountLimits(app);
  const key = deriveLinkKey(config.secret);
  const tags = ['account'];
  answerNoStore(app);

  app.post(
    '/api/v1/me/password',
    {
      schema: {
        tags,
        summary: 'Change your password; other devices are signed out unless signOutOtherDevices is false',
        body: changePasswordBody,
        response: noContent,
      },
    },
    async (request, reply) => {
      const viewer = await requireViewer(request);
      const { currentPassword, newPassword, signOutOtherDevices } = request.body;
      const countWrong = await limits.password(request, reply, viewer.email);
      try {
        // With other devices signed out, this session is replaced too: its new cookie goes back.
        await withAuthCookies(
          reply,
          auth.api.changePassword({
            body: { currentPassword, newPassword, revokeOtherSessions: signOutOtherDevices },
            headers: fetchHeaders(request),
            returnHeaders: true,
          }),
        );
      } catch (error) {
        const refusal = authRefusal(error);
        if (refusal === 'INVALID_PASSWORD') {
          await countWrong();
          throw wrongPassword();
        }
        if (refusal === 'CREDENTIAL_ACCOUNT_NOT_FOUND') {
          throw new RosterError(
            'NO_PASSWORD',
            'Your account signs in through an identity provider and has no password yet. To set one, use "Forgot password?" on the sign-in page.',
          );
        }
        throw error;
      }
      await queueAccountMail(db, key, {
        template: 'password_changed',
        to: viewer.email,
        recipientName: viewer.name,
        link: `${config.baseUrl}/forgot-password`,
      });
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/api/v1/me/sessions',
    {
      schema: {
        tags,
        summary: 'The devices you are signed in on',
        response: { 200: sessionListSchema, '4xx': errorBodySchema },
      },
    },
    async (request) => {
      const viewer = await requireViewer(request);
      return {
        sessions: await listSessions(db, { userId: viewer.id, currentSessionId: viewer.sessionId }),
      };
    },
  );

  app.post(
    '/api/v1/me/sessions/sign-out-others',
    {
      schema: {
        tags,
        summary: 'Sign out every other device; this one stays signed in',
        response: { 200: signedOutSchema, '4xx': errorBodySchema },
      },
    },
    async (request) => {
      const viewer = await requireViewer(request);
      const before = await listSessions(db, { userId: viewer.id, currentSessionId: viewer.sessionId });
      await auth.api.revokeOtherSessions({ headers: fetchHeaders(request) });
      return { signedOut: before.filter((s) => !s.current).length };
    },
  );

  app.delete(
    '/api/v1/me',
    {
      schema: {
        tags,
        summary:
          'Delete your account: refused while you own an organization; every membership ends and its seat is freed',
        body: deleteAccountBody,
        response: noContent,
      },
    },
    async (request, reply) => {
      const viewer = await requireViewer(request);
      await confirmPassword(request, reply, { viewer, password: request.body.password, limits });
      await deleteAccount(db, { userId: viewer.id });
      // The sessions are gone with the account; this only clears the browser's cookies.
      await withAuthCookies(reply, auth.api.signOut({ headers: fetchHeaders(request), returnHeaders: true }));
      return reply.status(204).send(null);
    },
  );
};
