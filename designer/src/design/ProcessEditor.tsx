import { useTranslation } from 'react-i18next';
import {
  Background,
  BaseEdge,
  Controls,
  EdgeLabelRenderer,
  Handle,
  Position,
  ReactFlow,
  type Edge,
  type EdgeProps,
  type Node,
  type NodeProps,
} from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { useMemo, useState } from 'react';
import type { Process } from '../../../runtime/definitions/types';
import { useLang } from '../shared/lang';
import { resolveLabel } from '../shared/runtime';
import { LocalizedInput, SelectField, TextField } from '../shared/widgets';
import type { EditorProps } from './editorProps';
import { fieldProps } from './fieldProps';
import { ListEditor } from './ListEditor';
import { listText, parseList } from './service/pointerLists';
import { SourceInput } from './SourceInput';
import { COLUMN_WIDTH, connect, errorText, freshStepId, layoutProcess, removeStep } from './processGraph';
import type { Box } from './processLayout';
import { StepInspector } from './StepInspector';

interface StepData extends Record<string, unknown> {
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

const nodeTypes = { step: StepNode, lane: LaneNode };

interface LabelData extends Record<string, unknown> {
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

const edgeTypes = { labelled: LabelledEdge };

/** The process as a graph with a lane per actor; choose a step to edit it, drag between handles to connect. */
export function ProcessEditor({ definition: p, onChange, errors }: EditorProps<Process>) {
  const { t } = useTranslation('design');
  const { lang } = useLang();
  // the start step is open from the first render, so a step's properties are never hidden behind a click
  const { t: tx } = useTranslation('designerEdit');
  const [selected, setSelected] = useState<string | null>(() => p.start ?? p.steps[0]?.id ?? null);
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
  const step = p.steps.findIndex((s) => s.id === selected);
  const graphHeight = layout.lanes.reduce((sum, lane) => sum + lane.height, 0);

  return (
    <div className="process-editor">
      <div className="process-top">
        <LocalizedInput
          label={t('s.title')}
          value={p.title}
          onChange={(title) => onChange({ ...p, title })}
          errors={errors}
          at="/title"
        />
        <SelectField
          label={t('s.start_step')}
          value={p.start}
          options={p.steps.map((s) => s.id)}
          onChange={(start) => onChange({ ...p, start })}
          errors={errors}
          at="/start"
        />
        <div className="row-actions">
          {(['task', 'auto', 'end'] as const).map((type) => (
            <button
              key={type}
              type="button"
              onClick={() => {
                const id = freshStepId(p);
                const base = { id, type, label: { en: id } };
                const newStep =
                  type === 'task'
                    ? {
                        ...base,
                        actor: p.actors[0]?.id,
                        actions: [
                          { id: 'done', label: { en: 'Done' }, to: p.steps.find((s) => s.type === 'end')?.id ?? id },
                        ],
                      }
                    : type === 'auto'
                      ? { ...base, next: [{ to: p.steps.find((s) => s.type === 'end')?.id ?? id }] }
                      : { ...base, outcome: 'completed' };
                onChange({ ...p, steps: [...p.steps, newStep] });
                setSelected(id);
              }}
            >
              {t('s.add_step', { type: t(`common:enum.${type}`) })}
            </button>
          ))}
        </div>
      </div>
      <div className="process-body">
        <div className="graph" style={{ height: Math.min(620, Math.max(320, graphHeight * 0.85 + 40)) }}>
          <ReactFlow
            nodes={nodes}
            edges={edges}
            nodeTypes={nodeTypes}
            edgeTypes={edgeTypes}
            onNodeClick={(_, node) => node.type === 'step' && setSelected(node.id)}
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
        <div className="step-panel">
          <label>
            {t('s.step')}
            <select value={selected ?? ''} onChange={(e) => setSelected(e.target.value || null)}>
              <option value="">{t('s.choose_a_step')}</option>
              {p.steps.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.id}
                </option>
              ))}
            </select>
          </label>
          {step >= 0 && (
            <StepInspector
              process={p}
              index={step}
              errors={errors}
              onChange={(next) => {
                onChange({ ...p, steps: p.steps.map((s, i) => (i === step ? next : s)) });
                if (next.id !== selected) setSelected(next.id);
              }}
              onRemove={() => {
                onChange(removeStep(p, p.steps[step]?.id ?? ''));
                setSelected(null);
              }}
            />
          )}
        </div>
      </div>
      <ListEditor
        title={t('s.actors')}
        items={p.actors}
        at="/actors"
        errors={errors}
        onChange={(actors) => onChange({ ...p, actors })}
        make={(items) => ({ id: `actor${items.length + 1}`, label: { en: 'Actor' }, kind: 'staff' })}
        name={(a) => `${a.id} (${a.kind}) — ${resolveLabel(a.label, lang)}`}
        render={(a, put, at) => {
          const field = fieldProps(a, put, errors, at);
          return (
            <>
              <div className="row">
                <TextField label={t('s.id')} {...field('id')} />
                <SelectField
                  label={t('s.kind')}
                  {...field('kind')}
                  options={['staff', 'system', 'applicant', 'external']}
                />
              </div>
              <LocalizedInput label={t('s.label')} {...field('label')} />
              <TextField
                label={tx('actor.groups')}
                value={listText(a.groups)}
                onChange={(v) => put({ ...a, groups: parseList(v) })}
                errors={errors}
                at={`${at}/groups`}
              />
              <SourceInput {...field('source')} />
            </>
          );
        }}
      />
      <fieldset className="process-source">
        <legend>{t('acts:processCitation')}</legend>
        <SourceInput value={p.source} onChange={(source) => onChange({ ...p, source })} errors={errors} at="/source" />
      </fieldset>
    </div>
  );
}
