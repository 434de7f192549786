// @vitest-environment jsdom
import { cleanup, render } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { KINDS, SCHEMAS, type Kind } from '../../../../runtime/definitions/kinds';
import type { Definition } from '../../../../runtime/definitions/types';
import { setUiLanguage } from '../../i18n';
import { KindEditor } from '../KindEditor';
import { renderedPointers, uncoveredPaths } from './editorCoverage';
import { KNOWN_GAPS, VARIANTS } from './knownGaps';
import { maximalInstance, schemaPaths } from './schemaPaths';

beforeAll(() => {
  setUiLanguage('en');
  // the process graph measures itself; jsdom has no layout to observe
  globalThis.ResizeObserver ??= class {
    observe() {}
    unobserve() {}
    disconnect() {}
  };
});
afterEach(cleanup);

/** The pointers the kind's editor renders for an instance with every property, and for each variant of it. */
function pointersOf(kind: Kind): Map<string, boolean> {
  const full = { ...(maximalInstance(SCHEMAS[kind] as never) as object), kind } as Definition;
  const all = new Map<string, boolean>();
  for (const variant of [(d: Definition) => d, ...(VARIANTS[kind] ?? [])]) {
    const { container, unmount } = render(
      <KindEditor definition={variant(structuredClone(full))} onChange={() => {}} errors={[]} />,
    );
    for (const [pointer, below] of renderedPointers(container)) all.set(pointer, (all.get(pointer) ?? false) || below);
    unmount();
  }
  return all;
}

describe('every property a definition kind can say has an editor (derived from the TypeBox schemas)', () => {
  for (const kind of KINDS) {
    it(`when the ${kind} editor shows a ${kind} with every property, then each property path has a widget, or is a listed gap`, () => {
      const missing = uncoveredPaths(schemaPaths(SCHEMAS[kind] as never), pointersOf(kind));
      // a new property without an editor fails here; so does a gap closed but still listed
      expect(missing).toEqual(KNOWN_GAPS[kind] ?? []);
    });
  }
});
