import { CURRENCY_LABELS, type Currency } from '@partnermap/shared/model';
import { useMemo } from 'react';
import { useBoardContext } from '../../app/BoardContext.ts';
import type { ViewProps } from '../BoardViews.tsx';
import { EmptyView } from '../EmptyView.tsx';
import { setMapLens } from '../mapLens.ts';
import { useAnalysis } from '../useAnalysis.ts';
import { Loading, RelationshipList, capitalise, decimal, percent } from '../parts.tsx';
import { flowSummary } from './flowSummary.ts';

/** Reciprocity and currencies: one-way relationships, exchanges not valued, and who carries each currency. */
export function FlowsView({ select, open }: ViewProps) {
  const { board } = useBoardContext();
  const measured = useAnalysis(board);
  const summary = useMemo(() => measured && flowSummary(board, measured.analysis), [board, measured]);
  if (board.relationships.length === 0 || board.exchanges.length === 0) {
    return (
      <div className="view-scroll">
        {board.relationships.length === 0 ? (
          <EmptyView title="No relationships yet">
            Connect two agencies on the map, then record what each gives the other. Their flows and currencies show here.
          </EmptyView>
        ) : (
          <EmptyView title="No exchanges yet">
            Select a relationship on the map and add what each agency gives the other (referrals, staff time,
            information...). Which flows go one way and which currencies are common then show here.
          </EmptyView>
        )}
      </div>
    );
  }
  if (!measured || !summary) return <Loading />;
  const { MEASURES, FLOW_MEANINGS } = measured.module;
  const showOnMap = (currency: Currency) => {
    setMapLens({ currency });
    open('map');
  };
  return (
    <div className="view-scroll" data-testid="flows-view">
      <div className="view-head">
        <h2>Flows and currencies</h2>
        <p className="hint">Trust grows through repeated, fair exchanges in both directions.</p>
      </div>
      <div className="view-columns">
        <section className="view-card panel" aria-labelledby="flows-one-way" data-testid="one-way-list">
          <h3 id="flows-one-way">One-way relationships ({summary.oneWay.length})</h3>
          <p className="hint">{capitalise(FLOW_MEANINGS['one-way'])}.</p>
          <RelationshipList items={summary.oneWay} select={select} none="Every relationship with exchanges has them both ways." />
        </section>
        <section className="view-card panel" aria-labelledby="flows-unvalued" data-testid="unvalued-list">
          <h3 id="flows-unvalued">Not valued by the receiver ({summary.unvalued.length})</h3>
          <p className="hint">{capitalise(MEASURES.unvalued.meaning)}, like beds offered to a partner without beds.</p>
          <RelationshipList items={summary.unvalued} select={select} none="Every exchange is of a currency its receiver values." />
        </section>
        <section className="view-card panel" aria-labelledby="flows-none">
          <h3 id="flows-none">Without exchanges ({summary.without.length})</h3>
          <p className="hint">Nothing is recorded as flowing between them yet.</p>
          <RelationshipList items={summary.without} select={select} none="Every relationship has at least one exchange." />
        </section>
      </div>
      <h3 className="view-subhead">Who carries each currency</h3>
      <div className="view-columns">
        {summary.currencies.map((c) => (
          <section key={c.currency} className="view-card panel" aria-label={CURRENCY_LABELS[c.currency]} data-testid="currency-card">
            <header className="view-card__header">
              <h4>{CURRENCY_LABELS[c.currency]}</h4>
              <span className="badge">{c.exchanges === 1 ? '1 exchange' : `${c.exchanges} exchanges`}</span>
            </header>
            <p className="view-card__sentence">{c.sentence}</p>
            <table className="figures">
              <thead>
                <tr>
                  <th scope="col">Agency</th>
                  <th scope="col" title={MEASURES.share.meaning}>
                    {MEASURES.share.label}
                  </th>
                  <th scope="col" title={MEASURES.currencyBetweenness.meaning}>
                    Go-between
                  </th>
                </tr>
              </thead>
              <tbody>
                {c.carriers.map((a) => (
                  <tr key={a.id}>
                    <th scope="row">{a.name}</th>
                    <td>{percent(a.share)}</td>
                    <td>{decimal(a.betweenness)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            <button type="button" className="button" onClick={() => showOnMap(c.currency)}>
              Show {CURRENCY_LABELS[c.currency].toLowerCase()} on the map
            </button>
          </section>
        ))}
      </div>
      <p className="view-key">
        {MEASURES.share.label}: {MEASURES.share.meaning}. Go-between: {MEASURES.currencyBetweenness.meaning}.
      </p>
    </div>
  );
}
