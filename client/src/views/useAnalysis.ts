import { useEffect, useMemo, useState } from 'react';
import type { Board } from '@partnermap/shared/model';

type AnalysisModule = typeof import('@partnermap/shared/analysis');

/** Loaded once, on first need: graphology adds about 89 kB that the map's first paint does without. */
let loading: Promise<AnalysisModule> | undefined;
export function loadAnalysis(): Promise<AnalysisModule> {
  loading ??= import('@partnermap/shared/analysis');
  return loading;
}

/** The analysis module, undefined until it has loaded (or while `wanted` is false). */
export function useAnalysisModule(wanted = true): AnalysisModule | undefined {
  const [module, setModule] = useState<AnalysisModule>();
  useEffect(() => {
    if (!wanted || module) return;
    let live = true;
    void loadAnalysis().then((m) => {
      if (live) setModule(m);
    });
    return () => {
      live = false;
    };
  }, [wanted, module]);
  return module;
}

/** Every measure of the live board, recomputed as anyone edits; undefined while the measures load. */
export function useAnalysis(board: Board, wanted = true) {
  const module = useAnalysisModule(wanted);
  return useMemo(() => (module && wanted ? { module, analysis: module.analyseBoard(board) } : undefined), [module, board, wanted]);
}
