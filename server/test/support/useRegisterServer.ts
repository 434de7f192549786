import { afterAll, beforeAll } from 'vitest';
import { startRegisterServer, type RegisterServer } from './registerServer';

/** The test register of a file's tests: started before them (before a test server declared after it), closed after. */
export function useRegisterServer(): RegisterServer {
  let register: RegisterServer | undefined;
  beforeAll(async () => {
    register = await startRegisterServer();
  });
  afterAll(() => register?.close());
  const started = (): RegisterServer => {
    if (!register) throw new Error('the register starts in beforeAll');
    return register;
  };
  return {
    get url() {
      return started().url;
    },
    get requests() {
      return started().requests;
    },
    fault: (mode, options) => started().fault(mode, options),
    close: () => started().close(),
  };
}
