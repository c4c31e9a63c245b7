import type { ReactNode } from 'react';
import type { Range } from '../features/units/search';

/** Text with the matched ranges marked; always rendered as text, never as HTML. */
export function Highlight({ text, ranges }: { text: string; ranges: Range[] }) {
  if (ranges.length === 0) return <>{text}</>;
  const pieces: ReactNode[] = [];
  let cursor = 0;
  for (const [start, end] of ranges) {
    if (start > cursor) pieces.push(text.slice(cursor, start));
    pieces.push(<mark key={start}>{text.slice(start, end)}</mark>);
    cursor = end;
  }
  if (cursor < text.length) pieces.push(text.slice(cursor));
  return <>{pieces}</>;
}
