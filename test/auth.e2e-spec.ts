import { createOrgFixture, OrgFixture, PASSWORD } from './support/org-fixture';
import { startTestApp, TestApp } from './support/test-app';
import { tokenFor } from './support/login';

describe('signing in', () => {
  let t: TestApp;
  let org: OrgFixture;

  beforeAll(async () => {
    t = await startTestApp();
    org = await createOrgFixture(t.app);
  });
  afterAll(() => t.close());

  it('answers a token and the user for the right password, whatever the username case', async () => {
    const res = await t
      .http()
      .post('/api/auth/login')
      .send({ username: 'VanPhong', password: PASSWORD })
      .expect(200);
    expect(res.body.accessToken).toEqual(expect.any(String));
    expect(res.body.user).toMatchObject({
      username: 'vanphong',
      role: 'office',
      scopeUnitId: org.units.authority.id,
    });
  });

  it('refuses a wrong password and an unknown user alike', async () => {
    const wrong = await t
      .http()
      .post('/api/auth/login')
      .send({ username: 'vanphong', password: 'nope' })
      .expect(401);
    const unknown = await t
      .http()
      .post('/api/auth/login')
      .send({ username: 'nobody', password: 'nope' })
      .expect(401);
    expect(wrong.body).toEqual({ code: 'AUTH_INVALID_CREDENTIALS', message: 'Wrong username or password.' });
    expect(unknown.body).toEqual(wrong.body);
  });

  it('explains a missing field and refuses unknown ones', async () => {
    const res = await t
      .http()
      .post('/api/auth/login')
      .send({ username: 'vanphong', pasword: 'typo' })
      .expect(400);
    expect(res.body.code).toBe('VALIDATION_FAILED');
    const fields = (res.body.details.fields as { field: string }[]).map((f) => f.field).sort();
    expect(fields).toEqual(['password', 'pasword']);
  });

  it('answers 400, not 500, for a body that is not JSON', async () => {
    const res = await t
      .http()
      .post('/api/auth/login')
      .set('Content-Type', 'application/json')
      .send('{"username":')
      .expect(400);
    expect(res.body.code).toBe('INVALID_JSON');
  });

  it('shows the signed-in user at /api/me and refuses without a token', async () => {
    const auth = await tokenFor(t, 'tckh.truongphong');
    const me = await t.http().get('/api/me').set('Authorization', auth).expect(200);
    expect(me.body).toMatchObject({
      role: 'unit_head',
      unit: { code: 'TCKH' },
      scopeUnitId: org.units.finance.id,
    });
    expect(me.body.passwordHash).toBeUndefined();
    const anon = await t.http().get('/api/me').expect(401);
    expect(anon.body.code).toBe('AUTH_REQUIRED');
    await t.http().get('/api/me').set('Authorization', 'Bearer not-a-token').expect(401);
  });

  it('reports health of the database and Redis without signing in', async () => {
    const res = await t.http().get('/health').expect(200);
    expect(res.body).toEqual({
      status: 'ok',
      checks: { database: { status: 'up' }, redis: { status: 'up' } },
    });
  });

  it('serves the OpenAPI document', async () => {
    const res = await t.http().get('/docs-json').expect(200);
    expect(res.body.paths['/api/auth/login']).toBeDefined();
  });

  it('answers an unknown route with a coded 404', async () => {
    const res = await t.http().get('/api/nothing-here').expect(404);
    expect(res.body.code).toBe('NOT_FOUND');
  });
});
