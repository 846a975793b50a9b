import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/test-server.ts';
import { launchBrowser, newContext, releaseBrowser, SCREENSHOT_DIR } from './support/browser.ts';

// The API reference page, as a person opens it: Scalar's bundle, served by Roster itself.
let server: TestServer;
let browser: Browser;

beforeAll(async () => {
  [server, browser] = await Promise.all([startTestServer(), launchBrowser()]);
});

afterAll(async () => {
  await releaseBrowser(browser);
  await server?.close();
});

describe('the API reference in the browser', () => {
  it('renders the operations from /api/openapi.json, loading nothing from another origin', async () => {
    const context = await newContext(browser, server.url);
    const page = await context.newPage();
    const elsewhere: string[] = [];
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (url.protocol.startsWith('http') && url.origin !== server.url) elsewhere.push(request.url());
    });
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));

    await page.goto('/api/docs');
    expect(new URL(page.url()).pathname).toBe('/api/docs/');
    expect(await page.title()).toBe('Roster API reference');
    // The operations are listed by tag; opening the operator tag shows its operations.
    await page.getByText('Start signing in with an identity provider').first().waitFor();
    await page.getByText('operator', { exact: true }).first().click();
    await page.getByText('Does this user have Plus, and from where?').first().waitFor();
    await page.getByText('/api/v1/users/{userId}/entitlements').first().waitFor();
    await page.screenshot({ path: `${SCREENSHOT_DIR}/api-reference.png` });
    expect(elsewhere).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});
