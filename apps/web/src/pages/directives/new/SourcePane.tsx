import { useEffect, useRef } from 'react';
import { locate, type Draft } from './drafts';

/**
 * The pasted text with every draft's clause underlined and the selected one highlighted, so the
 * office checks each task against the words it came from.
 */
export function SourcePane({
  text,
  drafts,
  selected,
  onSelect,
}: {
  text: string;
  drafts: Draft[];
  selected: string | null;
  onSelect: (key: string) => void;
}) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.querySelector('mark.current')?.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
  }, [selected]);

  const spans = drafts
    .map((d) => ({ key: d.key, at: locate(text, d) }))
    .filter((s): s is { key: string; at: [number, number] } => !!s.at)
    .sort((a, b) => a.at[0] - b.at[0]);
  const parts: React.ReactNode[] = [];
  let pos = 0;
  for (const s of spans) {
    if (s.at[0] < pos) continue; // overlapping spans: the first one wins the underline
    parts.push(text.slice(pos, s.at[0]));
    parts.push(
      <mark
        key={s.key}
        className={s.key === selected ? 'current' : 'clause'}
        onClick={() => onSelect(s.key)}
        data-draft={s.key}
      >
        {text.slice(s.at[0], s.at[1])}
      </mark>,
    );
    pos = s.at[1];
  }
  parts.push(text.slice(pos));
  return (
    <div ref={ref} className="source-pane" data-testid="source-pane">
      {parts}
    </div>
  );
}
