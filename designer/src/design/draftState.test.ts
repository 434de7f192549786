import { describe, expect, it } from 'vitest';
import type { Definition } from '../../../runtime/definitions/types';
import { canPublish, draftReducer, initialDraft, needsSave, saveStatus } from './draftState';

const form = (title: string): Definition => ({ kind: 'form', id: 'f', title: { en: title }, fields: [] });

describe('draftReducer()', () => {
  const loaded = draftReducer(initialDraft, { type: 'loaded', definition: form('A'), revision: '"1"' });

  it('needs no save right after loading', () => {
    expect(needsSave(loaded)).toBe(false);
    expect(saveStatus(loaded)).toBe('No changes');
  });

  it('has nothing to publish when a published version was loaded and not edited', () => {
    expect(canPublish(loaded)).toBe(false);
    expect(canPublish(draftReducer(initialDraft, { type: 'loaded', definition: form('A'), draft: true }))).toBe(true);
    expect(canPublish(draftReducer(loaded, { type: 'edit', definition: form('B') }))).toBe(true);
  });

  it('needs a save after an edit, and not while one runs', () => {
    const edited = draftReducer(loaded, { type: 'edit', definition: form('B') });
    expect(needsSave(edited)).toBe(true);
    const saving = draftReducer(edited, { type: 'saveStarted' });
    expect(needsSave(saving)).toBe(false);
  });

  it('keeps an edit made during a save pending after the save ends', () => {
    let s = draftReducer(loaded, { type: 'edit', definition: form('B') });
    s = draftReducer(s, { type: 'saveStarted' });
    s = draftReducer(s, { type: 'edit', definition: form('C') });
    s = draftReducer(s, { type: 'saved', edits: 1, revision: '"2"' });
    expect(s.revision).toBe('"2"');
    expect(needsSave(s)).toBe(true);
  });

  it('stops saving after a conflict', () => {
    let s = draftReducer(loaded, { type: 'edit', definition: form('B') });
    s = draftReducer(s, { type: 'saveFailed', edits: 1, message: 'revision mismatch', conflict: true });
    expect(needsSave(s)).toBe(false);
    expect(saveStatus(s)).toMatch(/reload/);
  });

  it('says an invalid edit waits for its problems to be fixed', () => {
    const edited = draftReducer(loaded, { type: 'edit', definition: form('B') });
    expect(saveStatus(edited, 2)).toBe('Not saved: fix 2 problems to save');
    expect(saveStatus(loaded, 2)).toBe('No changes');
  });

  it("keeps the server's 422 details until a save succeeds", () => {
    let s = draftReducer(loaded, { type: 'edit', definition: form('B') });
    const details = [{ path: '/fields/0/key', message: 'taken' }];
    s = draftReducer(s, { type: 'saveFailed', edits: 1, message: 'invalid', details });
    expect(s.serverErrors).toEqual(details);
    s = draftReducer(s, { type: 'edit', definition: form('C') });
    s = draftReducer(s, { type: 'saved', edits: 2 });
    expect(s.serverErrors).toEqual([]);
  });

  it('does not retry a failed save until the next edit', () => {
    let s = draftReducer(loaded, { type: 'edit', definition: form('B') });
    s = draftReducer(s, { type: 'saveFailed', edits: 1, message: 'offline' });
    expect(needsSave(s)).toBe(false);
    expect(saveStatus(s)).toBe('Not saved: offline');
    s = draftReducer(s, { type: 'edit', definition: form('C') });
    expect(needsSave(s)).toBe(true);
  });
});
