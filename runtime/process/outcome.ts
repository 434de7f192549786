import type { OUTCOMES } from '../definitions/process';

export type Outcome = (typeof OUTCOMES)[number];
