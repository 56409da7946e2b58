import type { TestApp } from './test-app';
import { PASSWORD } from './org-fixture';

/** Signs in and answers the bearer header value. */
export async function tokenFor(t: TestApp, username: string): Promise<string> {
  const res = await t.http().post('/api/auth/login').send({ username, password: PASSWORD }).expect(200);
  return `Bearer ${(res.body as { accessToken: string }).accessToken}`;
}
