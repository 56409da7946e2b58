import { Tooltip } from 'antd';
import { useT } from '../i18n/i18n';
import type { MessageKey } from '../i18n/vi';

export interface GridCounts {
  doneOnTime: number;
  doneLate: number;
  notDoneOnTrack: number;
  notDoneOverdue: number;
}

export const GRID_SEGMENTS: { key: keyof GridCounts; label: MessageKey; color: string }[] = [
  { key: 'doneOnTime', label: 'grid_doneOnTime', color: '#389e0d' },
  { key: 'doneLate', label: 'grid_doneLate', color: '#d4b106' },
  { key: 'notDoneOnTrack', label: 'grid_notDoneOnTrack', color: '#1677ff' },
  { key: 'notDoneOverdue', label: 'grid_notDoneOverdue', color: '#cf1322' },
];

/** The 2×2 grid of an official report as one stacked bar: plain SVG, no chart library to load. */
export function GridBar({ counts, width = 260 }: { counts: GridCounts; width?: number }) {
  const t = useT();
  const total = GRID_SEGMENTS.reduce((s, g) => s + counts[g.key], 0);
  let x = 0;
  return (
    <svg
      width="100%"
      height="18"
      viewBox={`0 0 ${width} 18`}
      preserveAspectRatio="none"
      role="img"
      style={{ maxWidth: width }}
    >
      <rect x="0" y="0" width={width} height="18" fill="#f0f0f0" rx="3" />
      {total > 0 &&
        GRID_SEGMENTS.map((g) => {
          const w = (counts[g.key] / total) * width;
          const rect = (
            <Tooltip key={g.key} title={`${t(g.label)}: ${counts[g.key]}`}>
              <rect x={x} y="0" width={w} height="18" fill={g.color} />
            </Tooltip>
          );
          x += w;
          return rect;
        })}
    </svg>
  );
}

export function GridLegend() {
  const t = useT();
  return (
    <div className="grid-legend">
      {GRID_SEGMENTS.map((g) => (
        <span key={g.key}>
          <i style={{ background: g.color }} /> {t(g.label)}
        </span>
      ))}
    </div>
  );
}
