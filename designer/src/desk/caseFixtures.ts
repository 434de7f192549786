import type { ActionView, CaseView } from './caseTypes';

/**
 * A case as GET /api/cases/:id answers it, for the Desk's tests: every field the contract
 * requires, with what a test names on top. A fixture that drifts from the contract fails to compile.
 */
export function caseViewOf(given: Omit<Partial<CaseView>, 'pins'> & { pins?: Partial<CaseView['pins']> }): CaseView {
  const pin = { id: 'x', version: 1 };
  const { pins, ...rest } = given;
  return {
    id: 'c1',
    service: 'svc',
    serviceVersion: 1,
    channel: 'psc',
    status: 'in-progress',
    step: null,
    outcome: null,
    data: {},
    state: null,
    outcomes: [],
    facts: null,
    nextDueAt: null,
    submittedAt: null,
    receivedAt: null,
    closedAt: null,
    revision: 1,
    createdBy: 'staff',
    createdAt: '2026-04-06T05:00:00Z',
    updatedAt: '2026-04-06T05:00:00Z',
    forms: {},
    replay: null,
    number: null,
    assignee: null,
    applicantName: null,
    applicantId: null,
    overdue: false,
    currentStep: null,
    steps: [],
    deadlines: [],
    actions: [],
    stepActions: [],
    evaluation: { at: null, events: [], rules: [] },
    events: [],
    documents: [],
    ...rest,
    pins: { service: pin, form: pin, calendar: pin, processes: [], rulesets: [], templates: [], ...pins },
  };
}

/** An action of the current step as the case page lists it, for the Desk's tests. */
export function actionOf(given: Pick<ActionView, 'id' | 'label' | 'to'> & Partial<ActionView>): ActionView {
  return {
    requiresReason: false,
    available: false,
    accepts: { forms: [], input: [] },
    forms: [],
    inputs: [],
    ...given,
  };
}
