import { describe, expect, it } from 'vitest';
import { sampleDefinitions } from '../../../runtime/definitions/sampleDefinitions';
import type { Service } from '../../../runtime/definitions/types';
import { crossProblems, referencedDefinitions } from './referencedDefinitions';
import { skeleton } from './skeletons';

describe('the editor cross-check of a service', () => {
  it('lists what a service refers to: forms, calendar, rulesets, templates, processes', () => {
    const { service } = sampleDefinitions();
    const refs = referencedDefinitions(service).map((r) => `${r.kind}/${r.id}`);
    expect(refs).toEqual(expect.arrayContaining([`form/${service.form}`, `calendar/${service.calendar}`]));
    for (const channel of service.channels) expect(refs).toContain(`process/${channel.process}`);
  });

  it('when a new service names a form and a process that do not exist, then it has a problem at each pointer', () => {
    const fresh = skeleton('service', 'brand-new') as Service;
    const { calendar } = sampleDefinitions();
    const problems = crossProblems(fresh, [{ ...calendar, id: fresh.calendar }]);
    expect(problems).toContainEqual({ path: '/form', message: 'no form "brand-new"' });
    expect(problems).toContainEqual({ path: '/channels/0/process', message: 'no process "brand-new"' });
  });

  it('when everything it names is published, then it has no problem', () => {
    const { service, form, process, ruleset, calendar, template } = sampleDefinitions();
    expect(crossProblems(service, [form, process, ruleset, calendar, template])).toEqual([]);
  });
});
