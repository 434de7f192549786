export interface Bar {
  label: string;
  value: number;
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Lays out a vertical bar per row on a 0..1 (rate) scale, in a chart of the given size. */
export function rateBars(
  rows: readonly { label: string; value: number | null }[],
  width: number,
  height: number,
  pad = 30,
): Bar[] {
  const usable = rows.filter((r): r is { label: string; value: number } => typeof r.value === 'number');
  if (!usable.length) return [];
  const slot = (width - pad) / usable.length;
  const barWidth = Math.max(4, slot * 0.6);
  return usable.map((r, i) => {
    const value = Math.min(1, Math.max(0, r.value));
    const h = value * (height - 2 * pad);
    return {
      label: r.label,
      value,
      x: pad + i * slot + (slot - barWidth) / 2,
      y: height - pad - h,
      width: barWidth,
      height: h,
    };
  });
}
