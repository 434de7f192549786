import dagre from '@dagrejs/dagre';

/**
 * Lays out a process graph: dagre (the maintained fork of the layered "Sugiyama" layout, chosen
 * over elkjs because it is synchronous and small, so the layout is a pure function a unit test can
 * call) orders and places the steps left to right, with room between columns for the edge labels;
 * each step then goes in its actor's lane, and steps of one lane whose columns would overlap are
 * stacked in rows. Edge labels are placed between their steps and moved apart until none covers
 * another label or a step.
 */

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface LayoutNode {
  id: string;
  lane: number;
  width: number;
  height: number;
}

export interface LayoutEdge {
  id: string;
  from: string;
  to: string;
  label: string;
}

export interface PlacedLane {
  y: number;
  height: number;
}

export interface Layout {
  nodes: Map<string, Box>;
  /** where each edge's label is drawn (its centre is on the edge's path) */
  labels: Map<string, Box>;
  lanes: PlacedLane[];
  width: number;
}

export const LANE_HEADER = 130;
export const MIN_LANE_HEIGHT = 140;
const LANE_PADDING = 28;
const ROW_GAP = 16;
const COLUMN_GAP = 24;
export const LABEL_HEIGHT = 18;
/** Labels longer than this are cut (the whole text stays in the edge's title). */
export const LABEL_MAX_CHARS = 34;
const CHAR_WIDTH = 6.2;

export function shortLabel(text: string): string {
  return text.length > LABEL_MAX_CHARS ? `${text.slice(0, LABEL_MAX_CHARS - 1)}…` : text;
}

export function labelWidth(text: string): number {
  return Math.ceil(shortLabel(text).length * CHAR_WIDTH) + 10;
}

export function overlaps(a: Box, b: Box, margin = 0): boolean {
  return (
    a.x < b.x + b.width + margin &&
    b.x < a.x + a.width + margin &&
    a.y < b.y + b.height + margin &&
    b.y < a.y + a.height + margin
  );
}

export function layoutGraph(nodes: readonly LayoutNode[], edges: readonly LayoutEdge[], laneCount: number): Layout {
  const g = new dagre.graphlib.Graph({ multigraph: true });
  g.setGraph({ rankdir: 'LR', nodesep: 30, ranksep: 50, edgesep: 14, marginx: 0, marginy: 0 });
  g.setDefaultEdgeLabel(() => ({}));
  const ids = new Set(nodes.map((n) => n.id));
  for (const n of nodes) g.setNode(n.id, { width: n.width, height: n.height });
  for (const e of edges) {
    if (!ids.has(e.from) || !ids.has(e.to) || e.from === e.to) continue;
    g.setEdge(e.from, e.to, { width: labelWidth(e.label), height: LABEL_HEIGHT, labelpos: 'c' }, e.id);
  }
  dagre.layout(g);

  // columns from dagre's x, then rows inside each lane (in dagre's vertical order, which keeps crossings few)
  const placed = nodes.map((n) => {
    const at = g.node(n.id) as { x: number; y: number };
    return { ...n, x: at.x - n.width / 2, order: at.y };
  });
  const minX = Math.min(0, ...placed.map((p) => p.x));
  const boxes = new Map<string, Box>();
  const lanes: PlacedLane[] = [];
  let top = 0;
  for (let lane = 0; lane < laneCount; lane++) {
    const inLane = placed.filter((p) => p.lane === lane).sort((a, b) => a.order - b.order || a.x - b.x);
    const rows: { items: { x: number; width: number }[]; height: number }[] = [];
    const rowOf = new Map<string, number>();
    for (const p of inLane) {
      const x = LANE_HEADER + p.x - minX;
      let r = rows.findIndex((row) =>
        row.items.every((it) => x + p.width + COLUMN_GAP <= it.x || it.x + it.width + COLUMN_GAP <= x),
      );
      if (r < 0) r = rows.push({ items: [], height: 0 }) - 1;
      const row = rows[r] as (typeof rows)[number];
      row.items.push({ x, width: p.width });
      row.height = Math.max(row.height, p.height);
      rowOf.set(p.id, r);
    }
    const rowTops: number[] = [];
    let y = top + LANE_PADDING;
    for (const row of rows) {
      rowTops.push(y);
      y += row.height + ROW_GAP;
    }
    const height = Math.max(MIN_LANE_HEIGHT, y - top + LANE_PADDING - ROW_GAP);
    for (const p of inLane) {
      boxes.set(p.id, {
        x: LANE_HEADER + p.x - minX,
        y: rowTops[rowOf.get(p.id) as number] as number,
        width: p.width,
        height: p.height,
      });
    }
    lanes.push({ y: top, height });
    top += height;
  }

  const labels = placeLabels(edges, boxes);
  const right = Math.max(0, ...[...boxes.values(), ...labels.values()].map((b) => b.x + b.width));
  return { nodes: boxes, labels, lanes, width: right + COLUMN_GAP };
}

/**
 * Each label starts halfway between the right side of its source and the left side of its target
 * (above a step for a loop) and moves down, then up, in small steps until it covers no step and no
 * label placed before it.
 */
function placeLabels(edges: readonly LayoutEdge[], boxes: ReadonlyMap<string, Box>): Map<string, Box> {
  const labels = new Map<string, Box>();
  const obstacles: Box[] = [...boxes.values()];
  for (const e of edges) {
    const from = boxes.get(e.from);
    const to = boxes.get(e.to);
    if (!from || !to || !e.label) continue;
    const width = labelWidth(e.label);
    const cx = e.from === e.to ? from.x + from.width / 2 : (from.x + from.width + to.x) / 2;
    const cy = e.from === e.to ? from.y - LABEL_HEIGHT : (from.y + from.height / 2 + to.y + to.height / 2) / 2;
    const start: Box = { x: cx - width / 2, y: cy - LABEL_HEIGHT / 2, width, height: LABEL_HEIGHT };
    let box = start;
    for (let i = 1; i < 400 && obstacles.some((o) => overlaps(box, o, 2)); i++) {
      const shift = Math.ceil(i / 2) * 6 * (i % 2 ? 1 : -1);
      box = { ...start, y: start.y + shift };
    }
    labels.set(e.id, box);
    obstacles.push(box);
  }
  return labels;
}
