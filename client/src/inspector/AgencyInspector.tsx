import { useEffect, useId, useRef, useState } from 'react';
import { connectAgencies, removeAgency, updateAgency } from '@partnermap/shared/doc';
import {
  SECTORS,
  CURRENCIES,
  CURRENCY_LABELS,
  SECTOR_LABELS,
  agencyName,
  agencyNames,
  type Agency,
  type Sector,
} from '@partnermap/shared/model';
import { useAttempt } from './useAttempt.ts';
import { useBoardContext } from '../app/BoardContext.ts';
import { ToggleChips } from '../common/ToggleChips.tsx';
import { AgencyOptions } from './AgencyOptions.tsx';
import { Section, SoftProblem, TextField } from './fields.tsx';
import { ChangedBy } from '../versions/ChangedBy.tsx';
import { FocusActions } from '../canvas/focus/FocusActions.tsx';

interface Props {
  agency: Agency;
  /** Set when the agency was just added: its name field takes focus. */
  focusName: boolean;
  onSelectRelationship: (id: string) => void;
  onDeleted: () => void;
}

export function AgencyInspector({ agency, focusName, onSelectRelationship, onDeleted }: Props) {
  const { doc, board, readOnly } = useBoardContext();
  const nameRef = useRef<HTMLInputElement & HTMLTextAreaElement>(null);
  const sectorId = useId();
  const connectId = useId();
  const [connectTo, setConnectTo] = useState<Agency>();
  /** The agency chosen to connect to, when a colleague removed it before Connect was pressed. */
  const [removedChoice, setRemovedChoice] = useState<Agency>();
  const { problem, attempt } = useAttempt();

  useEffect(() => {
    if (focusName) nameRef.current?.focus();
  }, [focusName, agency.id]);

  useEffect(() => {
    if (connectTo && !board.agencies.some((a) => a.id === connectTo.id)) {
      setRemovedChoice(connectTo);
      setConnectTo(undefined);
    }
  }, [board.agencies, connectTo]);

  const update = (patch: Partial<Agency>) => attempt(() => updateAgency(doc, agency.id, patch));
  const choose = (id: string) => {
    setConnectTo(board.agencies.find((a) => a.id === id));
    setRemovedChoice(undefined);
  };
  const connect = () => {
    if (!connectTo) return;
    const relationship = attempt(() => connectAgencies(doc, agency.id, connectTo.id));
    setConnectTo(undefined);
    if (relationship) onSelectRelationship(relationship);
  };
  const nameOf = agencyNames(board);
  const relationships = board.relationships.filter((r) => r.source === agency.id || r.target === agency.id);
  const linked = new Set(relationships.flatMap((r) => [r.source, r.target]));
  const others = board.agencies.filter((a) => a.id !== agency.id && !linked.has(a.id));
  const partnerships = board.partnerships.filter((p) => p.memberIds.includes(agency.id));

  return (
    <div className="inspector__body" data-testid="agency-inspector">
      <header className="inspector__header">
        <h2 className="inspector__kind" tabIndex={-1}>
          Agency<span className="visually-hidden">: {agencyName(agency)}</span>
        </h2>
      </header>
      <SoftProblem problem={problem} />
      <TextField
        label="Name"
        value={agency.name}
        onCommit={(name) => update({ name })}
        placeholder="e.g. City Council adult social care"
        inputRef={nameRef}
        disabled={readOnly}
        maxLength={200}
        className="field--title"
      />
      <div className="field">
        <label htmlFor={sectorId} className="field__label">
          Sector
        </label>
        <select
          id={sectorId}
          value={agency.sector}
          disabled={readOnly}
          onChange={(e) => update({ sector: e.target.value as Sector })}
        >
          {SECTORS.map((s) => (
            <option key={s} value={s}>
              {SECTOR_LABELS[s]}
            </option>
          ))}
        </select>
      </div>
      <TextField
        label="What it does"
        multiline
        value={agency.description}
        onCommit={(description) => update({ description })}
        placeholder="Its role in this partnership, in a sentence or two"
        disabled={readOnly}
      />
      <TextField
        label="Contact or lead"
        value={agency.contact}
        onCommit={(contact) => update({ contact })}
        placeholder="Who to talk to"
        disabled={readOnly}
      />

      <Section title="What it values">
        <p className="hint">The currencies that count for this agency. A common currency matters to both sides.</p>
        <ToggleChips
          label="What it values"
          options={CURRENCIES}
          chosen={agency.values}
          onChange={(values) => update({ values })}
          render={(c) => CURRENCY_LABELS[c]}
          disabled={readOnly}
        />
      </Section>

      <Section title="Relationships">
        {relationships.length === 0 ? (
          <p className="hint">None yet. Drag from this agency's edge to another agency, or choose one below.</p>
        ) : (
          <ul className="link-list">
            {relationships.map((r) => (
              <li key={r.id}>
                <button type="button" className="link" onClick={() => onSelectRelationship(r.id)}>
                  with {nameOf(r.source === agency.id ? r.target : r.source)}
                </button>
              </li>
            ))}
          </ul>
        )}
        {!readOnly && others.length > 0 && (
          <div className="inline-form">
            <label htmlFor={connectId} className="visually-hidden">
              Agency to connect to
            </label>
            <select id={connectId} value={connectTo?.id ?? ''} onChange={(e) => choose(e.target.value)}>
              <option value="">Choose an agency…</option>
              <AgencyOptions agencies={others} />
            </select>
            <button type="button" className="button" disabled={!connectTo} onClick={connect}>
              Connect
            </button>
          </div>
        )}
        <SoftProblem
          problem={
            removedChoice &&
            `${agencyName(removedChoice)} has just been removed from the board, perhaps by a colleague, ` +
              'so it cannot be connected. Choose another agency.'
          }
        />
      </Section>

      <FocusActions agency={agency} />

      {partnerships.length > 0 && (
        <Section title="Partnerships">
          <ul className="plain-list">
            {partnerships.map((p) => (
              <li key={p.id}>{p.name || 'Unnamed partnership'}</li>
            ))}
          </ul>
        </Section>
      )}

      <ChangedBy entityId={agency.id} />
      {!readOnly && (
        <button
          type="button"
          className="button button--danger"
          onClick={() => {
            removeAgency(doc, agency.id);
            onDeleted();
          }}
        >
          Delete agency
        </button>
      )}
    </div>
  );
}
