import { describe, expect, it } from 'vitest';
import { mayEdit, mayPublish, type User } from './auth';

const analyst: User = { username: 'analyst', role: 'analyst' };
const admin: User = { username: 'admin', role: 'admin' };
const staff: User = { username: 'staff', role: 'staff' };

describe('mayEdit() and mayPublish(): four eyes on rules', () => {
  it('lets an analyst draft a ruleset but not publish it; an admin publishes', () => {
    expect(mayEdit(analyst, 'ruleset')).toBe(true);
    expect(mayPublish(analyst, 'ruleset')).toBe(false);
    expect(mayPublish(admin, 'ruleset')).toBe(true);
  });

  it('keeps calendars the admins’, drafts included', () => {
    expect(mayEdit(analyst, 'calendar')).toBe(false);
    expect(mayPublish(analyst, 'calendar')).toBe(false);
    expect(mayEdit(admin, 'calendar')).toBe(true);
  });

  it('lets an analyst draft and publish the service design; staff and the signed-out neither', () => {
    for (const kind of ['service', 'form', 'process', 'checklist', 'template']) {
      expect(mayEdit(analyst, kind) && mayPublish(analyst, kind)).toBe(true);
      expect(mayEdit(staff, kind) || mayPublish(staff, kind) || mayEdit(null, kind)).toBe(false);
    }
  });
});
