import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Process } from '../../../runtime/definitions/types';
import { freshStepId, layoutProcess } from './processGraph';
import { overlaps, type Box } from './processLayout';

/** Every process the product ships, wherever it lies under definitions/. */
function shippedProcesses(): Process[] {
  const root = new URL('../../../definitions/', import.meta.url).pathname;
  const found: Process[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.json')) {
        const json = JSON.parse(readFileSync(path, 'utf8')) as { kind?: string };
        if (json.kind === 'process') found.push(json as Process);
      }
    }
  };
  walk(root);
  return found;
}

function pairsOverlapping(boxes: [string, Box][]): string[] {
  const found: string[] = [];
  for (let i = 0; i < boxes.length; i++)
    for (let j = i + 1; j < boxes.length; j++) {
      const [a, boxA] = boxes[i] as [string, Box];
      const [b, boxB] = boxes[j] as [string, Box];
      if (overlaps(boxA, boxB)) found.push(`${a} × ${b}`);
    }
  return found;
}

function checkLayout(process: Process) {
  const { boxes, links, lanes } = layoutProcess(process);
  const steps = boxes.map((b) => [b.id, b] as [string, Box]);
  const labels = links.filter((l) => l.labelBox).map((l) => [`label ${l.id}`, l.labelBox] as [string, Box]);
  return {
    stepsOverlapping: pairsOverlapping(steps),
    labelsOverlapping: pairsOverlapping([...steps, ...labels]).filter((p) => p.includes('label')),
    outsideLane: boxes
      .filter((b) => {
        const lane = lanes.find((l) => b.y >= l.y && b.y + b.height <= l.y + l.height);
        return lane === undefined;
      })
      .map((b) => b.id),
    unlabelled: links.filter((l) => l.label && !l.labelBox && boxes.some((b) => b.id === l.to)).map((l) => l.id),
  };
}

const clean = { stepsOverlapping: [], labelsOverlapping: [], outsideLane: [], unlabelled: [] };

describe('the process graph lays itself out', () => {
  const processes = shippedProcesses();

  it('finds the shipped processes', () => {
    expect(processes.length).toBeGreaterThanOrEqual(10);
  });

  for (const process of processes) {
    it(`${process.id}: no two steps overlap, no label covers a step or a label, each step lies in its lane`, () => {
      expect(checkLayout(process)).toEqual(clean);
    });
  }

  it('when an analyst adds eight steps that all lead to the same end, then they do not land on each other', () => {
    let process = processes[0] as Process;
    const end = process.steps.find((s) => s.type === 'end')?.id as string;
    for (let i = 0; i < 8; i++) {
      const id = freshStepId(process);
      const step =
        i % 2
          ? { id, type: 'auto' as const, label: { en: id }, next: [{ to: end }] }
          : {
              id,
              type: 'task' as const,
              actor: process.actors[0]?.id,
              label: { en: id },
              actions: [{ id: 'done', label: { en: 'Done' }, to: end }],
            };
      process = { ...process, steps: [...process.steps, step] };
    }
    expect(checkLayout(process)).toEqual(clean);
  });

  it('when a condition label is long, then it is cut to stay readable and keeps its whole text', () => {
    const process = processes.find((p) => p.steps.some((s) => s.next?.some((n) => n.when))) as Process;
    const { links } = layoutProcess(process);
    for (const link of links.filter((l) => l.labelBox)) {
      expect(link.shortLabel?.length).toBeLessThanOrEqual(34);
      expect(link.label.startsWith((link.shortLabel ?? '').replace(/…$/, ''))).toBe(true);
    }
  });
});
