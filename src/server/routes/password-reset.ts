import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  acceptedSchema,
  completePasswordResetBody,
  passwordResetBody,
  passwordResetDoneSchema,
} from '../../contracts/account.ts';
import { errorBodySchema, RosterError } from '../../contracts/errors.ts';
import { findAccount } from '../../core/account/account-email.ts';
import { queueAccountMail } from '../../core/account/queue-account-mail.ts';
import { deriveLinkKey } from '../../core/account/sealed-link.ts';
import { authRefusal, withAuthCookies } from '../auth/auth-call.ts';
import { fetchHeaders } from '../auth/mount-auth.ts';
import { accountLimits } from '../plugins/account-limits.ts';
import { answerNoStore } from '../plugins/no-store.ts';

function resetLinkInvalid(): RosterError {
  return new RosterError(
    'RESET_LINK_INVALID',
    "This password reset link doesn't work: it has expired (links work for an hour), it was used already, or it was not copied in full. Ask for a new one.",
  );
}

/**
 * "Forgot password?": a mail with a single-use link, then a new password that ends every
 * session. The request's answer is the same whether or not an account has the address.
 */
export const passwordResetRoutes: FastifyPluginAsyncZod = async (app) => {
  const { auth, config, db } = app.roster;
  const limits = accountLimits(app);
  const key = deriveLinkKey(config.secret);
  const tags = ['account'];
  answerNoStore(app);

  app.post(
    '/api/v1/password-reset',
    {
      schema: {
        tags,
        summary:
          'Send a link to choose a new password; the same answer whether or not an account uses the address',
        security: [],
        body: passwordResetBody,
        response: { 202: acceptedSchema, '4xx': errorBodySchema },
      },
    },
    async (request, reply) => {
      const { email } = request.body;
      // Counted per address whether or not it has an account, so the limit tells nothing either.
      await limits.mail(request, reply, { emails: [email] });
      await auth.api.requestPasswordReset({ body: { email }, headers: fetchHeaders(request) });
      return reply.status(202).send({
        message: `If an account uses ${email}, we sent it a link to choose a new password. The link works once, for an hour.`,
      });
    },
  );

  app.post(
    '/api/v1/password-reset/complete',
    {
      schema: {
        tags,
        summary: 'Set a new password with the link from the mail; every session ends and this one signs in',
        description:
          'An expired, used or forged link is RESET_LINK_INVALID, changes nothing and counts towards the bad-token limit.',
        security: [],
        body: completePasswordResetBody,
        response: { 200: passwordResetDoneSchema, '4xx': errorBodySchema },
      },
    },
    async (request, reply) => {
      const { token, newPassword } = request.body;
      const countBad = await limits.links(request, reply);
      // Whose link it is, read before better-auth spends it, to sign that person in after.
      const context = await auth.$context;
      const link = await context.internalAdapter.findVerificationValue(`reset-password:${token}`);
      const person = link && link.expiresAt > new Date() ? await findAccount(db, link.value) : undefined;
      if (!person) {
        await countBad();
        throw resetLinkInvalid();
      }
      try {
        await auth.api.resetPassword({ body: { token, newPassword }, headers: fetchHeaders(request) });
      } catch (error) {
        if (!authRefusal(error)) throw error;
        await countBad();
        throw resetLinkInvalid();
      }
      await queueAccountMail(db, key, {
        template: 'password_changed',
        to: person.email,
        recipientName: person.name,
        link: `${config.baseUrl}/forgot-password`,
      });
      await withAuthCookies(
        reply,
        auth.api.signInEmail({
          body: { email: person.email, password: newPassword },
          headers: fetchHeaders(request),
          returnHeaders: true,
        }),
      );
      return { email: person.email };
    },
  );
};
