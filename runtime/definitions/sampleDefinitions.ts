import type { Calendar, Form, Process, Ruleset, Service, Template } from './types';

/**
 * A small but complete set of definitions — one service with its form, process,
 * ruleset, template and calendar — that tests start from and break on purpose.
 */
export function sampleDefinitions() {
  const calendar = sampleCalendar();
  const form: Form = {
    kind: 'form',
    id: 'permit-form',
    version: 1,
    title: { en: 'Permit application' },
    fields: [
      { key: 'applicantName', type: 'text', label: { en: 'Applicant' }, required: true },
      { key: 'iin', type: 'iin', label: { en: 'IIN' }, required: true },
      {
        key: 'address',
        type: 'section',
        label: { en: 'Address' },
        fields: [{ key: 'city', type: 'text', label: { en: 'City' } }],
      },
      { key: 'documentsComplete', type: 'boolean', label: { en: 'All documents attached' } },
    ],
  };
  const ruleset: Ruleset = {
    kind: 'ruleset',
    id: 'permit-rules',
    version: 1,
    title: { en: 'Permit rules' },
    facts: [{ id: 'documentsComplete', type: 'boolean', from: 'data', path: '/documentsComplete' }],
    events: [{ type: 'documents-missing', label: { en: 'Documents missing' } }],
    rules: [
      {
        id: 'incomplete',
        conditions: { all: [{ fact: 'documentsComplete', operator: 'equal', value: false }] },
        event: { type: 'documents-missing' },
      },
    ],
  };
  const process = sampleProcess();
  const template: Template = {
    kind: 'template',
    id: 'permit-letter',
    version: 1,
    title: { en: 'Permit' },
    form: 'permit-form',
    body: { en: '<h1>Permit</h1><p>{{data.applicantName}}, {{data.address.city}}</p>' },
  };
  const service: Service = {
    kind: 'service',
    id: 'permit',
    version: 1,
    title: { en: 'Permit' },
    provider: { en: 'Ministry' },
    recipients: [{ id: 'individual', label: { en: 'Individuals' } }],
    form: 'permit-form',
    calendar: 'test-cal',
    channels: [{ id: 'office', type: 'provider-office', label: { en: 'Office' }, process: 'permit-process' }],
    cost: { free: true },
    documents: [{ id: 'application', label: { en: 'Application' }, required: true }],
    deadlines: [{ id: 'result', label: { en: 'Result' }, amount: 10, unit: 'working-days', from: 'received' }],
    rulesets: ['permit-rules'],
    outputs: [{ id: 'permit', label: { en: 'Permit' }, template: 'permit-letter', on: 'issued' }],
    complaints: [{ id: 'provider', to: { en: 'Head of the provider' }, term: { amount: 5, unit: 'working-days' } }],
  };
  return { calendar, form, ruleset, process, template, service };
}

/** The sample's calendar: three holidays with substitutes, a five-day week with a lunch break. */
function sampleCalendar(): Calendar {
  return {
    kind: 'calendar',
    id: 'test-cal',
    version: 1,
    title: { en: 'Test calendar' },
    timeZone: 'Asia/Almaty',
    law: {
      holidays: [
        {
          id: 'new-year',
          label: { en: 'New Year' },
          dates: ['01-01', '01-02'],
          substitute: true,
          source: { doc: 'kz-holidays-law', para: '3' },
        },
        {
          id: 'nauryz',
          label: { en: 'Nauryz' },
          dates: ['03-21', '03-22', '03-23'],
          substitute: true,
          source: { doc: 'kz-holidays-law', para: '3' },
        },
        {
          id: 'victory-day',
          label: { en: 'Victory Day' },
          dates: ['05-09'],
          substitute: true,
          source: { doc: 'kz-holidays-law', para: '3' },
        },
      ],
      substituteRule: { rule: 'next-working-day-after-holidays', source: { doc: 'kz-holidays-law', para: '5' } },
      dated: [],
      years: [],
    },
    extraHolidays: [],
    transfers: [],
    workWeek: [1, 2, 3, 4, 5],
    workingHours: { start: '09:00', end: '18:30', breaks: [{ start: '13:00', end: '14:30' }] },
    receptionHours: { start: '09:00', end: '17:30' },
    afterHours: 'next-working-day',
    rollCalendarDays: 'next-working-day',
    years: { from: 2024, to: 2028 },
  };
}

/** The sample's process: an automatic completeness check, a clerk's review, issued or refused. */
function sampleProcess(): Process {
  return checkThenReview({
    id: 'permit-process',
    title: 'Permit process',
    check: 'Completeness check',
    refuseOn: 'documents-missing',
  });
}

/**
 * A two-step process the samples and tests share: an automatic check that refuses when a rule fired
 * `refuseOn`, else a clerk's review (two working days) that issues, or refuses with a reason.
 */
export function checkThenReview(given: { id: string; title: string; check: string; refuseOn: string }): Process {
  return {
    kind: 'process',
    id: given.id,
    version: 1,
    title: { en: given.title },
    actors: [
      { id: 'clerk', label: { en: 'Clerk' }, kind: 'staff' },
      { id: 'system', label: { en: 'System' }, kind: 'system' },
    ],
    start: 'check',
    steps: [
      {
        id: 'check',
        type: 'auto',
        actor: 'system',
        label: { en: given.check },
        next: [
          { to: 'refused', when: { all: [{ fact: 'events', operator: 'contains', value: given.refuseOn }] } },
          { to: 'review' },
        ],
      },
      {
        id: 'review',
        type: 'task',
        actor: 'clerk',
        label: { en: 'Review' },
        limit: { amount: 2, unit: 'working-days' },
        actions: [
          { id: 'issue', label: { en: 'Issue' }, to: 'issued' },
          { id: 'refuse', label: { en: 'Refuse' }, to: 'refused', requiresReason: true },
        ],
      },
      { id: 'issued', type: 'end', label: { en: 'Issued' }, outcome: 'issued' },
      { id: 'refused', type: 'end', label: { en: 'Refused' }, outcome: 'refused' },
    ],
  };
}
