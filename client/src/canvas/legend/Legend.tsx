import { useEffect, useRef, useState } from 'react';
import type { Board } from '@partnermap/shared/model';
import { legendFor } from './legendContent.ts';
import { readLegendOpen, saveLegendOpen } from './legendOpen.ts';
import { LensLegend } from '../../views/LensLegend.tsx';
import { setPanelRoom } from '../room/panelRoom.ts';

/**
 * What the colours, lines and labels mean (see legendFor). Open or closed as last left on this
 * device; its size is told to "fit view" so that agencies are never placed under it.
 */
export function Legend({ board }: { board: Board }) {
  const legend = legendFor(board);
  const [open, setOpen] = useState(() => readLegendOpen(window.innerWidth));
  const ref = useRef<HTMLDetailsElement>(null);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const measure = () => setPanelRoom({ legend: { width: el.offsetWidth, height: el.offsetHeight } });
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => {
      observer.disconnect();
      setPanelRoom({ legend: { width: 0, height: 0 } });
    };
  }, []);
  return (
    <details
      className="legend panel"
      open={open}
      ref={ref}
      data-testid="legend"
      onToggle={(e) => {
        const now = e.currentTarget.open;
        if (now === open) return;
        setOpen(now);
        saveLegendOpen(now);
      }}
    >
      <summary>Legend</summary>
      <div className="legend__group">
        <h2>Sectors</h2>
        <ul>
          {legend.sectors.map((s) => (
            <li key={s.label}>
              <span className="legend__swatch" style={{ background: s.colour }} aria-hidden />
              {s.label}
            </li>
          ))}
        </ul>
      </div>
      <div className="legend__group">
        <h2>Degree of integration</h2>
        <ul>
          {legend.degrees.map((d) => (
            <li key={d.degree}>
              <svg width="44" height="10" aria-hidden>
                <line
                  x1="3"
                  y1="5"
                  x2="41"
                  y2="5"
                  stroke="#334155"
                  strokeLinecap="round"
                  strokeWidth={d.width}
                  strokeDasharray={d.dash}
                />
              </svg>
              {d.label}
            </li>
          ))}
        </ul>
      </div>
      <div className="legend__group">
        <h2>Exchanges</h2>
        <ul>
          <li>
            <span className="flow-label flow-label--static">→ Referrals</span> flows this way
          </li>
          <li>
            <span className="flow-label flow-label--static is-one-way">
              → Money <span className="flow-label__warn">one-way</span>
            </span>
          </li>
          <li>
            <span className="legend__outline" aria-hidden /> Partnership
          </li>
        </ul>
      </div>
      <LensLegend board={board} />
    </details>
  );
}
