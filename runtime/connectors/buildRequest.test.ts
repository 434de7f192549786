import { describe, expect, it } from 'vitest';
import { buildRequest } from './buildRequest';
import { sampleConnector } from './sampleConnector.fixture';

describe('buildRequest()', () => {
  it('fills the URL template from the inputs', () => {
    expect(buildRequest(sampleConnector(), { iin: '900101300011' })).toEqual({
      request: {
        method: 'GET',
        url: 'https://registers.example.kz/people/900101300011',
        headers: { accept: 'application/json' },
      },
      problems: [],
    });
  });

  it('when an input is missing or does not match its pattern, then no request is built and the input is named', () => {
    expect(buildRequest(sampleConnector(), {}).problems).toEqual([{ path: '/iin', message: 'is required' }]);
    expect(buildRequest(sampleConnector(), { iin: '12' }).problems).toEqual([
      { path: '/iin', message: 'must match ^[0-9]{12}$' },
    ]);
  });

  it('when an input tries to change the host or the path, then it is percent-encoded into one segment', () => {
    const connector = { ...sampleConnector(), inputs: [{ name: 'iin', label: { en: 'IIN' } }] };
    const { request } = buildRequest(connector, { iin: '@evil.example/../x?y#z' });
    expect(new URL(request!.url).host).toBe('registers.example.kz');
    expect(request!.url).toBe('https://registers.example.kz/people/%40evil.example%2F..%2Fx%3Fy%23z');
  });

  it('fills a POST body and sends it as JSON', () => {
    const connector = {
      ...sampleConnector(),
      method: 'POST',
      url: 'https://registers.example.kz/query',
      body: { who: '{iin}', list: ['{iin}', 3] },
    };
    const { request } = buildRequest(connector, { iin: '900101300011' });
    expect(JSON.parse(request!.body!)).toEqual({ who: '900101300011', list: ['900101300011', 3] });
    expect(request!.headers['content-type']).toBe('application/json');
  });
});
