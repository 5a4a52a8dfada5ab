import { useMemo, useRef, useState } from 'react';
import { fileBase } from '@partnermap/shared/formats';
import { compareMeasures, diffBoards } from '@partnermap/shared/history';
import type { Board } from '@partnermap/shared/model';
import { ChangeList } from './ChangeList.tsx';
import { CompareMap, STATUS_STYLE } from './CompareMap.tsx';
import { changeLines } from './changeLines.ts';
import { compareScene } from './compareScene.ts';
import { saveComparePng, saveCompareSvg } from './compareImage.ts';
import { MeasuresTable } from './MeasuresTable.tsx';

interface Props {
  from: Board;
  to: Board;
  fromLabel: string;
  toLabel: string;
}

/** Two moments of the board compared: the map with what changed marked, the list, and the measures. */
export function CompareView({ from, to, fromLabel, toLabel }: Props) {
  const svg = useRef<SVGSVGElement>(null);
  const [failure, setFailure] = useState<string>();
  const { scene, sections, measures } = useMemo(() => {
    const diff = diffBoards(from, to);
    return { scene: compareScene(from, to, diff), sections: changeLines(from, to, diff), measures: compareMeasures(from, to) };
  }, [from, to]);
  const name = `${fileBase(to.meta.title)} - changes from ${fileBase(fromLabel)} to ${fileBase(toLabel)}`;
  const save = (format: 'svg' | 'png') => {
    if (!svg.current) return;
    setFailure(undefined);
    if (format === 'svg') saveCompareSvg(svg.current, name);
    else saveComparePng(svg.current, name).catch((err: unknown) => setFailure((err as Error).message));
  };

  return (
    <div className="versions-compare" data-testid="compare-view">
      <h3 className="versions-compare__heading">
        From <strong>{fromLabel}</strong> to <strong>{toLabel}</strong>
      </h3>
      <div className="versions-compare__map">
        <ul className="versions-key" aria-label="Key">
          {(['added', 'removed', 'changed'] as const).map((k) => (
            <li key={k}>
              <span className="versions-key__swatch" style={{ background: STATUS_STYLE[k].fill, borderColor: STATUS_STYLE[k].stroke, borderStyle: k === 'removed' ? 'dashed' : 'solid' }} aria-hidden>
                {STATUS_STYLE[k].mark}
              </span>
              {k === 'removed' ? 'Removed (shown faded where it was)' : k === 'added' ? 'Added' : 'Changed'}
            </li>
          ))}
          <li><span aria-hidden>▲▼</span> Degree of integration moved up or down</li>
        </ul>
        <div className="versions-compare__canvas">
          <CompareMap ref={svg} scene={scene} label={`Map of the changes from ${fromLabel} to ${toLabel}`} />
        </div>
        <div className="versions-compare__save">
          <button type="button" className="button" onClick={() => save('png')}>Save picture (PNG)</button>
          <button type="button" className="button" onClick={() => save('svg')}>Save picture (SVG)</button>
          {failure && <span role="alert">{failure}</span>}
        </div>
      </div>
      <ChangeList sections={sections} />
      <MeasuresTable measures={measures} fromLabel={fromLabel} toLabel={toLabel} />
    </div>
  );
}
