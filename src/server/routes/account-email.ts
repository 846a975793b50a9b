import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  acceptedSchema,
  changeEmailBody,
  sendVerificationBody,
  verifyEmailBody,
  verifyEmailResultSchema,
} from '../../contracts/account.ts';
import { errorBodySchema, RosterError } from '../../contracts/errors.ts';
import { findAccount, findAccountByEmail, markEmailVerified } from '../../core/account/account-email.ts';
import { queueAccountMail } from '../../core/account/queue-account-mail.ts';
import { deriveLinkKey } from '../../core/account/sealed-link.ts';
import { isUniqueViolation } from '../../db/errors.ts';
import { authRefusal, withAuthCookies } from '../auth/auth-call.ts';
import { confirmPassword } from '../auth/confirm-password.ts';
import { fetchHeaders } from '../auth/mount-auth.ts';
import { isAddressChange, readVerificationToken } from '../auth/verification-token.ts';
import { accountLimits } from '../plugins/account-limits.ts';
import { answerNoStore } from '../plugins/no-store.ts';
import { requireViewer } from '../plugins/session.ts';

const ACCOUNT_PAGE = '/settings/account';

function linkInvalid(
  why = 'it was not copied in full, or the address it was sent to is no longer the account’s',
): RosterError {
  return new RosterError('VERIFICATION_LINK_INVALID', `This verification link doesn't work: ${why}.`);
}

function linkExpired(): RosterError {
  return new RosterError(
    'VERIFICATION_LINK_EXPIRED',
    'This verification link has expired: links work for 24 hours. Sign in and send yourself a new one.',
  );
}

function emailTaken(email: string): RosterError {
  return new RosterError('EMAIL_TAKEN', `${email} is already the address of another Roster account.`);
}

/** Verifying an address (the first one, or a new one), through better-auth and our outbox. */
export const accountEmailRoutes: FastifyPluginAsyncZod = async (app) => {
  const { auth, config, db } = app.roster;
  const limits = accountLimits(app);
  const key = deriveLinkKey(config.secret);
  const tags = ['account'];
  answerNoStore(app);

  app.post(
    '/api/v1/me/email-verification',
    {
      schema: {
        tags,
        summary: 'Send a new verification link to your address; `next` is where the link returns you',
        body: sendVerificationBody.optional(),
        response: { 202: acceptedSchema, '4xx': errorBodySchema },
      },
    },
    async (request, reply) => {
      const viewer = await requireViewer(request);
      if ((await findAccount(db, viewer.id))?.emailVerified) {
        throw new RosterError('EMAIL_ALREADY_VERIFIED', `${viewer.email} is verified already.`);
      }
      await limits.mail(request, reply, { emails: [viewer.email], userId: viewer.id });
      await auth.api.sendVerificationEmail({
        body: { email: viewer.email, callbackURL: request.body?.next ?? ACCOUNT_PAGE },
        headers: fetchHeaders(request),
      });
      return reply
        .status(202)
        .send({ message: `We sent a new link to ${viewer.email}. It works for 24 hours.` });
    },
  );

  app.post(
    '/api/v1/me/email',
    {
      schema: {
        tags,
        summary:
          'Change your address: a link goes to the new one, which counts once it is opened; 409 if another account has it',
        body: changeEmailBody,
        response: { 202: acceptedSchema, '4xx': errorBodySchema },
      },
    },
    async (request, reply) => {
      const viewer = await requireViewer(request);
      const { newEmail, password } = request.body;
      if (newEmail === viewer.email.toLowerCase()) {
        throw new RosterError('VALIDATION_FAILED', `${newEmail} is your address already.`);
      }
      await confirmPassword(request, reply, { viewer, password, limits });
      // Counted before the lookup, so finding out which addresses have accounts is limited too.
      await limits.mail(request, reply, { emails: [newEmail], userId: viewer.id });
      if (await findAccountByEmail(db, newEmail)) throw emailTaken(newEmail);
      await auth.api.changeEmail({
        body: { newEmail, callbackURL: ACCOUNT_PAGE },
        headers: fetchHeaders(request),
      });
      return reply.status(202).send({
        message: `We sent a link to ${newEmail}. Your address changes once you open it; until then it stays ${viewer.email}.`,
      });
    },
  );

  app.post(
    '/api/v1/email-verification',
    {
      schema: {
        tags,
        summary: 'Open a verification link: verifies the address, or completes a change of address',
        description:
          'The token of the link in the mail. A forged one counts towards the bad-token limit; an expired (410), used (409) or forged (400) link changes nothing.',
        security: [],
        body: verifyEmailBody,
        response: { 200: verifyEmailResultSchema, '4xx': errorBodySchema },
      },
    },
    async (request, reply) => {
      const { token } = request.body;
      const countBad = await limits.links(request, reply);
      const claims = readVerificationToken(config.secret, token);
      if (!claims) {
        await countBad();
        throw linkInvalid();
      }
      if (claims.exp * 1000 <= Date.now()) throw linkExpired();
      const change = isAddressChange(claims);
      const address = (change ? claims.updateTo : claims.email) ?? claims.email;
      const owner =
        change && claims.userId
          ? await findAccount(db, claims.userId)
          : await findAccountByEmail(db, address);
      if (owner?.emailVerified && owner.email === address && (!claims.userId || owner.id === claims.userId)) {
        throw new RosterError(
          'VERIFICATION_LINK_USED',
          `This link was used already: ${address} is verified. Nothing more to do.`,
        );
      }
      try {
        await withAuthCookies(
          reply,
          auth.api.verifyEmail({ query: { token }, headers: fetchHeaders(request), returnHeaders: true }),
        );
      } catch (error) {
        if (isUniqueViolation(error)) throw emailTaken(address);
        const refusal = authRefusal(error);
        if (refusal === 'INVALID_USER')
          throw linkInvalid('it belongs to another account; sign out, then open it again');
        if (refusal === 'TOKEN_EXPIRED') throw linkExpired();
        if (refusal) throw linkInvalid();
        throw error;
      }
      if (change && claims.userId && owner) {
        // Opening the link proved the new mailbox; better-auth kept the old address's flag.
        await markEmailVerified(db, { userId: claims.userId, email: address });
        await queueAccountMail(db, key, {
          template: 'email_changed',
          to: claims.email,
          recipientName: owner.name,
          otherAddress: address,
        });
      }
      return { outcome: change ? ('email_changed' as const) : ('verified' as const), email: address };
    },
  );
};
