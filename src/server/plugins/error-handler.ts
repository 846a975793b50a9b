import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { type ErrorCode, errorStatus, RosterError } from '../../contracts/errors.ts';
import { inviteInvalid } from '../../core/invites/find-valid-invite.ts';
import { isDatabaseUnavailable, isDeletedUserReference, isUnstorableText } from '../../db/errors.ts';

const codeForStatus: Partial<Record<number, ErrorCode>> = {
  400: 'VALIDATION_FAILED',
  401: 'UNAUTHENTICATED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  405: 'METHOD_NOT_ALLOWED',
  413: 'PAYLOAD_TOO_LARGE',
  415: 'UNSUPPORTED_MEDIA_TYPE',
  429: 'RATE_LIMITED',
};

// Fastify's own wording for these is aimed at developers of Fastify, not of clients.
const fastifyMessages: Record<string, string> = {
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'Send the request body as JSON (Content-Type: application/json).',
  FST_ERR_CTP_BODY_TOO_LARGE: 'The request body is too large.',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'The request says it carries JSON but the body is empty.',
  FST_ERR_CTP_INVALID_JSON_BODY: 'The request body is not valid JSON.',
};

/** Turns every error into `{ error: { code, message } }`; only real bugs become a 500. */
export function toRosterError(error: FastifyError | RosterError | Error): RosterError {
  if (error instanceof RosterError) return error;
  if (hasZodFastifySchemaValidationErrors(error)) {
    const first = error.validation[0];
    const where =
      error.validationContext === 'querystring' ? 'query' : (error.validationContext ?? 'request');
    const field = first?.instancePath ? first.instancePath.slice(1).replaceAll('/', '.') : '';
    const message = first?.message ?? 'is not valid';
    return new RosterError(
      'VALIDATION_FAILED',
      `Invalid ${where}${field ? ` field "${field}"` : ''}: ${message}`,
    );
  }
  if (isUnstorableText(error)) {
    return new RosterError(
      'VALIDATION_FAILED',
      'The request holds a character that cannot be stored (a NUL byte).',
    );
  }
  if (isDeletedUserReference(error)) {
    return new RosterError('UNAUTHENTICATED', 'Your account no longer exists; sign in again.');
  }
  if (isDatabaseUnavailable(error)) {
    return new RosterError(
      'DATABASE_UNAVAILABLE',
      'The database is unavailable right now; try again in a few seconds.',
    );
  }
  const status = (error as FastifyError).statusCode;
  const code = status ? codeForStatus[status] : undefined;
  if (code) {
    const fastifyCode = (error as FastifyError).code;
    const message = (fastifyCode && fastifyMessages[fastifyCode]) || error.message;
    if (fastifyCode?.startsWith('FST_ERR_CTP_INVALID_JSON') || (/JSON/.test(message) && status === 400)) {
      return new RosterError('VALIDATION_FAILED', fastifyMessages.FST_ERR_CTP_INVALID_JSON_BODY!);
    }
    return new RosterError(code, message);
  }
  return new RosterError('INTERNAL_ERROR', 'Something went wrong on our side; it has been logged.');
}

/**
 * Fastify's router refuses some URLs before any route or error handler runs: a broken
 * %-escape (FST_ERR_BAD_URL) or a segment over maxParamLength (FST_ERR_MAX_PARAM_LENGTH).
 * Give to Fastify as `frameworkErrors` so these get the error shape too, and an invite URL
 * the same INVITE_INVALID as every other malformed link.
 */
export function answerFrameworkError(error: FastifyError, request: FastifyRequest, reply: FastifyReply) {
  const malformedUrl = error.code === 'FST_ERR_BAD_URL' || error.code === 'FST_ERR_MAX_PARAM_LENGTH';
  const rosterError = !malformedUrl
    ? toRosterError(error)
    : request.url.startsWith('/api/v1/invites/')
      ? inviteInvalid()
      : new RosterError(
          'VALIDATION_FAILED',
          'The URL is malformed: a path segment is badly escaped or too long.',
        );
  if (rosterError.code === 'INTERNAL_ERROR') request.log.error({ err: error }, 'unhandled framework error');
  return reply.status(rosterError.status).send(rosterError.toBody());
}

export function registerErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const rosterError = toRosterError(error);
    if (rosterError.code === 'INTERNAL_ERROR') request.log.error({ err: error }, 'unhandled error');
    if (rosterError.code === 'DATABASE_UNAVAILABLE') {
      request.log.warn({ err: error }, 'database unavailable');
      reply.header('retry-after', '5');
    }
    if (
      rosterError.code === 'BILLING_PROVIDER_UNAVAILABLE' ||
      rosterError.code === 'BILLING_PROVIDER_ERROR'
    ) {
      request.log.warn({ err: error }, 'payment provider failed');
      reply.header('retry-after', '30');
    }
    return reply.status(errorStatus[rosterError.code]).send(rosterError.toBody());
  });

  app.setNotFoundHandler((request, reply) => {
    // An invite URL the router could not match (a token over maxParamLength falls through to
    // here) is one more malformed link: the same answer as every other.
    const error = request.url.startsWith('/api/v1/invites/')
      ? inviteInvalid()
      : new RosterError('NOT_FOUND', `There is no ${request.method} ${request.url.split('?')[0]} route.`);
    return reply.status(404).send(error.toBody());
  });
}
