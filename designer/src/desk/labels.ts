import type { TFunction } from 'i18next';
import type { Duration } from '../../../runtime/definitions/types';
import { DURATION_UNITS, resolveLabel, type Language } from '../shared/runtime';
import type { Label } from './caseTypes';

/** The case statuses, outcomes, duration units and history events the Desk names; never shown as raw ids. */
export const STATUSES = ['draft', 'in-progress', 'done'] as const;
export const OUTCOME_WORDS = ['issued', 'refused', 'cancelled', 'withdrawn', 'completed', 'rejected'] as const;
export const EVENT_WORDS = [
  'started',
  'received',
  'data-saved',
  'submitted',
  'action',
  'auto',
  'survey',
  'overdue',
  'deadline-moved',
  'claimed',
  'released',
  'document',
] as const;

function known(list: readonly string[], value: string | null | undefined): value is string {
  return Boolean(value) && list.includes(value as string);
}

export function statusLabel(t: TFunction, status: string | null | undefined): string {
  return known(STATUSES, status) ? t(`desk:status.${status}`) : t('desk:unknown');
}

export function outcomeLabel(t: TFunction, outcome: string | null | undefined): string {
  return known(OUTCOME_WORDS, outcome) ? t(`desk:outcome.${outcome}`) : t('desk:unknown');
}

/** "20 working days" in the interface language; an unknown unit is said as unknown, not as its id. */
export function durationText(t: TFunction, duration: Duration | undefined | null): string {
  if (!duration) return '—';
  return known(DURATION_UNITS, duration.unit)
    ? t(`desk:unit.${duration.unit}`, { count: duration.amount })
    : `${duration.amount} ${t('desk:unknown')}`;
}

export function eventLabel(t: TFunction, type: string): string {
  return known(EVENT_WORDS, type) ? t(`desk:event.${type}`) : t('desk:event.other');
}

/** A label in the content language; when there is none, a word that says so, not the id. */
export function labelOr(t: TFunction, label: Label | undefined | null, lang: Language): string {
  return resolveLabel((label ?? undefined) as never, lang) || t('desk:unknown');
}
