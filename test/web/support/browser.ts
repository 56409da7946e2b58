import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Locator, type Page } from 'playwright-core';
import { PASSWORD } from '../../support/org-fixture';

export const ARTIFACTS = join(__dirname, '..', '..', 'artifacts');

/** Debian's Chromium, never a downloaded browser; the flags keep it off this machine's closed network. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

export const DESKTOP = { viewport: { width: 1366, height: 900 } };
/** A mid-range Android phone: what a commune chairman opens the app on. */
export const PHONE = {
  viewport: { width: 390, height: 844 },
  isMobile: true,
  hasTouch: true,
  deviceScaleFactor: 2,
};

export async function openContext(
  browser: Browser,
  baseURL: string,
  device = DESKTOP,
): Promise<BrowserContext> {
  const context = await browser.newContext({
    ...device,
    baseURL,
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
    acceptDownloads: true,
  });
  context.setDefaultTimeout(15_000);
  return context;
}

/** Signs in through the sign-in page, as a person does, and waits for their home screen. */
export async function signIn(page: Page, username: string, path = '/'): Promise<void> {
  await page.goto(`/login?next=${encodeURIComponent(path)}`);
  await page.getByLabel('Tên đăng nhập').fill(username);
  await page.getByLabel('Mật khẩu').fill(PASSWORD);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  // "/" forwards to the role's home screen: wait for that, not the forwarding.
  await page.waitForURL(
    (url) => !url.pathname.startsWith('/login') && (path !== '/' || url.pathname !== '/'),
  );
}

/** A full-page screenshot in test/artifacts/, to look at before calling a screen done. */
export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(ARTIFACTS, { recursive: true });
  await page.waitForLoadState('networkidle');
  // Let the "saved" toasts fade, so they do not hide the page's title.
  await page
    .locator('.ant-message-notice')
    .last()
    .waitFor({ state: 'detached', timeout: 6000 })
    .catch(() => undefined);
  await page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage: true });
}

/** Picks an option of an antd Select, found by its label within `scope`, by typing part of its text. */
export async function choose(scope: Page | Locator, label: string, option: string): Promise<void> {
  const page = 'page' in scope ? scope.page() : scope;
  await scope.getByLabel(label, { exact: true }).click();
  await page.keyboard.type(option);
  await page
    .locator('.ant-select-dropdown:visible .ant-select-item-option')
    .filter({ hasText: option })
    .first()
    .click();
  await page.keyboard.press('Escape');
}
