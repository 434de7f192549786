import type { TSchema } from '@sinclair/typebox';
import { Act } from './act';
import { Calendar } from './calendar';
import { Checklist } from './checklist';
import { Connector } from './connector';
import { Dictionary } from './dictionary';
import { Form } from './form';
import { Process } from './process';
import { Report } from './report';
import { Ruleset } from './ruleset';
import { Service } from './service';
import { Template } from './template';

/** The JSON Schema of each kind of definition: the one source of the types and of every validator. */
export const SCHEMAS = {
  service: Service,
  form: Form,
  process: Process,
  checklist: Checklist,
  calendar: Calendar,
  template: Template,
  ruleset: Ruleset,
  act: Act,
  connector: Connector,
  dictionary: Dictionary,
  report: Report,
} as const satisfies Record<string, TSchema>;

export type Kind = keyof typeof SCHEMAS;
export const KINDS = Object.keys(SCHEMAS) as Kind[];

export function isKind(value: unknown): value is Kind {
  return typeof value === 'string' && Object.hasOwn(SCHEMAS, value);
}
