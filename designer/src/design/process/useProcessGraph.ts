import type { Edge, Node } from '@xyflow/react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { DefinitionError, Process } from '../../../../runtime/definitions/types';
import { useLang } from '../../shared/lang';
import { resolveLabel } from '../../shared/runtime';
import { COLUMN_WIDTH, errorText, layoutProcess } from '../processGraph';

/** The process laid out for React Flow: a lane node per actor, a node per step, an edge per link, and the graph's height. */
export function useProcessGraph(p: Process, errors: readonly DefinitionError[], selected: string | null) {
  const { t } = useTranslation('design');
  const { lang } = useLang();
  const layout = useMemo(
    () => layoutProcess(p, errors, (step) => resolveLabel(step.label, lang) || step.id),
    [p, errors, lang],
  );

  const nodes: Node[] = useMemo(
    () => [
      ...layout.lanes.map((lane) => ({
        id: `lane:${lane.actor}`,
        type: 'lane',
        position: { x: 0, y: lane.y },
        data: {
          label: resolveLabel(p.actors.find((a) => a.id === lane.actor)?.label, lang) || lane.actor,
          width: layout.width + COLUMN_WIDTH / 2,
          height: lane.height,
        },
        selectable: false,
        draggable: false,
        connectable: false,
        focusable: false,
        zIndex: -1,
      })),
      ...layout.boxes.map((box) => ({
        id: box.id,
        type: 'step',
        position: { x: box.x, y: box.y },
        draggable: false,
        selected: box.id === selected,
        ariaLabel: `Step ${box.id}${box.errors.length ? `, ${box.errors.length} problems` : ''}`,
        data: {
          label: resolveLabel(box.step.label, lang) || box.id,
          type: box.step.type,
          limit: box.step.limit ? `${box.step.limit.amount} ${box.step.limit.unit}` : '',
          errors: box.errors.map(errorText),
          start: p.start === box.id,
          width: box.width,
          height: box.height,
        },
      })),
    ],
    [layout, p, lang, selected],
  );
  const edges: Edge[] = useMemo(
    () =>
      layout.links.map((l) => ({
        id: l.id,
        source: l.from,
        target: l.to,
        type: 'labelled',
        data: { box: l.labelBox, text: l.shortLabel ?? l.label, full: l.label },
        ariaLabel: t('graph.edge', { from: l.from, to: l.to }),
        animated: l.label !== 'otherwise' && l.id.includes(':n:'),
        style: errors.some((e) => e.path.startsWith(l.pointer)) ? { stroke: '#c00' } : undefined,
      })),
    [layout, errors, t],
  );
  const graphHeight = layout.lanes.reduce((sum, lane) => sum + lane.height, 0);
  return { nodes, edges, graphHeight };
}
