import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Calendar, Checklist, Form, Ruleset, Service, Template } from '../../runtime/definitions/index';
import { checkThenReview } from '../../runtime/definitions/sampleDefinitions';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** The national working calendar as shipped. */
export function kzCalendar(): Calendar {
  return JSON.parse(fs.readFileSync(path.join(ROOT, 'definitions/calendars/kz.json'), 'utf8')) as Calendar;
}

/**
 * A small licence service: one form, a ruleset that refuses minors and flags missing
 * documents, a review step with issue/refuse, and a licence document.
 */
export function licenceDefinitions() {
  const form: Form = {
    kind: 'form',
    id: 'licence-form',
    title: { en: 'Licence application' },
    fields: [
      { key: 'applicantName', type: 'text', label: { en: 'Applicant' }, required: true, maxLength: 200 },
      { key: 'age', type: 'integer', label: { en: 'Age' }, required: true, min: 0, max: 150 },
      { key: 'documentsComplete', type: 'boolean', label: { en: 'All documents attached' } },
    ],
  };
  const ruleset: Ruleset = {
    kind: 'ruleset',
    id: 'licence-rules',
    title: { en: 'Licence rules' },
    facts: [
      { id: 'age', type: 'number', from: 'data', path: '/age' },
      { id: 'documentsComplete', type: 'boolean', from: 'data', path: '/documentsComplete' },
    ],
    events: [
      { type: 'minor', label: { en: 'Applicant is a minor' } },
      { type: 'documents-missing', label: { en: 'Documents missing' } },
    ],
    rules: [
      {
        id: 'minor',
        conditions: { all: [{ fact: 'age', operator: 'lessThan', value: 18 }] },
        event: { type: 'minor' },
        source: { doc: 'test', para: '1' },
      },
      {
        id: 'incomplete',
        conditions: { all: [{ fact: 'documentsComplete', operator: 'equal', value: false }] },
        event: { type: 'documents-missing' },
      },
    ],
  };
  // no version: the licence's definitions are published as they are, version 1 given by the store
  const { version: _, ...process } = checkThenReview({
    id: 'licence-process',
    title: 'Licence process',
    check: 'Automatic check',
    refuseOn: 'minor',
  });

  const template: Template = {
    kind: 'template',
    id: 'licence-letter',
    title: { en: 'Licence' },
    form: 'licence-form',
    body: {
      en: '<h1>Licence</h1><p>Issued to {{data.applicantName}}</p>',
      ru: '<h1>Лицензия</h1><p>{{data.applicantName}}</p>',
    },
  };
  const service: Service = {
    kind: 'service',
    id: 'licence',
    title: { en: 'Licence' },
    provider: { en: 'Ministry of Tests' },
    recipients: [{ id: 'individual', label: { en: 'Individuals' } }],
    form: 'licence-form',
    calendar: 'kz',
    channels: [{ id: 'office', type: 'provider-office', label: { en: 'Office' }, process: 'licence-process' }],
    cost: { free: true },
    documents: [{ id: 'application', label: { en: 'Application' }, required: true }],
    deadlines: [{ id: 'result', label: { en: 'Result' }, amount: 5, unit: 'working-days', from: 'received' }],
    rulesets: ['licence-rules'],
    outputs: [{ id: 'licence', label: { en: 'Licence' }, template: 'licence-letter', on: 'issued' }],
    complaints: [{ id: 'provider', to: { en: 'Head of the provider' }, term: { amount: 5, unit: 'working-days' } }],
  };
  const checklistRules: Ruleset = {
    kind: 'ruleset',
    id: 'review-rules',
    title: { en: 'Review recommendations' },
    facts: [{ id: 'online', type: 'boolean', from: 'answers', path: '/online' }],
    events: [{ type: 'recommendation', label: { en: 'Recommendation' } }],
    rules: [
      {
        id: 'go-online',
        conditions: { all: [{ fact: 'online', operator: 'equal', value: false }] },
        event: { type: 'recommendation', params: { action: 'digitise', goal: 'access', section: 'channels' } },
      },
    ],
  };
  const checklist: Checklist = {
    kind: 'checklist',
    id: 'review',
    title: { en: 'Service review' },
    items: [
      { id: 'online', question: { en: 'Can one apply online?' }, answer: 'boolean', favourable: true, weight: 1 },
      { id: 'free', question: { en: 'Is it free?' }, answer: 'boolean', favourable: true, weight: 1 },
    ],
    ruleset: 'review-rules',
    vocabulary: {
      actions: [{ id: 'digitise', label: { en: 'Digitise' } }],
      goals: [{ id: 'access', label: { en: 'Access' } }],
    },
    roadmap: {
      sections: [{ id: 'channels', label: { en: 'Channels' } }],
      from: 'decided',
      defaultTerm: { amount: 3, unit: 'months' },
      calendar: 'kz',
    },
  };
  return { calendar: kzCalendar(), form, ruleset, process, template, service, checklistRules, checklist };
}

/** Valid form data for the licence service. */
export const ADULT = { applicantName: 'Aigerim Nurlanovna', age: 30, documentsComplete: true };
export const MINOR = { applicantName: 'Dana', age: 15, documentsComplete: true };
