import {
  BaseEdge,
  EdgeLabelRenderer,
  Handle,
  Position,
  type Edge,
  type EdgeProps,
  type Node,
  type NodeProps,
} from '@xyflow/react';
import type { Box } from '../processLayout';

/** What a step's node shows: drawn from the layout's box, the step and its problems. */
export interface StepData extends Record<string, unknown> {
  label: string;
  type: string;
  limit: string;
  errors: string[];
  start: boolean;
  width: number;
  height: number;
}

function StepNode({ data, selected }: NodeProps<Node<StepData>>) {
  return (
    <div
      className={`step-node step-${data.type}${data.errors.length ? ' invalid' : ''}${selected ? ' selected' : ''}`}
      title={data.errors.join('\n')}
      style={{ width: data.width, height: data.height, overflow: 'hidden' }}
    >
      <Handle type="target" position={Position.Left} />
      <div className="step-title">
        {data.start && '▶ '}
        {data.label}
      </div>
      <div className="step-meta">
        {data.type}
        {data.limit && ` · ${data.limit}`}
      </div>
      {data.errors.map((e, i) => (
        <div key={i} className="step-error" role="alert">
          {e}
        </div>
      ))}
      <Handle type="source" position={Position.Right} />
    </div>
  );
}

function LaneNode({ data }: NodeProps<Node<{ label: string; width: number; height: number }>>) {
  return (
    <div className="lane" style={{ width: data.width, height: data.height }}>
      <span className="lane-label">{data.label}</span>
    </div>
  );
}

export const nodeTypes = { step: StepNode, lane: LaneNode };

export interface LabelData extends Record<string, unknown> {
  box?: Box;
  text: string;
  full: string;
}

/**
 * An edge drawn through the place the layout chose for its label, so that labels never run
 * together: the label sits clear of steps and of other labels, and the curve passes under it.
 */
function LabelledEdge({ id, sourceX, sourceY, targetX, targetY, data, style, markerEnd }: EdgeProps<Edge<LabelData>>) {
  const box = data?.box;
  let path: string;
  if (box) {
    const lx = box.x + box.width / 2;
    const ly = box.y + box.height / 2;
    const d1 = Math.max(30, Math.abs(lx - sourceX) / 2);
    const d2 = Math.max(30, Math.abs(targetX - lx) / 2);
    path = `M ${sourceX},${sourceY} C ${sourceX + d1},${sourceY} ${lx - d1},${ly} ${lx},${ly} C ${lx + d2},${ly} ${targetX - d2},${targetY} ${targetX},${targetY}`;
  } else {
    const d = Math.max(30, Math.abs(targetX - sourceX) / 2);
    path = `M ${sourceX},${sourceY} C ${sourceX + d},${sourceY} ${targetX - d},${targetY} ${targetX},${targetY}`;
  }
  return (
    <>
      <BaseEdge id={id} path={path} style={style} markerEnd={markerEnd} />
      {box && data?.text && (
        <EdgeLabelRenderer>
          <div
            className="edge-label nodrag nopan"
            data-content
            title={data.full}
            style={{ transform: `translate(${box.x}px, ${box.y}px)`, width: box.width, height: box.height }}
          >
            {data.text}
          </div>
        </EdgeLabelRenderer>
      )}
    </>
  );
}

export const edgeTypes = { labelled: LabelledEdge };
