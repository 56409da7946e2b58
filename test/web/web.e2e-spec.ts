import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Workbook } from 'exceljs';
import type { AddressInfo } from 'node:net';
import type { Browser, Page } from 'playwright-core';
import { startTestApp, type TestApp } from '../support/test-app';
import { ARTIFACTS, choose, launchBrowser, openContext, PHONE, screenshot, signIn } from './support/browser';
import { seedScenario, type Scenario } from './support/scenario';
import { ensureWebBuilt } from './support/web-build';

jest.setTimeout(120_000);

const OPENAPI_SNAPSHOT = join(__dirname, '..', '..', 'apps', 'web', 'src', 'api', 'openapi.json');
interface Operation {
  parameters?: { name: string; in: string; required?: boolean; schema?: unknown }[];
  requestBody?: unknown;
}
interface OpenApi {
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, unknown> };
}
/**
 * What the web app's typed client relies on: the parameters and the body an operation takes, and
 * which fields each body has and requires. Not the value types: @nestjs/swagger reads them from
 * decorator metadata, which tsc (the API's build) and swc (Jest) emit differently.
 */
const requestOf = (op: Operation) => ({
  parameters: (op.parameters ?? []).map((p) => `${p.in}:${p.name}:${!!p.required}`).sort(),
  body: JSON.stringify(op.requestBody ?? null).match(/#\/components\/schemas\/\w+/g),
});
const fieldsOf = (schema: unknown) => {
  const s = (schema ?? {}) as { properties?: object; required?: string[] };
  return { fields: Object.keys(s.properties ?? {}).sort(), required: [...(s.required ?? [])].sort() };
};

// The seed report as shipped with the demo data (a copy of ../shared/seeds/000_0d62c67636604045.txt).
const SEED = join(__dirname, '..', '..', 'scripts', 'demo', 'data', '000_0d62c67636604045.txt');

describe('the web app, in headless Chromium against the real API', () => {
  let t: TestApp;
  let s: Scenario;
  let browser: Browser;
  let baseUrl: string;

  beforeAll(async () => {
    ensureWebBuilt();
    t = await startTestApp();
    s = await seedScenario(t);
    await t.app.listen(0, '127.0.0.1');
    baseUrl = `http://127.0.0.1:${(t.app.getHttpServer().address() as AddressInfo).port}`;
    browser = await launchBrowser();
  }, 240_000);
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  const open = async (device?: typeof PHONE) => (await openContext(browser, baseUrl, device)).newPage();

  it('serves the app at / with a fallback for its routes, and leaves /api and /health alone', async () => {
    const home = await fetch(`${baseUrl}/tasks/some-link`);
    expect(home.status).toBe(200);
    expect(await home.text()).toContain('<div id="root">');
    const api = await fetch(`${baseUrl}/api/no-such-thing`);
    expect(api.status).toBe(404);
    expect(((await api.json()) as { code: string }).code).toBe('NOT_FOUND');
    expect((await fetch(`${baseUrl}/health`)).headers.get('content-type')).toContain('application/json');
  });

  it('calls the API as its OpenAPI document describes it today (else: regenerate the client types)', async () => {
    const live = (await (await fetch(`${baseUrl}/docs-json`)).json()) as OpenApi;
    const snapshot = JSON.parse(readFileSync(OPENAPI_SNAPSHOT, 'utf8')) as OpenApi;
    const drift: string[] = [];
    for (const [path, methods] of Object.entries(snapshot.paths)) {
      for (const [method, op] of Object.entries(methods)) {
        const now = live.paths[path]?.[method];
        if (!now) drift.push(`${method.toUpperCase()} ${path} is gone`);
        else if (JSON.stringify(requestOf(now)) !== JSON.stringify(requestOf(op)))
          drift.push(`${method.toUpperCase()} ${path} takes other parameters or body`);
      }
    }
    for (const [name, schema] of Object.entries(snapshot.components.schemas)) {
      if (JSON.stringify(fieldsOf(live.components.schemas[name])) !== JSON.stringify(fieldsOf(schema)))
        drift.push(`schema ${name} has other fields`);
    }
    // Fix: start the API, `npm run api-snapshot --workspace apps/web && npm run api-types --workspace apps/web`.
    mkdirSync(ARTIFACTS, { recursive: true });
    if (drift.length) writeFileSync(join(ARTIFACTS, 'openapi-live.json'), JSON.stringify(live, null, 2));
    expect(drift).toEqual([]);
  });

  it('signs in in Vietnamese by default and switches to English', async () => {
    const page = await open();
    await page.goto('/');
    await page.getByRole('button', { name: 'Đăng nhập' }).waitFor();
    await screenshot(page, '01-login');
    await page.getByText('EN', { exact: true }).click();
    await page.getByRole('button', { name: 'Sign in' }).waitFor();
    await page.getByText('VI', { exact: true }).click();
    await page.getByLabel('Tên đăng nhập').fill('chutich');
    await page.getByLabel('Mật khẩu').fill('wrong password');
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await page.getByText('Tên đăng nhập hoặc mật khẩu không đúng.').waitFor();
    await page.context().close();
  });

  it('lets the leader review the overdue list by unit and download it as .xlsx', async () => {
    const page = await open();
    await signIn(page, 'chutich');
    expect(new URL(page.url()).pathname).toBe('/overdue');
    await page.getByRole('heading', { name: 'Danh sách nhiệm vụ quá hạn' }).waitFor();
    const finance = page.locator('.unit-group', { hasText: 'Phòng Tài chính - Kế hoạch (1)' });
    const row = finance.locator('tr', { hasText: s.overdueTitle });
    await row.waitFor();
    // Due Tuesday 10/12/2024, seen on Friday 20/12/2024: eight working days overdue.
    expect(await row.innerText()).toMatch(/8[\s\S]*10\/12\/2024/);
    expect(await row.innerText()).toContain('Đã làm việc với Chi cục Thuế');
    await page.locator('.unit-group', { hasText: 'Xã Sơn Kim 1 (1)' }).waitFor();
    await screenshot(page, '02-leader-overdue');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Xuất Excel' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
    const file = join(ARTIFACTS, 'overdue.xlsx');
    await download.saveAs(file);
    const book = new Workbook();
    await book.xlsx.load(readFileSync(file) as unknown as ArrayBuffer);
    const lines: string[] = [];
    book.worksheets[0].eachRow((r) =>
      lines.push(
        (r.values as unknown[])
          .filter((v) => v !== null && v !== undefined)
          .map(String)
          .join(' | '),
      ),
    );
    const line = lines.find((l) => l.includes(s.overdueTitle));
    expect(line).toBeDefined();
    expect(line).toContain('Phòng Tài chính - Kế hoạch');
    expect(line).toMatch(/\b8\b/);

    await row.getByRole('link', { name: s.overdueTitle }).click();
    await page.getByText('Lịch sử xử lý').waitFor();
    await page.getByText('Đã làm việc với Chi cục Thuế, đang tổng hợp số liệu').first().waitFor();
    await page.context().close();
  });

  it('shows the leader the unit ranking with the 2×2 grid, and a directive across its tasks', async () => {
    const page = await open();
    await signIn(page, 'chutich', '/scorecard?from=2024-12-01&to=2024-12-31');
    const agriculture = page.locator('tr', { hasText: 'Phòng Nông nghiệp và Môi trường' });
    await agriculture.waitFor();
    expect(await agriculture.innerText()).toContain('100%');
    expect(await page.locator('tr', { hasText: 'Phòng Tài chính - Kế hoạch' }).innerText()).toContain('0%');
    await screenshot(page, '03-leader-scorecard');
    await page.goto(`/directives/${s.directiveId}`);
    await page.getByText('Tiến độ thực hiện văn bản').waitFor();
    await page.getByText('Xã Sơn Tây').waitFor();
    await screenshot(page, '04-directive-progress');
    await page.context().close();
  });

  it('lets the office paste a conclusion notice, fix a draft and create the tasks', async () => {
    const page = await open();
    await signIn(page, 'vanphong', '/directives/new');
    // A number the organisation already used: the server's refusal shows next to the field.
    await page.getByLabel('Số hiệu').fill('215/TB-UBND');
    await page.getByLabel('Trích yếu').fill('Kết luận cuộc họp soát xét nhiệm vụ kinh tế - xã hội năm 2024');
    await page.getByLabel('Ngày họp').fill('22/11/2024');
    await page.getByLabel('Ngày họp').press('Enter');
    await page.getByLabel('Dán nội dung thông báo kết luận').fill(readFileSync(SEED, 'utf8'));
    await page.getByRole('button', { name: 'Tách nhiệm vụ' }).click();
    await page.getByText(/Dự thảo nhiệm vụ \(\d+\)/).waitFor();

    const cards = page.getByTestId('draft-card');
    const extracted = await cards.count();
    if (extracted === 0) {
      // Without POST /api/directives/extract (another issue's), the office drafts by hand on the same screen.
      console.warn('POST /api/directives/extract answered no drafts: drafting by hand');
      await page.getByRole('button', { name: /Thêm nhiệm vụ/ }).click();
    } else {
      // The source pane marks each draft's clause in the pasted text.
      expect(await page.getByTestId('source-pane').locator('mark').count()).toBeGreaterThan(0);
    }

    // A clause the text names no lead unit for cannot become a task as it is: checked before sending.
    const leadless = cards.filter({ has: page.getByText('Chưa xác định đơn vị chủ trì') });
    if (await leadless.count()) {
      await page.getByRole('button', { name: /Xác nhận, tạo \d+ nhiệm vụ/ }).click();
      await leadless.first().getByText('Chọn đơn vị chủ trì').waitFor();
      await choose(leadless.first(), 'Chủ trì (đơn vị hoặc nhóm)', 'Nhóm: các xã, thị trấn');
      while (await leadless.count()) await leadless.first().getByRole('button', { name: 'Bỏ' }).click();
    }
    const first = cards.first();
    await first
      .getByLabel('Nội dung nhiệm vụ')
      .fill('Đẩy mạnh tích tụ ruộng đất, sớm giao đất cho người dân sản xuất');
    await first.getByLabel('Thời hạn').fill('28/02/2025');
    await first.getByLabel('Thời hạn').press('Enter');
    await screenshot(page, '05-office-review-drafts');

    await page.getByRole('button', { name: /Xác nhận, tạo \d+ nhiệm vụ/ }).click();
    await page
      .locator('.ant-form-item', { hasText: 'Số hiệu' })
      .getByText('already has a directive numbered')
      .waitFor();
    await page.getByLabel('Số hiệu').fill('216/TB-UBND');
    await page.getByRole('button', { name: /Xác nhận, tạo \d+ nhiệm vụ/ }).click();
    await page.waitForURL(/\/directives\/[0-9a-f-]{36}$/);
    await page.getByText('Đẩy mạnh tích tụ ruộng đất, sớm giao đất cho người dân sản xuất').first().waitFor();
    await page.getByRole('link', { name: 'Xã Sơn Tây' }).first().waitFor();
    expect(await page.getByText('28/02/2025').count()).toBeGreaterThan(0);
    await page.context().close();
  });

  it('lets a unit head on a phone find a task, report progress and then completion', async () => {
    const page = await open(PHONE);
    await signIn(page, 'tckh.truongphong');
    expect(new URL(page.url()).pathname).toBe('/tasks');
    await page.getByRole('link', { name: s.financeTitle }).waitFor();
    const overdueRow = page.locator('tr', { hasText: s.overdueTitle });
    await overdueRow.locator('[data-timeliness="overdue"]').waitFor();
    expect(await noHorizontalScroll(page)).toBe(true);
    await screenshot(page, '06-unit-phone-tasks');

    await page.getByLabel('Tìm kiếm').fill('giai ngan von dau tu');
    await page.getByLabel('Tìm kiếm').press('Enter');
    await page.locator('tr', { hasText: s.overdueTitle }).waitFor({ state: 'detached' });
    await page.getByRole('link', { name: s.financeTitle }).click();

    await page.getByRole('heading', { name: s.financeTitle }).waitFor();
    // Checked before sending: a progress report says what was done.
    await page.getByRole('button', { name: 'Báo cáo tiến độ' }).click();
    await page.getByText('Vui lòng nhập nội dung báo cáo').waitFor();
    await page.getByLabel('Nội dung báo cáo').fill('Đã giải ngân 60% kế hoạch vốn');
    await page.getByLabel('Phần trăm hoàn thành').fill('60');
    await page.getByRole('button', { name: 'Báo cáo tiến độ' }).click();
    await page.locator('.ant-timeline').getByText('Đã giải ngân 60% kế hoạch vốn').waitFor();
    await page.locator('[data-state="in_progress"]').waitFor();

    await page.locator('.mode-switch').getByText('Báo cáo hoàn thành').click();
    await page.getByLabel('Nội dung báo cáo').fill('Đã giải ngân 100% kế hoạch vốn được giao');
    await page.getByRole('button', { name: 'Báo cáo hoàn thành' }).click();
    await page.locator('[data-state="awaiting_confirmation"]').waitFor();
    expect(await noHorizontalScroll(page)).toBe(true);
    await screenshot(page, '07-unit-phone-task');
    await page.context().close();
  });

  it('lets the office confirm the reported completion', async () => {
    const page = await open();
    await signIn(page, 'vanphong');
    expect(new URL(page.url()).pathname).toBe('/inbox');
    const row = page.locator('tr', { hasText: s.financeTitle });
    await row.waitFor();
    expect(await row.innerText()).toContain('Đã giải ngân 100% kế hoạch vốn được giao');
    await screenshot(page, '08-office-inbox');
    await row.getByRole('button', { name: 'Xác nhận hoàn thành' }).click();
    await row.waitFor({ state: 'detached' });
    await page.goto(`/tasks/${s.financeTaskId}`);
    await page.locator('[data-state="done"]').waitFor();
    await page.locator('[data-timeliness="done_on_time"]').waitFor();
    await page.context().close();
  });

  it("keeps another unit's task out of a unit head's sight, and finds text without diacritics", async () => {
    const page = await open(PHONE);
    await signIn(page, 'sonkim.chutich');
    await page.getByRole('link', { name: 'Đẩy mạnh tích tụ ruộng đất' }).first().waitFor();
    expect(await page.getByText(s.financeTitle).count()).toBe(0);
    await page.getByLabel('Tìm kiếm').fill('tich tu ruong dat');
    await page.getByLabel('Tìm kiếm').press('Enter');
    await page.getByRole('link', { name: 'Đẩy mạnh tích tụ ruộng đất' }).first().waitFor();

    await page.goto(`/tasks/${s.financeTaskId}`);
    await page.getByText('Nhiệm vụ không tồn tại hoặc bạn không có quyền xem.').waitFor();
    await screenshot(page, '09-unit-not-visible');
    await page.context().close();
  });

  it('tells a person whose edit is stale that someone else changed the task, and what changed', async () => {
    const context = await openContext(browser, baseUrl);
    const first = await context.newPage();
    await signIn(first, 'tckh.truongphong', `/tasks/${s.overdueTaskId}`);
    const second = await context.newPage();
    await second.goto(`/tasks/${s.overdueTaskId}`);
    await second.getByLabel('Nội dung báo cáo').waitFor();

    await first.getByLabel('Nội dung báo cáo').waitFor();
    await first.getByLabel('Nội dung báo cáo').fill('Chi cục Thuế đã gửi số liệu thu');
    await first.getByRole('button', { name: 'Báo cáo tiến độ' }).click();
    await first.locator('.ant-timeline').getByText('Chi cục Thuế đã gửi số liệu thu').waitFor();

    await second.getByLabel('Nội dung báo cáo').fill('Báo cáo từ tab cũ');
    await second.getByRole('button', { name: 'Báo cáo tiến độ' }).click();
    const notice = second.locator('.conflict-notice');
    await notice.getByText('Người khác vừa cập nhật nhiệm vụ này').waitFor();
    await notice.getByText('Chi cục Thuế đã gửi số liệu thu').waitFor();
    await screenshot(second, '10-stale-edit');
    // Sending again, now on the current version, goes through.
    await second.getByRole('button', { name: 'Báo cáo tiến độ' }).click();
    await second.locator('.ant-timeline').getByText('Báo cáo từ tab cũ').waitFor();
    await context.close();
  });

  it('lets a unit ask for an extension and the office approve it, keeping the original deadline', async () => {
    const unit = await open(PHONE);
    await signIn(unit, 'tckh.truongphong', `/tasks/${s.extensionTaskId}`);
    await unit.locator('.mode-switch').getByText('Đề nghị gia hạn').click();
    await unit.getByLabel('Đề nghị gia hạn đến').fill('24/01/2025');
    await unit.getByLabel('Đề nghị gia hạn đến').press('Enter');
    await unit.getByLabel('Lý do').fill('Chờ số liệu quyết toán của Kho bạc');
    await unit.getByRole('button', { name: 'Đề nghị gia hạn' }).click();
    await unit.locator('.extension-item').getByText('Chờ quyết định').waitFor();
    await unit.context().close();

    const office = await open();
    await signIn(office, 'vanphong', '/inbox?tab=extensions');
    const request = office.getByTestId('extension-request').filter({ hasText: s.extensionTitle });
    await request.getByText('Chờ số liệu quyết toán của Kho bạc').waitFor();
    expect(await request.innerText()).toMatch(/10\/01\/2025 → 24\/01\/2025/);
    await screenshot(office, '11-office-extensions');
    await request.getByRole('button', { name: 'Đồng ý gia hạn' }).click();
    await request.waitFor({ state: 'detached' });
    await office.goto(`/tasks/${s.extensionTaskId}`);
    const summary = office.locator('.ant-descriptions');
    await summary.getByText('24/01/2025').first().waitFor();
    expect(await summary.innerText()).toMatch(/Hạn ban đầu\s*:?\s*10\/01\/2025/);
    await office.context().close();
  });

  it('shows the other screens in Vietnamese, fitting the page: directives, reminders, settings, administration', async () => {
    const office = await open();
    await signIn(office, 'vanphong', '/directives');
    await office.getByRole('link', { name: /215\/TB-UBND/ }).waitFor();
    await screenshot(office, '12-directives');
    await office.goto('/deliveries');
    await office.getByRole('heading', { name: 'Nhật ký nhắc việc' }).waitFor();
    await screenshot(office, '13-deliveries');
    await office.goto('/preferences');
    await office.getByText('Kênh nhận nhắc việc').waitFor();
    await screenshot(office, '14-preferences');
    // Digest by email only: saved, and still so after a reload.
    if (await office.getByLabel('Tin nhắn SMS').isChecked()) await office.getByText('Tin nhắn SMS').click();
    await office.getByText('Gộp thành một bản tin mỗi ngày').click();
    await office.getByRole('button', { name: 'Lưu' }).click();
    await office.getByText('Đã lưu').waitFor();
    await office.reload();
    await office.getByText('Kênh nhận nhắc việc').waitFor();
    expect(await office.getByLabel('Tin nhắn SMS').isChecked()).toBe(false);
    expect(await office.getByLabel('Gộp thành một bản tin mỗi ngày').isChecked()).toBe(true);
    await office.goto('/directives/new');
    await office.getByLabel('Dán nội dung thông báo kết luận').waitFor();
    await screenshot(office, '15-new-directive');
    await office.context().close();

    const admin = await open();
    await signIn(admin, 'admin');
    await admin.getByRole('cell', { name: 'Phòng Tài chính - Kế hoạch' }).waitFor();
    await screenshot(admin, '16-admin-units');
    await admin.goto('/admin/users');
    await admin.getByText('tckh.truongphong').waitFor();
    await admin.getByLabel('Tìm kiếm').fill('le van tai');
    await admin.getByLabel('Tìm kiếm').press('Enter');
    await admin.getByText('tckh.chuyenvien').waitFor({ state: 'detached' });
    await admin.getByText('Lê Văn Tài').waitFor();
    await screenshot(admin, '17-admin-users');
    await admin.goto('/calendar?year=2025');
    await admin.getByText('Thêm ngày').waitFor();
    await screenshot(admin, '18-calendar');
    expect(await noHorizontalScroll(admin)).toBe(true);
    await admin.context().close();
  });
});

/** The page fits the phone's width: nothing pushes it sideways. */
function noHorizontalScroll(page: Page): Promise<boolean> {
  // A string, because this file is compiled without the DOM's types.
  return page.evaluate<boolean>('document.documentElement.scrollWidth <= window.innerWidth + 1');
}
