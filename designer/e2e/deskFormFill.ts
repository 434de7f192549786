import type { Locator, Page } from 'playwright-core';
import type { Field, Form } from '../../runtime/definitions/types';
import { ScenarioFailure } from './world';

/** A field the walk could not fill: its path in the form, and why. */
export class FillFailure extends ScenarioFailure {}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Waits for the widget of a field (a field behind a condition appears once the condition is filled). */
async function widget(scope: Page, id: string, path: string): Promise<Locator> {
  const found = scope.locator(`[id="${id}"]`);
  try {
    await found.first().waitFor({ state: 'attached', timeout: 3_000 });
  } catch {
    throw new FillFailure(`the form shows no widget for ${path} (#${id})`);
  }
  return found.first();
}

async function choose(page: Page, id: string, index: number, path: string): Promise<void> {
  const control = await widget(page, id, path);
  if ((await control.evaluate((e) => e.tagName)) === 'SELECT') {
    // rjsf's select encodes each option by its index
    await control.selectOption(String(index));
  } else await (await widget(page, `${id}-${index}`, path)).check();
}

/** The bytes of a file field's sample value (a data URL), as a file the widget can take. */
function fileOf(value: unknown): { name: string; mimeType: string; buffer: Buffer } {
  const text = typeof value === 'string' ? value : '';
  const match = /^data:([^;,]+)?[^,]*,(.*)$/.exec(text);
  return {
    name: 'walk-attachment.pdf',
    mimeType: match?.[1] ?? 'application/pdf',
    buffer: Buffer.from(match?.[2] ?? 'JVBERi0xLjQK', 'base64'),
  };
}

async function fillField(page: Page, field: Field, id: string, value: unknown, path: string): Promise<void> {
  switch (field.type) {
    case 'info':
      return;
    case 'section':
      if (isRecord(value)) await fillFields(page, field.fields ?? [], id, value, path);
      return;
    case 'table': {
      const rows = Array.isArray(value) ? value : [];
      await widget(page, id, path);
      for (const [i, row] of rows.entries()) {
        const rowId = `${id}_${i}`;
        if ((await page.locator(`[id="${rowId}"]`).count()) === 0) {
          const add = page.locator(`[id="${id}__add"], [id="${id}"] > .row > .rjsf-array-item-add button`).first();
          if ((await add.count()) === 0) throw new FillFailure(`the table ${path} has no button to add row ${i + 1}`);
          await add.click();
        }
        if (isRecord(row)) await fillFields(page, field.fields ?? [], rowId, row, `${path}/${i}`);
      }
      return;
    }
    case 'boolean':
      if (typeof value === 'boolean') await choose(page, id, value ? 0 : 1, path);
      return;
    case 'boolean-details':
      if (!isRecord(value)) return;
      if (typeof value.answer === 'boolean') await choose(page, `${id}_answer`, value.answer ? 0 : 1, path);
      if (typeof value.details === 'string') {
        const details = await widget(page, `${id}_details`, `${path}/details`);
        // the details are asked only for the answer that requires them: hidden for the other, nothing to type
        if ((await details.getAttribute('type')) !== 'hidden') await details.fill(value.details);
      }
      return;
    case 'choice': {
      const index = (field.options ?? []).findIndex((o) => o.value === value);
      if (index < 0) throw new FillFailure(`${path}: "${String(value)}" is not an option`);
      await choose(page, id, index, path);
      return;
    }
    case 'multi-choice':
      for (const v of Array.isArray(value) ? value : []) {
        const index = (field.options ?? []).findIndex((o) => o.value === v);
        await (await widget(page, `${id}-${index}`, path)).check();
      }
      return;
    case 'file':
      await (await widget(page, id, path)).setInputFiles(fileOf(value));
      return;
    case 'datetime':
      // the context runs in UTC, so the local time typed is the instant planned
      await (await widget(page, id, path)).fill(String(value).slice(0, 16));
      return;
    default:
      await (await widget(page, id, path)).fill(String(value));
  }
}

async function fillFields(
  page: Page,
  fields: readonly Field[],
  prefix: string,
  data: Record<string, unknown>,
  path: string,
): Promise<void> {
  for (const field of fields) {
    const value = data[field.key];
    if (value === undefined || value === null) continue;
    await fillField(page, field, `${prefix}_${field.key}`, value, `${path}/${field.key}`);
  }
}

/**
 * Fills a form the Desk generated (rjsf, ids `<prefix>_<key>_<row>_<key>…`) with the data a walk planned,
 * field by field as staff would: typing, choosing options, answering yes/no, adding table rows, attaching files.
 */
export async function fillForm(page: Page, form: Form, prefix: string, data: Record<string, unknown>): Promise<void> {
  await fillFields(page, form.fields, prefix, data, `form "${form.id}" `.trimEnd());
}
