import type { Calendar, Form, Process, Ruleset, Service, Template } from '../../../runtime/definitions/index';
import { AppError } from '../../errors';
import type { Pin, Pins } from '../../repositories/cases';
import type { Context } from '../context';
import { resolveForm } from '../pinning';

/** The definition versions a case pinned, loaded: what every move of the case runs on. */
export interface PinnedDefinitions {
  service: Service;
  form: Form;
  calendar: Calendar;
  processes: Map<string, Process>;
  rulesets: Ruleset[];
  templates: Map<string, Template>;
}

export async function load(ctx: Context, pins: Pins): Promise<PinnedDefinitions> {
  const need = async <K extends 'service' | 'form' | 'calendar' | 'process' | 'ruleset' | 'template'>(
    kind: K,
    pin: Pin,
  ) => {
    const definition = await ctx.store.at(kind, pin.id, pin.version);
    if (!definition)
      throw new AppError(500, 'INTERNAL', `pinned ${kind} "${pin.id}" version ${pin.version} is missing`);
    return definition;
  };
  return {
    service: await need('service', pins.service),
    form: await resolveForm(ctx, await need('form', pins.form), pins),
    calendar: await need('calendar', pins.calendar),
    processes: new Map(await Promise.all(pins.processes.map(async (p) => [p.id, await need('process', p)] as const))),
    rulesets: await Promise.all(pins.rulesets.map((p) => need('ruleset', p))),
    templates: new Map(await Promise.all(pins.templates.map(async (p) => [p.id, await need('template', p)] as const))),
  };
}

export function processOf(defs: PinnedDefinitions, channelId: string): Process {
  const channel = defs.service.channels.find((c) => c.id === channelId);
  const process = channel && defs.processes.get(channel.process);
  if (!process) throw new AppError(500, 'INTERNAL', `channel "${channelId}" has no pinned process`);
  return process;
}
