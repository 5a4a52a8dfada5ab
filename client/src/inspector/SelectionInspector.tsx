import { useState } from 'react';
import { formPartnership, batch, removeAgency } from '@partnermap/shared/doc';
import {
  PARTNERSHIP_MODELS,
  PARTNERSHIP_MODEL_LABELS,
  PARTNERSHIP_MODEL_MEANINGS,
  agencyName,
  type Agency,
  type PartnershipModel,
} from '@partnermap/shared/model';
import { useAttempt } from './useAttempt.ts';
import { useBoardContext } from '../app/BoardContext.ts';
import { ChoiceField, SoftProblem, TextField, choicesOf } from './fields.tsx';

interface Props {
  agencies: Agency[];
  onFormed: (partnershipId: string) => void;
  onDeleted: () => void;
}

/** Several agencies selected: form a partnership of them, or delete them together. */
export function SelectionInspector({ agencies, onFormed, onDeleted }: Props) {
  const { doc, readOnly } = useBoardContext();
  const [model, setModel] = useState<PartnershipModel>('steering-group');
  const [name, setName] = useState('');
  const { problem, attempt } = useAttempt();

  return (
    <div className="inspector__body" data-testid="selection-inspector">
      <header className="inspector__header">
        <h2 className="inspector__kind" tabIndex={-1}>{agencies.length} agencies selected</h2>
      </header>
      <SoftProblem problem={problem} />
      <ul className="plain-list">
        {agencies.map((a) => (
          <li key={a.id}>{agencyName(a)}</li>
        ))}
      </ul>
      {!readOnly && (
        <form
          className="form-partnership"
          aria-label="Form partnership"
          onSubmit={(e) => {
            e.preventDefault();
            const formed = attempt(() => formPartnership(doc, agencies.map((a) => a.id), { model, name: name.trim() }));
            if (formed) onFormed(formed);
          }}
        >
          <h3>Form a partnership of them</h3>
          <TextField label="Partnership name" value={name} onCommit={setName} placeholder="e.g. Integrated discharge team" />
          <ChoiceField
            legend="Model"
            choices={choicesOf(PARTNERSHIP_MODELS, PARTNERSHIP_MODEL_LABELS, PARTNERSHIP_MODEL_MEANINGS)}
            value={model}
            onChange={setModel}
          />
          <button type="submit" className="button button--primary">
            Form partnership
          </button>
        </form>
      )}
      {!readOnly && (
        <button
          type="button"
          className="button button--danger"
          onClick={() => {
            batch(doc, () => agencies.forEach((a) => removeAgency(doc, a.id)));
            onDeleted();
          }}
        >
          Delete {agencies.length} agencies
        </button>
      )}
    </div>
  );
}
