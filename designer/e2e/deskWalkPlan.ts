import type { Form, Process, Ruleset, Service } from '../../runtime/definitions/types';
import { planWalks, type Walk, type WalkDefinitions, type WalkFailure } from '../../runtime/walks';
import { apiSession } from './apiSession';
import type { World } from './world';

/** What the browser walks drive: for each published service, its definitions and the walks chosen per channel. */
export interface ServicePlan {
  defs: WalkDefinitions;
  /** per channel: an issued and a refused walk where the process has both, else the first end it reaches */
  walks: Walk[];
  /** channels (or ends) the planner could not walk, with its message */
  failures: WalkFailure[];
}

/**
 * The walks the Desk must complete, planned from the published definitions as the server holds them
 * (not written per service): one issued and one refused outcome per service × channel where both exist.
 */
export async function planDeskWalks(world: World): Promise<ServicePlan[]> {
  const api = await apiSession(world, 'admin');
  try {
    const load = async <T>(kind: string, id: string) =>
      (await api.get<{ definition: T }>(`/api/definitions/${kind}/${encodeURIComponent(id)}`)).definition;
    const list = await api.get<{ definitions: { id: string; version: number | null }[] }>(
      '/api/definitions?kind=service',
    );
    const forms: Record<string, Form> = {};
    const processes: Record<string, Process> = {};
    const plans: ServicePlan[] = [];
    for (const row of list.definitions.filter((d) => d.version)) {
      const service = await load<Service>('service', row.id);
      for (const id of [service.form, ...(service.forms ?? []), ...(service.survey ? [service.survey] : [])])
        forms[id] ??= await load<Form>('form', id);
      for (const channel of service.channels)
        processes[channel.process] ??= await load<Process>('process', channel.process);
      const rulesets = await Promise.all(service.rulesets.map((id) => load<Ruleset>('ruleset', id)));
      const defs: WalkDefinitions = { service, processes, forms, rulesets };
      const results = planWalks(defs);
      const walks: Walk[] = [];
      const failures: WalkFailure[] = [];
      for (const channel of service.channels) {
        const here = results.filter((w) => w.channel === channel.id);
        const ok = here.filter((w): w is Walk => w.ok);
        const chosen = (['issued', 'refused'] as const)
          .map((outcome) => ok.find((w) => w.outcome === outcome))
          .filter((w): w is Walk => w !== undefined);
        walks.push(...(chosen.length ? chosen : ok.slice(0, 1)));
        // an end the planner cannot reach is a dead end of the definitions: the API walks report every one;
        // here a channel fails when none of its issued/refused ends (or no end at all) can be walked
        const outcomeOf = (end: string) => processes[channel.process]?.steps.find((s) => s.id === end)?.outcome;
        const wanted = here.filter(
          (w) => !w.ok && (ok.length === 0 || ['issued', 'refused'].includes(outcomeOf(w.end) ?? '')),
        );
        failures.push(...(wanted as WalkFailure[]));
      }
      plans.push({ defs, walks, failures });
    }
    return plans;
  } finally {
    await api.dispose();
  }
}
