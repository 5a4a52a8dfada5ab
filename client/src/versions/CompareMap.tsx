import { forwardRef } from 'react';
import { INTEGRATION_LABELS } from '@partnermap/shared/model';
import type { ChangeStatus, CompareScene } from './compareScene.ts';

/** Colours with words and marks beside them: colour is never the only cue (WCAG 1.4.1). */
export const STATUS_STYLE: Record<ChangeStatus, { stroke: string; fill: string; text: string; mark: string; word: string; dash?: string }> = {
  added: { stroke: '#1a7f37', fill: '#dafbe1', text: '#0f5323', mark: '+', word: 'added' },
  removed: { stroke: '#cf222e', fill: '#fff5f5', text: '#82071e', mark: '−', word: 'removed', dash: '6 4' },
  changed: { stroke: '#9a6700', fill: '#fff8c5', text: '#4d2d00', mark: '●', word: 'changed' },
  same: { stroke: '#8c959f', fill: '#ffffff', text: '#24292f', mark: '', word: '' },
};

const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif';

function clip(name: string): string {
  // About 20 characters of bold 14px text fit a card's width.
  return name.length > 20 ? `${name.slice(0, 19).trimEnd()}…` : name || 'Unnamed agency';
}

interface Props {
  scene: CompareScene;
  /** Describes the picture for people who cannot see it. */
  label: string;
}

/**
 * The two moments on one map, as plain SVG with its styles inline (so the same drawing saves as
 * an image): agencies and relationships added in green, removed ones in red and ghosted where
 * they were, changed ones in amber, each with a mark and a word.
 */
export const CompareMap = forwardRef<SVGSVGElement, Props>(function CompareMap({ scene, label }, ref) {
  const { box, card, scale: k } = scene;
  return (
    <svg
      ref={ref}
      xmlns="http://www.w3.org/2000/svg"
      viewBox={`${box.x} ${box.y} ${box.width} ${box.height}`}
      width={box.width}
      height={box.height}
      role="img"
      aria-label={label}
      className="compare-map"
      fontFamily={FONT}
    >
      <rect x={box.x} y={box.y} width={box.width} height={box.height} fill="#ffffff" />
      {scene.relationships.map((r) => {
        const s = STATUS_STYLE[r.status];
        const mid = { x: (r.from.x + r.to.x) / 2, y: (r.from.y + r.to.y) / 2 };
        const note = r.moved ? `${r.moved === 'up' ? '▲' : '▼'} ${INTEGRATION_LABELS[r.integration]}` : s.word;
        return (
          <g key={r.id} data-relationship={r.id} data-status={r.status} opacity={r.status === 'removed' ? 0.75 : 1}>
            <line
              x1={r.from.x} y1={r.from.y} x2={r.to.x} y2={r.to.y}
              stroke={r.status === 'same' ? '#6e7781' : s.stroke}
              strokeWidth={(1 + r.integration) * k}
              strokeDasharray={s.dash}
            />
            {note && (
              <text x={mid.x} y={mid.y - 6 * k} textAnchor="middle" fontSize={12 * k} fill={s.text} stroke="#ffffff" strokeWidth={3 * k} paintOrder="stroke">
                {s.mark} {note}
              </text>
            )}
          </g>
        );
      })}
      {scene.agencies.map((a) => {
        const s = STATUS_STYLE[a.status];
        return (
          <g key={a.id} data-agency={a.id} data-status={a.status} opacity={a.status === 'removed' ? 0.75 : 1}>
            <title>{s.word ? `${a.name || 'Unnamed agency'} (${s.word})` : a.name || 'Unnamed agency'}</title>
            <rect
              x={a.x} y={a.y} width={card.width} height={card.height} rx={8 * k}
              fill={s.fill} stroke={s.stroke} strokeWidth={(a.status === 'same' ? 1 : 3) * k} strokeDasharray={s.dash}
            />
            <text x={a.x + 12 * k} y={a.y + 22 * k} fontSize={14 * k} fontWeight={600} fill={s.text} textDecoration={a.status === 'removed' ? 'line-through' : undefined}>
              {clip(a.name)}
            </text>
            {s.word && (
              <text x={a.x + 12 * k} y={a.y + 40 * k} fontSize={12 * k} fill={s.text}>
                {s.mark} {s.word}
              </text>
            )}
          </g>
        );
      })}
    </svg>
  );
});
