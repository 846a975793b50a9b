import { existsSync } from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply } from 'fastify';

// The built app loads only its own files; nothing inline, no other origin.
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

const TOKEN_PAGES = new Set(['/sign-in', '/sign-up', '/verify-email', '/reset-password']);

function htmlHeaders(reply: FastifyReply, url: string): void {
  reply.header('content-security-policy', CONTENT_SECURITY_POLICY);
  if (url.startsWith('/join/') || TOKEN_PAGES.has(url)) {
    // The invite page's URL holds the link's secret, and so does the sign-in or sign-up
    // page's `?next=/join/…` on the way there, and the `?token=` of a verification or
    // reset link: no caching, no Referer, no search engines.
    reply.header('cache-control', 'no-store');
    reply.header('referrer-policy', 'no-referrer');
    reply.header('x-robots-tag', 'noindex, nofollow');
  } else {
    // Always revalidate the page so a new build is picked up; its assets carry content hashes.
    reply.header('cache-control', 'no-cache');
  }
}

/**
 * Serves the React app built by `vite build`: its files as they are, and index.html for
 * every other GET outside /api, so a reload on /organizations/… works (SPA fallback).
 * Under /api nothing changes: an unknown route is still the JSON NOT_FOUND error.
 */
export async function registerWebApp(app: FastifyInstance, webRoot: string): Promise<void> {
  if (!existsSync(path.join(webRoot, 'index.html'))) {
    app.log.warn(
      `web app not built (no ${webRoot}/index.html): run \`npx vite build\`; serving the API only`,
    );
    return;
  }
  await app.register(fastifyStatic, {
    root: webRoot,
    wildcard: false,
    index: false,
    schemaHide: true,
    // We set Cache-Control ourselves: hashed assets forever, pages never without revalidation.
    cacheControl: false,
    setHeaders(reply, filePath) {
      if (filePath.includes(`${path.sep}assets${path.sep}`)) {
        reply.header('cache-control', 'public, max-age=31536000, immutable');
      } else if (filePath.endsWith('.html') && !reply.hasHeader('content-security-policy')) {
        // /index.html asked for by name; the fallback route below has set its headers already.
        htmlHeaders(reply, '/');
      }
    },
  });

  app.get('/*', { schema: { hide: true } }, (request, reply) => {
    const url = request.url.split('?')[0]!;
    // API paths keep their JSON 404; a missing hashed asset is a 404, not a page; and /dev/
    // is the server's own (the development mailbox), so where it is off it is simply not there.
    const serverOwned = ['/api', '/dev'].some((prefix) => url === prefix || url.startsWith(`${prefix}/`));
    if (serverOwned || url.startsWith('/assets/')) return reply.callNotFound();
    htmlHeaders(reply, url);
    return reply.sendFile('index.html');
  });
}
