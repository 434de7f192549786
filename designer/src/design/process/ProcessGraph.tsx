import { Background, Controls, ReactFlow } from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { DefinitionError, Process } from '../../../../runtime/definitions/types';
import { connect } from '../processGraph';
import { edgeTypes, nodeTypes } from './GraphNodes';
import { useProcessGraph } from './useProcessGraph';

/** What the graph and the panel beside it get: the process, its errors, the chosen step (null: none) and setters. */
export interface ProcessViewProps {
  process: Process;
  errors: readonly DefinitionError[];
  selected: string | null;
  onSelect: (id: string | null) => void;
  onChange: (p: Process) => void;
}

/** The process drawn with a lane per actor: a click on a step chooses it, a drag between handles connects two steps. */
export function ProcessGraph({ process: p, errors, selected, onSelect, onChange }: ProcessViewProps) {
  const { t } = useTranslation('design');
  const { nodes, edges, graphHeight } = useProcessGraph(p, errors, selected);
  const ariaLabels = useMemo(
    () => ({
      'controls.ariaLabel': t('graph.controls'),
      'controls.zoomIn.ariaLabel': t('graph.zoomIn'),
      'controls.zoomOut.ariaLabel': t('graph.zoomOut'),
      'controls.fitView.ariaLabel': t('graph.fitView'),
      'node.a11yDescription.default': t('graph.nodeHelp'),
      'edge.a11yDescription.default': t('graph.edgeHelp'),
    }),
    [t],
  );
  return (
    <div className="graph" style={{ height: Math.min(620, Math.max(320, graphHeight * 0.85 + 40)) }}>
      <ReactFlow
        nodes={nodes}
        edges={edges}
        nodeTypes={nodeTypes}
        edgeTypes={edgeTypes}
        onNodeClick={(_, node) => node.type === 'step' && onSelect(node.id)}
        onConnect={(c) => c.source && c.target && onChange(connect(p, c.source, c.target))}
        defaultViewport={{ x: 0, y: 0, zoom: 0.85 }}
        minZoom={0.3}
        proOptions={{ hideAttribution: true }}
        ariaLabelConfig={ariaLabels}
      >
        <Background />
        <Controls showInteractive={false} />
      </ReactFlow>
    </div>
  );
}
