import {
  addAgency,
  addExchange,
  addGoal,
  connectAgencies,
  destroyBoardDoc,
  encodeBoard,
  formPartnership,
  moveAgency,
  observeBoard,
  openBoardDoc,
  removeAgency,
  setMeta,
  setReviewAnswer,
  updateAgency,
  updateRelationship,
} from '@partnermap/shared/doc';

/**
 * Real board updates, made through the typed API as the app makes them: each edit's update in
 * order, then the whole doc as one update (what a reconnecting browser sends on sync step 2).
 */
export function realUpdates(agencies = 6): Uint8Array[] {
  const doc = openBoardDoc();
  const updates: Uint8Array[] = [];
  observeBoard(doc, (_origin, u) => updates.push(u));
  const ids: string[] = [];
  for (let i = 0; i < agencies; i++) ids.push(addAgency(doc, { name: `Agency ${i}`, sector: 'housing', values: ['money'] }));
  const [a, b, c] = ids as [string, string, string];
  const rel = connectAgencies(doc, a, b, { integration: 2 });
  connectAgencies(doc, b, c);
  addExchange(doc, { relationshipId: rel, from: a, to: b, currency: 'staff-time', description: 'Two days a week' });
  formPartnership(doc, [a, b, c], { name: 'Discharge hub' });
  const goal = addGoal(doc, 'People get home sooner');
  updateRelationship(doc, rel, { goalIds: [goal], notes: 'Weekly huddle' });
  updateAgency(doc, a, { description: 'Acute ward' });
  moveAgency(doc, b, { x: 120, y: 80 });
  setMeta(doc, { title: 'Discharge to assess' });
  setReviewAnswer(doc, 'goal', { answer: 'Fewer delayed discharges' }, 'Sam');
  removeAgency(doc, c);
  updates.push(encodeBoard(doc));
  destroyBoardDoc(doc);
  return updates;
}
