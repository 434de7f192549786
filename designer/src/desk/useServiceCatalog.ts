import { useEffect, useState } from 'react';
import type { Duration, Process, Service } from '../../../runtime/definitions/types';
import { listDefinitions, loadPublished } from '../shared/definitionsApi';
import type { Label } from './caseTypes';

/** What the queue needs to name a service's cases: its title, its channels and the steps of their processes. */
export interface ServiceNames {
  id: string;
  title: Label | undefined;
  channels: { id: string; label: Label }[];
  /** every step of every channel's process (the first process to name a step id gives its label) */
  steps: { id: string; label: Label; limit?: Duration }[];
}

let loading: Promise<ServiceNames[]> | null = null;

async function loadCatalog(): Promise<ServiceNames[]> {
  const published = (await listDefinitions('service')).filter((s) => s.version);
  return Promise.all(
    published.map(async (row) => {
      const service = (await loadPublished('service', row.id)) as Service | null;
      const processIds = [...new Set((service?.channels ?? []).map((c) => c.process))];
      const processes = (await Promise.all(processIds.map((p) => loadPublished('process', p)))) as (Process | null)[];
      const steps = new Map<string, { id: string; label: Label; limit?: Duration }>();
      for (const p of processes)
        for (const s of p?.steps ?? [])
          if (!steps.has(s.id)) steps.set(s.id, { id: s.id, label: s.label, ...(s.limit ? { limit: s.limit } : {}) });
      return {
        id: row.id,
        title: service?.title ?? row.title ?? undefined,
        channels: (service?.channels ?? []).map((c) => ({ id: c.id, label: c.label })),
        steps: [...steps.values()],
      };
    }),
  );
}

/** The published services with their channels and steps, loaded once per page load. */
export function useServiceCatalog(): ServiceNames[] | null {
  const [catalog, setCatalog] = useState<ServiceNames[] | null>(null);
  useEffect(() => {
    let live = true;
    loading ??= loadCatalog().catch((error: unknown) => {
      loading = null;
      throw error;
    });
    loading.then((c) => live && setCatalog(c)).catch(() => live && setCatalog([]));
    return () => {
      live = false;
    };
  }, []);
  return catalog;
}
