import { PARTNERSHIP_MODEL_LABELS, agencyName } from '@partnermap/shared/model';
import { useBoardContext } from '../../app/BoardContext.ts';
import { ChoiceField } from '../../inspector/fields.tsx';
import type { ViewProps } from '../BoardViews.tsx';
import { EmptyView } from '../EmptyView.tsx';
import { setMapLens, useMapLens, type SizeBy } from '../mapLens.ts';
import { Loading, decimal } from '../parts.tsx';
import { useAnalysis } from '../useAnalysis.ts';
import { AgencyTable } from './AgencyTable.tsx';
import { exchangesAmong, partnershipQuestion } from './partnershipQuestion.ts';
import { SIZE_BY_LABELS } from './sizes.ts';

const SIZE_CHOICES = [
  { value: 'same', label: 'Same size' },
  { value: 'degree', label: SIZE_BY_LABELS.degree },
  { value: 'betweenness', label: SIZE_BY_LABELS.betweenness },
] as const;

/** The network measures of the board, of each agency and of each partnership, each with its plain meaning. */
export function MeasuresView(props: ViewProps) {
  const { board } = useBoardContext();
  const measured = useAnalysis(board);
  const { sizeBy } = useMapLens();
  if (board.agencies.length === 0) {
    return (
      <div className="view-scroll">
        <EmptyView title="No agencies yet">
          Add agencies on the map and connect the ones that work together. How connected the network is shows here.
        </EmptyView>
      </div>
    );
  }
  if (!measured) return <Loading />;
  const { analysis, module } = measured;
  const { MEASURES } = module;
  const n = analysis.network;
  const byId = new Map(board.agencies.map((a) => [a.id, a]));
  const isolates = n.isolates.map((id) => agencyName(byId.get(id))).join(', ');
  const figures = [
    ['agencies', String(n.agencies)],
    ['relationships', String(n.relationships)],
    ['density', decimal(n.density)],
    ['components', String(n.components)],
    ['isolates', isolates || 'None'],
    ['degreeCentralization', decimal(n.degreeCentralization)],
    ['betweennessCentralization', decimal(n.betweennessCentralization)],
    ['exchangeReciprocity', decimal(n.exchangeReciprocity)],
    ['meanIntegration', n.meanIntegration === null ? 'No relationships yet' : decimal(n.meanIntegration)],
  ] as const;
  return (
    <div className="view-scroll" data-testid="measures-view">
      <div className="view-head">
        <h2>Measures</h2>
        <ChoiceField
          compact
          legend="Size agencies on the map by"
          choices={SIZE_CHOICES}
          value={sizeBy ?? 'same'}
          onChange={(v) => setMapLens({ sizeBy: v === 'same' ? null : (v as SizeBy) })}
        />
      </div>
      <div className="view-columns view-columns--wide">
        <section className="view-card panel" aria-labelledby="measures-board">
          <h3 id="measures-board">The whole board</h3>
          <table className="figures figures--meanings" data-testid="board-figures">
            <tbody>
              {figures.map(([id, value]) => (
                <tr key={id}>
                  <th scope="row">{MEASURES[id].label}</th>
                  <td>{value}</td>
                  <td className="figures__meaning">{MEASURES[id].meaning}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
        <AgencyTable analysis={analysis} measures={MEASURES} select={props.select} selection={props.selection} />
      </div>
      <h3 className="view-subhead">Partnerships</h3>
      {board.partnerships.length === 0 ? (
        <p className="view-none">No partnerships yet. Select two or more agencies on the map and form one.</p>
      ) : (
        <div className="view-columns">
          {board.partnerships.map((p) => {
            const figs = analysis.partnerships.find((x) => x.id === p.id);
            const question = partnershipQuestion(p, board.exchanges);
            return (
              <section key={p.id} className="view-card panel" aria-label={p.name || 'Unnamed partnership'} data-testid="partnership-figures">
                <header className="view-card__header">
                  <h4>
                    <button type="button" className="link" onClick={() => props.select({ partnershipId: p.id })}>
                      {p.name || 'Unnamed partnership'}
                    </button>
                  </h4>
                  <span className="badge">{PARTNERSHIP_MODEL_LABELS[p.model]}</span>
                </header>
                <dl className="pairs">
                  <dt title={MEASURES.members.meaning}>{MEASURES.members.label}</dt>
                  <dd>{figs?.members ?? 0}</dd>
                  <dt title={MEASURES.density.meaning}>{MEASURES.density.label}</dt>
                  <dd>{decimal(figs?.density ?? 0)}</dd>
                  <dt title={MEASURES.meanIntegration.meaning}>{MEASURES.meanIntegration.label}</dt>
                  <dd>{figs?.meanIntegration == null ? 'No relationships' : decimal(figs.meanIntegration)}</dd>
                  <dt>Exchanges between members</dt>
                  <dd>{exchangesAmong(p.memberIds, board.exchanges)}</dd>
                </dl>
                {question && (
                  <p className="view-question" role="note">
                    {question}
                  </p>
                )}
              </section>
            );
          })}
        </div>
      )}
    </div>
  );
}
