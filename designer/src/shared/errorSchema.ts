import type { ErrorDetail } from './api';
import { parsePointer } from './pointer';

/** An @rjsf ErrorSchema: nested objects mirroring the data, with `__errors` lists at the leaves. */
export interface ErrorTree {
  __errors?: string[];
  [key: string]: ErrorTree | string[] | undefined;
}

/**
 * Turns the server's 422 details (JSON pointers into the form data) into the
 * ErrorSchema @rjsf shows under each field. "/data/applicant/iin" and
 * "/applicant/iin" both land on applicant.iin.
 */
export function toErrorSchema(details: readonly ErrorDetail[], strip = '/data'): ErrorTree {
  const root: ErrorTree = {};
  for (const { path, message } of details) {
    const pointer = path.startsWith(strip + '/') ? path.slice(strip.length) : path;
    let here = root;
    for (const token of parsePointer(pointer)) {
      here[token] = (here[token] as ErrorTree | undefined) ?? {};
      here = here[token] as ErrorTree;
    }
    here.__errors = [...(here.__errors ?? []), message];
  }
  return root;
}
