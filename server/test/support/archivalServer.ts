import { licenceDefinitions } from '../fixtures';
import { useTestServer, type TestServer } from '../harness';
import { shippedDefinitions } from '../shippedDefinitions';

/** The test server of a file's tests on the shipped archival reference (beside the licence), on Friday 20 February 2026, 10:00 in Astana. */
export function useArchivalServer(): TestServer {
  return useTestServer(() => ({
    now: '2026-02-20T05:00:00Z',
    definitions: { ...licenceDefinitions(), ...shippedDefinitions('archival-reference') },
  }));
}

/** What an applicant asks the archive for: who, about whom, which years and what information (the request form). */
export const ARCHIVAL_REQUEST = {
  applicantName: 'Сейтқали Айгүл',
  subject: { fullName: 'Сейтқали Айгүл Нұрланқызы' },
  period: '1985–1992',
  requestedInformation: 'Еңбек өтілі туралы',
};
