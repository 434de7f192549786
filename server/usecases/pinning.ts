import type { Transaction } from 'sequelize';
import { calendarFor } from '../../runtime/calendar/index';
import type { DefinitionByKind, Dictionary, Form, Service, Validity } from '../../runtime/definitions/index';
import { dictionaryIds, withDictionaries } from '../../runtime/forms/dictionaries';
import { calendarIds, type DayCounter } from '../../runtime/forms/computed';
import type { Calendar } from '../../runtime/definitions/index';
import { AppError, conflict, invalid, notFound } from '../errors';
import type { Pin, Pins } from '../repositories/cases';
import type { Context } from './context';
import { connectorIdsOf } from '../../runtime/connectors/index';

type PinnedKind = 'service' | 'form' | 'calendar' | 'process' | 'ruleset' | 'template' | 'dictionary' | 'connector';

/** Whether a version is in force on a local date (YYYY-MM-DD); one without validity dates always is. */
export function inForce(validity: Validity | undefined, date: string): boolean {
  if (!validity) return true;
  return (validity.from === undefined || validity.from <= date) && (validity.to === undefined || date <= validity.to);
}

/**
 * The version a case started on `date` is judged by: the latest published one, unless its
 * validity dates exclude the date; then the latest earlier version in force that day.
 */
export async function versionInForce<K extends PinnedKind>(
  ctx: Context,
  kind: K,
  id: string,
  date: string,
  t?: Transaction,
): Promise<{ version: number; definition: DefinitionByKind[K] } | null> {
  const latest = await ctx.store.latest(kind, id, t);
  if (!latest) return null;
  for (let version = latest.version; version >= 1; version--) {
    const definition = version === latest.version ? latest.definition : await ctx.store.at(kind, id, version, t);
    if (definition && inForce(definition.validity, date)) return { version, definition };
  }
  throw conflict(`no published version of ${kind} "${id}" is in force on ${date}`, [
    { path: '/applicationDate', message: `${kind} "${id}" is not in force on ${date}` },
  ]);
}

/** The application date as a local date on the service's calendar; today when not given. */
async function localDate(ctx: Context, service: Service, applicationDate: string | undefined, t?: Transaction) {
  if (applicationDate !== undefined && /^\d{4}-\d{2}-\d{2}$/.test(applicationDate)) return applicationDate;
  const calendar = await ctx.store.latest('calendar', service.calendar, t);
  const instant = applicationDate === undefined ? ctx.now() : new Date(applicationDate);
  if (Number.isNaN(instant.getTime())) {
    throw invalid('applicationDate is not a date', [
      { path: '/applicationDate', message: 'must be a date (YYYY-MM-DD) or a date-time' },
    ]);
  }
  return calendar ? calendarFor(calendar.definition).localDate(instant) : instant.toISOString().slice(0, 10);
}

/** The versions of the service and of everything it uses that a case keeps for its whole life. */
export async function pinInForce(
  ctx: Context,
  serviceId: string,
  applicationDate: string | undefined,
  t?: Transaction,
): Promise<{ pins: Pins; service: Service; applicationDate: string }> {
  const head = await ctx.store.latest('service', serviceId, t);
  if (!head) throw notFound(`no service "${serviceId}"`);
  const date = await localDate(ctx, head.definition, applicationDate, t);
  const chosen = await versionInForce(ctx, 'service', serviceId, date, t);
  if (!chosen) throw notFound(`no service "${serviceId}"`);
  const service = chosen.definition;
  const unique = (ids: string[]) => [...new Set(ids)];
  const pin = (kind: Exclude<PinnedKind, 'service'>) => async (id: string) => {
    const found = await versionInForce(ctx, kind, id, date, t);
    if (!found) throw conflict(`service "${serviceId}" uses ${kind} "${id}", which is not published`);
    return { id, version: found.version } satisfies Pin;
  };
  const extraForms = unique([...(service.forms ?? []), ...(service.survey ? [service.survey] : [])]);
  const formPin = await pin('form')(service.form);
  const extraPins = await Promise.all(extraForms.map(pin('form')));
  // the dictionaries every pinned form names, pinned too: a later edit of a list never changes an older case
  const formsUsed = await Promise.all([formPin, ...extraPins].map((p) => ctx.store.at('form', p.id, p.version, t)));
  const dictionaries = unique(formsUsed.flatMap((f) => (f ? dictionaryIds(f) : [])));
  const rulesets = await Promise.all(unique(service.rulesets).map(pin('ruleset')));
  const rulesetsUsed = await Promise.all(rulesets.map((p) => ctx.store.at('ruleset', p.id, p.version, t)));
  // the connectors too: a connector published later never changes what a case in flight calls
  const connectors: Pin[] = [];
  for (const id of connectorIdsOf(service, formsUsed, rulesetsUsed)) {
    // one not published is skipped, not refused: crossCheck names it, and its call fails on the case as "unavailable"
    const found = await versionInForce(ctx, 'connector', id, date, t).catch(() => null);
    if (found) connectors.push({ id, version: found.version });
  }
  const pins: Pins = {
    service: { id: serviceId, version: chosen.version },
    form: formPin,
    calendar: await pin('calendar')(service.calendar),
    processes: await Promise.all(unique(service.channels.map((c) => c.process)).map(pin('process'))),
    rulesets,
    templates: await Promise.all(unique(service.outputs.map((o) => o.template)).map(pin('template'))),
    ...(extraForms.length ? { forms: extraPins } : {}),
    ...(dictionaries.length ? { dictionaries: await Promise.all(dictionaries.map(pin('dictionary'))) } : {}),
    ...(connectors.length ? { connectors } : {}),
    on: date,
  };
  return { pins, service, applicationDate: date };
}

/**
 * The form with its dictionary choices filled from the versions the case pinned (the latest
 * published for cases started before dictionaries were pinned).
 */
export async function resolveForm(
  ctx: Context,
  form: Form,
  pins: Pick<Pins, 'dictionaries'>,
  t?: Transaction,
): Promise<Form> {
  const ids = dictionaryIds(form);
  if (!ids.length) return form;
  const found = new Map<string, Dictionary>();
  for (const id of ids) {
    const pin = pins.dictionaries?.find((p) => p.id === id);
    const dictionary = pin
      ? await ctx.store.at('dictionary', id, pin.version, t)
      : (await ctx.store.latest('dictionary', id, t))?.definition;
    if (!dictionary) throw new AppError(500, 'INTERNAL', `dictionary "${id}" of form "${form.id}" is missing`);
    found.set(id, dictionary);
  }
  return withDictionaries(form, found);
}

/**
 * The working calendars a form's computed due dates (addWorkingDays) count on: the case's pinned
 * calendar when the form names it, else the version of the named calendar in force on the application
 * date. The same WorkingCalendar the deadlines use, so a due date in the form and a term agree.
 */
export async function dueDateCalendars(
  ctx: Context,
  form: Form,
  pinned: Calendar,
  date: string,
): Promise<(id: string) => DayCounter | undefined> {
  const found = new Map<string, DayCounter>();
  for (const id of calendarIds(form)) {
    const definition = id === pinned.id ? pinned : (await versionInForce(ctx, 'calendar', id, date))?.definition;
    if (definition) found.set(id, calendarFor(definition));
  }
  return (id) => found.get(id);
}
