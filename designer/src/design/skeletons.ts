import type { Definition } from '../../../runtime/definitions/types';
import type { Kind } from '../../../runtime/definitions/kinds';
import { NATIONAL_CALENDAR_ID } from '../shared/nationalCalendar';

const title = (id: string) => ({ kk: '', ru: '', en: id });

/**
 * The smallest definition of each kind that validate() accepts, for "new".
 * References to other definitions (a service's form, calendar, process) are
 * placeholders the analyst replaces; crossCheck() on publish catches the rest.
 */
export function skeleton(kind: Kind, id: string): Definition {
  switch (kind) {
    case 'form':
      return { kind, id, title: title(id), fields: [] };
    case 'service':
      return {
        kind,
        id,
        title: title(id),
        provider: { en: 'Provider' },
        recipients: [{ id: 'individuals', label: { en: 'Individuals' } }],
        form: id,
        calendar: NATIONAL_CALENDAR_ID,
        channels: [{ id: 'office', type: 'provider-office', label: { en: 'Provider office' }, process: id }],
        cost: { free: true },
        documents: [],
        deadlines: [],
        rulesets: [],
        outputs: [],
        complaints: [],
      };
    case 'process':
      return {
        kind,
        id,
        title: title(id),
        actors: [{ id: 'clerk', label: { en: 'Clerk' }, kind: 'staff' }],
        start: 'receive',
        steps: [
          {
            id: 'receive',
            type: 'task',
            actor: 'clerk',
            label: { en: 'Receive and decide' },
            actions: [
              { id: 'issue', label: { en: 'Issue the result' }, to: 'issued' },
              { id: 'refuse', label: { en: 'Refuse' }, to: 'refused', requiresReason: true },
            ],
          },
          { id: 'issued', type: 'end', label: { en: 'Issued' }, outcome: 'issued' },
          { id: 'refused', type: 'end', label: { en: 'Refused' }, outcome: 'refused' },
        ],
      };
    case 'ruleset':
      return { kind, id, title: title(id), facts: [], events: [], rules: [] };
    case 'checklist':
      return {
        kind,
        id,
        title: title(id),
        items: [{ id: 'q1', question: { en: 'Question' }, answer: 'boolean', favourable: true, weight: 1 }],
        ruleset: id,
        vocabulary: { actions: [], goals: [] },
        roadmap: {
          sections: [{ id: 'main', label: { en: 'Main' } }],
          from: 'decided',
          defaultTerm: { amount: 3, unit: 'months' },
          calendar: NATIONAL_CALENDAR_ID,
        },
      };
    case 'template':
      return { kind, id, title: title(id), body: { en: '<h1>{{title}}</h1>' }, sample: { title: 'Sample' } };
    case 'act':
      return { kind, id, title: title(id), doc: id, paragraphs: [{ id: '1', text: '' }] };
    case 'connector':
      return {
        kind,
        id,
        title: title(id),
        method: 'GET',
        url: 'https://registers.example.kz/individuals/{iin}',
        inputs: [{ name: 'iin', label: { en: 'IIN' }, pattern: '^[0-9]{12}$' }],
        timeoutMs: 3000,
        retries: 2,
        responseSchema: { type: 'object' },
        outputs: [],
      };
    case 'dictionary':
      return { kind, id, title: title(id), options: [{ code: 'a', label: { en: 'Option A' } }] };
    case 'report':
      return reportSkeleton(id, title(id));
    case 'calendar':
      // Only when the national calendar cannot be copied (see newCalendar): its hours and holidays
      // are regulations, cited in definitions/calendars/kz.json, and are not repeated here.
      return {
        kind,
        id,
        title: title(id),
        timeZone: 'UTC',
        extraHolidays: [],
        transfers: [],
        workWeek: [1, 2, 3, 4, 5],
        workingHours: { start: '09:00', end: '18:00' },
        receptionHours: { start: '09:00', end: '18:00' },
        afterHours: 'next-working-day',
        rollCalendarDays: 'next-working-day',
        years: { from: 2024, to: 2030 },
      };
  }
}

/** A copy under a new id, without the version the store gave the original. */
export function duplicate(definition: Definition, id: string): Definition {
  const { version: _version, ...rest } = definition;
  return { ...rest, id } as Definition;
}

/** A new calendar starts as a copy of the national one, under its own id and title. */
export function newCalendar(national: Definition, id: string): Definition {
  return { ...duplicate(national, id), title: title(id) } as Definition;
}

/** The simplest report an analyst starts from: cases per service and status, every case so far. */
function reportSkeleton(id: string, heading: Definition['title']): Definition {
  return {
    kind: 'report',
    id,
    title: heading,
    from: 'cases',
    period: 'all',
    groupBy: ['service', 'status'],
    columns: [
      { key: 'service', label: { kk: 'Қызмет', ru: 'Услуга', en: 'Service' }, value: 'service' },
      { key: 'status', label: { kk: 'Мәртебе', ru: 'Статус', en: 'Status' }, value: 'status' },
      { key: 'count', label: { kk: 'Саны', ru: 'Количество', en: 'Count' }, value: 'count' },
    ],
  };
}
