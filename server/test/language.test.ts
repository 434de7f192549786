import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { bearer, useTestServer } from './harness';

const server = useTestServer();

const api = () => request(server.app);
const as = (who: 'admin' | 'analyst' | 'staff') => bearer(server.tokens[who]);

async function submitIncomplete(headers: Record<string, string>) {
  const created = await api().post('/api/cases').set(as('staff')).send({ service: 'licence', channel: 'office' });
  return api()
    .post(`/api/cases/${created.body.id as string}/submit`)
    .set(as('staff'))
    .set(headers)
    .send({ data: { age: -3 } });
}

describe('errors in the language asked', () => {
  it('when Accept-Language asks for Kazakh, then the form errors are Kazakh and code and paths are those of English', async () => {
    const en = await submitIncomplete({});
    const kk = await submitIncomplete({ 'Accept-Language': 'kk-KZ,kk;q=0.9,ru;q=0.5' });
    expect(kk.status).toBe(422);
    expect(kk.headers['content-language']).toBe('kk');
    expect(kk.body.error.code).toBe(en.body.error.code);
    expect(kk.body.error.details.map((d: { path: string }) => d.path)).toEqual(
      en.body.error.details.map((d: { path: string }) => d.path),
    );
    expect(en.body.error.message).toBe('the form data is not valid');
    expect(kk.body.error.message).toBe('Форма қате толтырылған');
    expect(kk.body.error.details).toEqual([
      { path: '/age', message: '«Age» кемінде 0 болуы керек' },
      { path: '/applicantName', message: '«Applicant» толтырылуы керек' },
    ]);
  });

  it('when Russian is asked, then a wrong password is said in Russian with the same code', async () => {
    const res = await api()
      .post('/api/auth/login')
      .set('Accept-Language', 'ru')
      .send({ username: 'nobody-here', password: 'x' });
    expect(res.status).toBe(401);
    expect(res.body.error).toMatchObject({ code: 'BAD_CREDENTIALS', message: 'Неверное имя пользователя или пароль' });
  });

  it('when the body is malformed JSON, then even that early failure is in the language asked', async () => {
    const res = await api()
      .post('/api/auth/login')
      .set('Accept-Language', 'kk')
      .set('Content-Type', 'application/json')
      .send('{"username":');
    expect(res.body.error).toMatchObject({ code: 'MALFORMED_JSON', message: 'Сұрау денесі жарамды JSON емес' });
  });

  it('when a language the server does not speak is asked, then it answers in English', async () => {
    const res = await api().get('/api/cases/none').set(as('staff')).set('Accept-Language', 'de');
    expect(res.body.error.message).toBe('no case "none"');
  });
});

describe('the language a user chose, kept on the server', () => {
  it('when a user never chose, then their preference is null', async () => {
    const res = await api().get('/api/me/preferences').set(as('admin'));
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ lang: null });
  });

  it('when a user chooses Kazakh, then it is remembered and the server answers them in Kazakh without Accept-Language', async () => {
    const put = await api().put('/api/me/preferences').set(as('analyst')).send({ lang: 'kk' });
    expect(put.body).toEqual({ lang: 'kk' });
    expect((await api().get('/api/me/preferences').set(as('analyst'))).body).toEqual({ lang: 'kk' });
    const missing = await api().get('/api/cases/none').set(as('analyst'));
    expect(missing.body.error).toMatchObject({ code: 'NOT_FOUND', message: '«none» ісі жоқ' });
    // Accept-Language, when it names a language of ours, wins over the stored choice
    const asked = await api().get('/api/cases/none').set(as('analyst')).set('Accept-Language', 'ru');
    expect(asked.body.error.message).toBe('Дела «none» нет');
    await api().put('/api/me/preferences').set(as('analyst')).send({ lang: 'ru' });
    expect((await api().get('/api/me/preferences').set(as('analyst'))).body).toEqual({ lang: 'ru' });
  });

  it('when the language is not one of kk, ru, en, then answers 422 at /lang and keeps the old choice', async () => {
    await api().put('/api/me/preferences').set(as('staff')).send({ lang: 'en' });
    const res = await api().put('/api/me/preferences').set(as('staff')).send({ lang: 'de' });
    expect(res.status).toBe(422);
    expect(res.body.error.details.map((d: { path: string }) => d.path)).toContain('/lang');
    expect((await api().get('/api/me/preferences').set(as('staff'))).body).toEqual({ lang: 'en' });
  });

  it('when no one is signed in, then preferences answer 401', async () => {
    expect((await api().get('/api/me/preferences')).status).toBe(401);
    expect((await api().put('/api/me/preferences').send({ lang: 'kk' })).status).toBe(401);
  });
});
