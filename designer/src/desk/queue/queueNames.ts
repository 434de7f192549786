import type { TFunction } from 'i18next';
import { resolveLabel } from '../../shared/runtime';
import type { Lang } from '../../shared/lang';
import type { ServiceNames } from '../useServiceCatalog';

/** How the queue names a case's service and step from the published catalog (still loading: "loading"). */
export function queueNames(catalog: ServiceNames[] | null, lang: Lang, t: TFunction) {
  const serviceOf = (id: string) => catalog?.find((s) => s.id === id);
  const stepOf = (service: string, step: string | null) => serviceOf(service)?.steps.find((s) => s.id === step);
  return {
    serviceOf,
    stepOf,
    serviceTitle: (id: string) => resolveLabel(serviceOf(id)?.title as never, lang) || t('loading'),
    stepLabel: (service: string, step: string | null) => {
      if (!step) return '—';
      return resolveLabel(stepOf(service, step)?.label as never, lang) || t('loading');
    },
  };
}

export type QueueNames = ReturnType<typeof queueNames>;
