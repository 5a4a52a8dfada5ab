import { useId, useState } from 'react';
import { addExchange, removeExchange } from '@partnermap/shared/doc';
import { CURRENCIES, CURRENCY_LABELS, type Currency, type Exchange, type Relationship } from '@partnermap/shared/model';
import { useAttempt } from './useAttempt.ts';
import { useBoardContext } from '../app/BoardContext.ts';
import { SoftProblem } from './fields.tsx';

interface Props {
  relationship: Relationship;
  exchanges: Exchange[];
  nameOf: (agencyId: string) => string;
}

/** "A gives B <currency>: <what>", listed and added in either direction. */
export function ExchangeList({ relationship, exchanges, nameOf }: Props) {
  const { doc, readOnly } = useBoardContext();
  const ids = { giver: useId(), currency: useId(), what: useId() };
  const [giver, setGiver] = useState(relationship.source);
  const [currency, setCurrency] = useState<Currency>('information');
  const [what, setWhat] = useState('');
  const receiver = giver === relationship.source ? relationship.target : relationship.source;

  const sentence = (x: Exchange) => `${nameOf(x.from)} gives ${nameOf(x.to)} ${CURRENCY_LABELS[x.currency].toLowerCase()}`;

  const { problem, attempt } = useAttempt();

  const add = () => {
    const added = attempt(() =>
      addExchange(doc, { relationshipId: relationship.id, from: giver, to: receiver, currency, description: what.trim() }),
    );
    if (added) setWhat('');
  };

  return (
    <div className="exchanges">
      <SoftProblem problem={problem} />
      {exchanges.length === 0 ? (
        <p className="hint">Nothing recorded yet. What does each side give the other?</p>
      ) : (
        <ul className="exchange-list" aria-label="Exchanges">
          {exchanges.map((x) => (
            <li key={x.id} className="exchange" data-testid="exchange">
              <span>
                <strong>{sentence(x)}</strong>
                {x.description && <>: {x.description}</>}
              </span>
              {!readOnly && (
                <button
                  type="button"
                  className="icon-button"
                  aria-label={`Remove: ${sentence(x)}`}
                  onClick={() => removeExchange(doc, x.id)}
                >
                  ×
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {!readOnly && (
        <form
          className="exchange-form"
          aria-label="Add an exchange"
          onSubmit={(e) => {
            e.preventDefault();
            add();
          }}
        >
          <div className="field">
            <label htmlFor={ids.giver} className="field__label">
              Who gives
            </label>
            <select id={ids.giver} value={giver} onChange={(e) => setGiver(e.target.value)}>
              {[relationship.source, relationship.target].map((from) => (
                <option key={from} value={from}>
                  {nameOf(from)} gives {nameOf(from === relationship.source ? relationship.target : relationship.source)}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor={ids.currency} className="field__label">
              Currency
            </label>
            <select id={ids.currency} value={currency} onChange={(e) => setCurrency(e.target.value as Currency)}>
              {CURRENCIES.map((c) => (
                <option key={c} value={c}>
                  {CURRENCY_LABELS[c]}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor={ids.what} className="field__label">
              What, exactly
            </label>
            <input
              id={ids.what}
              type="text"
              value={what}
              maxLength={2000}
              placeholder="e.g. discharge summaries within 24 hours"
              onChange={(e) => setWhat(e.target.value)}
            />
          </div>
          <button type="submit" className="button">
            Add exchange
          </button>
        </form>
      )}
    </div>
  );
}
