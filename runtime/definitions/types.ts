import type { Act } from './act';
import type { Calendar } from './calendar';
import type { Checklist } from './checklist';
import type { Connector } from './connector';
import type { Dictionary } from './dictionary';
import type { Form } from './form';
import type { Process } from './process';
import type { Report } from './report';
import type { Ruleset } from './ruleset';
import type { Service } from './service';
import type { Template } from './template';

export type { Act, Calendar, Checklist, Connector, Dictionary, Form, Process, Report, Ruleset, Service, Template };
export type { ReportColumn, ReportValue } from './report';
export type { DictionaryOption, Money } from './dictionary';
export type { Field, FieldType } from './form';
export type { Step } from './process';
export type { Rule, FactDeclaration } from './ruleset';
export type { ChecklistItem } from './checklist';
export type {
  Condition,
  AllCondition,
  AnyCondition,
  NotCondition,
  FactCondition,
  ConditionReference,
} from './condition';
export type { Deadline, Duration, DurationUnit, LocalizedText, Source, Validity, Periodic } from './common';
export type { Hours } from './calendar';

export type Definition =
  Service | Form | Process | Checklist | Calendar | Template | Ruleset | Act | Connector | Dictionary | Report;

export interface DefinitionByKind {
  service: Service;
  form: Form;
  process: Process;
  checklist: Checklist;
  calendar: Calendar;
  template: Template;
  ruleset: Ruleset;
  act: Act;
  connector: Connector;
  dictionary: Dictionary;
  report: Report;
}

/** One problem found in a definition: where (a JSON pointer into it) and what. */
export interface DefinitionError {
  path: string;
  message: string;
}

/** A problem found across a set of definitions: which definition, then where in it. */
export interface SetError extends DefinitionError {
  kind: string;
  id: string;
}
