import { useEffect, useState } from 'react';
import { listDefinitions, loadPublished, type DefinitionSummary } from './definitionsApi';
import type { Calendar } from './runtime';

const lists = new Map<string, Promise<DefinitionSummary[]>>();
const calendars = new Map<string, Promise<Calendar | null>>();

/** The definitions of a kind, to choose references from (fetched once per page load). */
export function useDefinitionList(kind: string): DefinitionSummary[] {
  const [rows, setRows] = useState<DefinitionSummary[]>([]);
  useEffect(() => {
    let promise = lists.get(kind);
    if (!promise) {
      promise = listDefinitions(kind).catch(() => []);
      lists.set(kind, promise);
    }
    let live = true;
    void promise.then((r) => live && setRows(r));
    return () => {
      live = false;
    };
  }, [kind]);
  return rows;
}

/** The published calendar definition, for computing due dates in the browser. */
export function useCalendar(id: string | undefined): Calendar | null {
  const [calendar, setCalendar] = useState<Calendar | null>(null);
  useEffect(() => {
    if (!id) return;
    let promise = calendars.get(id);
    if (!promise) {
      promise = loadPublished('calendar', id)
        .then((d) => d as Calendar | null)
        .catch(() => null);
      calendars.set(id, promise);
    }
    let live = true;
    void promise.then((c) => live && setCalendar(c));
    return () => {
      live = false;
    };
  }, [id]);
  return calendar;
}
