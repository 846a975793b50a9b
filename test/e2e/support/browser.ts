import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { expect } from 'vitest';
import type { Client } from '../../support/client.ts';

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export const SCREENSHOT_DIR = path.resolve('test-results/screens');
export const DESKTOP = { width: 1280, height: 800 };
export const PHONE = { width: 360, height: 740 };

let shared: Promise<Browser> | undefined;

/**
 * Debian's Chromium, headless: one per worker process, shared by every browser test file
 * the worker runs (vitest.config.ts keeps modules loaded between files), so each file pays
 * for a context, not a browser start. It ends with the worker.
 */
export function launchBrowser(): Promise<Browser> {
  shared ??= chromium
    .launch({
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
    })
    .then((browser) => {
      browser.on('disconnected', () => {
        shared = undefined;
      });
      return browser;
    });
  return shared;
}

/** A file is done with the shared browser: close whatever contexts it left open. */
export async function releaseBrowser(browser: Browser | undefined): Promise<void> {
  await Promise.all((browser?.contexts() ?? []).map((context) => context.close()));
}

/** A fresh browser profile at the server's origin, signed in as `as` when given. */
export async function newContext(browser: Browser, baseURL: string, as?: Client): Promise<BrowserContext> {
  const context = await browser.newContext({ baseURL, viewport: DESKTOP, locale: 'en-US' });
  context.setDefaultTimeout(10_000);
  if (as) {
    await context.addCookies(
      [...as.cookies].map(([name, value]) => ({
        name,
        value,
        url: baseURL,
        httpOnly: true,
        sameSite: 'Lax' as const,
      })),
    );
  }
  return context;
}

/** A page in a fresh profile (signed in as `as` when given), at `path` when given. */
export async function openPage(browser: Browser, baseURL: string, as?: Client, path?: string): Promise<Page> {
  const page = await (await newContext(browser, baseURL, as)).newPage();
  if (path) await page.goto(path);
  return page;
}

/**
 * Checks the screen with axe-core (no serious or critical violations), then saves it at
 * 1280 px and 360 px wide under test-results/screens for a person to look at.
 */
export async function checkScreen(page: Page, name: string): Promise<void> {
  await expectAccessible(page, name);
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const original = page.viewportSize() ?? DESKTOP;
  // With a modal open, what a person sees is the viewport, not the page behind it.
  const fullPage = (await page.locator('dialog[open]').count()) === 0;
  for (const size of [DESKTOP, PHONE]) {
    await page.setViewportSize(size);
    await page.screenshot({ path: path.join(SCREENSHOT_DIR, `${name}-${size.width}.png`), fullPage });
  }
  // Narrow layouts have their own markup paths (cards instead of table rows): check them too.
  await page.setViewportSize(PHONE);
  await expectAccessible(page, `${name} at 360 px`);
  await expectNothingClipped(page, `${name} at 360 px`);
  await expectOneDialogPattern(page, name);
  await page.setViewportSize(original);
}

type AxeResult = {
  violations: { id: string; impact: string | null; help: string; nodes: { target: unknown }[] }[];
};

export async function expectAccessible(page: Page, name: string): Promise<void> {
  // Evaluated through the DevTools protocol, so the page's CSP (script-src 'self') allows it.
  if (!(await page.evaluate('typeof window.axe !== "undefined"'))) await page.evaluate(axeSource);
  const result = (await page.evaluate('axe.run(document, { resultTypes: ["violations"] })')) as AxeResult;
  const serious = result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) => `${v.impact} ${v.id}: ${v.help} — ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`,
    );
  expect(serious, `accessibility of ${name}`).toEqual([]);
}

/**
 * Nothing a person needs is cut off at the viewport's edge (issue 17): the page never
 * scrolls sideways; every tab bar and every button (primary, plain or destructive) lies
 * within the viewport's width, unless it sits in a bar that scrolls inside itself (the
 * tabs); and an open dialog lies wholly within the viewport.
 */
export async function expectNothingClipped(page: Page, name: string): Promise<void> {
  const viewport = page.viewportSize() ?? PHONE;
  const clipped = (await page.evaluate(
    ({ width, height }) => {
      const problems: string[] = [];
      const describe = (el: Element) =>
        `${el.tagName.toLowerCase()} "${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 40)}"`;
      const scrollsInside = (el: Element) => {
        for (let up = el.parentElement; up; up = up.parentElement) {
          const overflow = getComputedStyle(up).overflowX;
          if (overflow === 'auto' || overflow === 'scroll') return up !== document.documentElement;
        }
        return false;
      };
      const check = (el: Element, vertical: boolean) => {
        const box = el.getBoundingClientRect();
        if (box.width === 0 || box.height === 0) return; // not shown
        const top = box.top + window.scrollY;
        const pageHeight = document.documentElement.scrollHeight;
        if (box.left < -0.5 || box.right > width + 0.5)
          problems.push(
            `${describe(el)} spans x ${Math.round(box.left)}–${Math.round(box.right)} of ${width}`,
          );
        if (vertical && (box.top < -0.5 || box.bottom > height + 0.5))
          problems.push(
            `${describe(el)} spans y ${Math.round(box.top)}–${Math.round(box.bottom)} of ${height}`,
          );
        if (!vertical && top + box.height > pageHeight + 0.5)
          problems.push(`${describe(el)} is below the page`);
      };
      const sideways = document.documentElement.scrollWidth - width;
      if (sideways > 0.5) problems.push(`the page scrolls sideways by ${sideways} px`);
      for (const el of document.querySelectorAll('nav.tabs')) check(el, false);
      for (const el of document.querySelectorAll('button, .button')) if (!scrollsInside(el)) check(el, false);
      for (const el of document.querySelectorAll('dialog[open]')) check(el, true);
      return problems;
    },
    { width: viewport.width, height: viewport.height },
  )) as string[];
  expect(clipped, `nothing clipped on ${name}`).toEqual([]);
}

/**
 * Every open dialog follows one pattern (decision 0032): backing out is always "Cancel"
 * and comes first in the row of actions; no "Close", "No" or "Dismiss" beside it. (The ×
 * in the header is the dialog's own close button, labelled "Close", and is not in the row.)
 */
export async function expectOneDialogPattern(page: Page, name: string): Promise<void> {
  const problems = (await page.evaluate(() => {
    const found: string[] = [];
    for (const row of document.querySelectorAll('dialog[open] .dialog-actions')) {
      const words = [...row.querySelectorAll('button, a.button')].map((b) => (b.textContent ?? '').trim());
      const cancel = words.indexOf('Cancel');
      if (cancel > 0) found.push(`Cancel is not first in [${words.join(', ')}]`);
      for (const word of words)
        if (/^(Close|No|Dismiss|Never mind|Go back)$/.test(word))
          found.push(`"${word}" where Cancel is the word for backing out, in [${words.join(', ')}]`);
    }
    return found;
  })) as string[];
  expect(problems, `one dialog pattern on ${name}`).toEqual([]);
}
