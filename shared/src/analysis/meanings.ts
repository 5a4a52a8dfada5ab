/**
 * Every figure the analysis gives, with a label and a one-line plain meaning for practitioners.
 * The measures panel, exports and reports all read this one table, so the words stay the same.
 */
export const MEASURES = {
  agencies: { label: 'Agencies', meaning: 'how many agencies are on the map' },
  relationships: { label: 'Relationships', meaning: 'how many pairs of agencies have a relationship' },
  density: {
    label: 'Density',
    meaning: 'the share of all possible relationships between these agencies that exist (1: everyone works with everyone)',
  },
  components: {
    label: 'Separate groups',
    meaning: 'how many groups of agencies have no relationship at all with one another (1: everyone is connected)',
  },
  isolates: { label: 'Isolated agencies', meaning: 'agencies with no relationship with anyone on the map' },
  degreeCentralization: {
    label: 'Centred on one agency (relationships)',
    meaning: 'how far relationships run through one hub agency rather than being spread out (1: a star, 0: all equal)',
  },
  betweennessCentralization: {
    label: 'Centred on one agency (go-between)',
    meaning: 'how far one agency stands between all the others, so that much depends on it (1: everything goes through it)',
  },
  exchangeReciprocity: {
    label: 'Reciprocity of exchanges',
    meaning: 'the share of one-way gifts between agencies that are returned in some currency (1: every gift is returned)',
  },
  meanIntegration: {
    label: 'Mean degree of integration',
    meaning: 'the average agreed degree, from 1 communication to 4 integration',
  },
  degree: { label: 'Relationships', meaning: 'how many agencies this agency has a relationship with' },
  betweenness: {
    label: 'Go-between',
    meaning: 'how often this agency lies on the shortest path between two others (1: every path goes through it)',
  },
  exchangesGiven: { label: 'Exchanges given', meaning: 'how many exchanges this agency gives to its partners' },
  exchangesReceived: { label: 'Exchanges received', meaning: 'how many exchanges this agency receives from its partners' },
  flow: { label: 'Flow', meaning: 'whether exchanges go both ways along this relationship, one way only, or not at all' },
  disagreement: {
    label: 'Sides disagree',
    meaning: 'the two agencies rate their integration, or their trust in each other, two steps or more apart',
  },
  currencyExchanges: { label: 'Exchanges', meaning: 'how many exchanges of this currency are on the map' },
  share: { label: 'Share', meaning: "the fraction of this currency's exchanges this agency gives or receives" },
  currencyBetweenness: {
    label: 'Go-between for this currency',
    meaning: 'how far this currency has to pass through this agency to reach the others',
  },
  unvalued: {
    label: 'Not valued',
    meaning: 'exchanges of a currency the receiving agency does not list among what it values',
  },
  members: { label: 'Members', meaning: 'how many agencies are in this partnership' },
} as const satisfies Record<string, { label: string; meaning: string }>;

export type MeasureId = keyof typeof MEASURES;
