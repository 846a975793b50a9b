import type { FastifyInstance } from 'fastify';

/** Every answer of this plugin's routes is personal or holds a secret: never cached anywhere. */
export function answerNoStore(app: FastifyInstance): void {
  app.addHook('onSend', async (_request, reply) => {
    reply.header('cache-control', 'no-store');
  });
}
