import { lookUpAccess, type AccessLookup } from './api.ts';

interface EarlyCheck {
  id: string;
  token: string;
  answer: Promise<AccessLookup>;
  settled?: AccessLookup;
}

let early: EarlyCheck | undefined;

/**
 * Starts checking the link of the board this page opens as soon as the app has loaded: the board
 * page would otherwise ask only after its first render and paint (a quarter of a second on a slow
 * machine), and its socket waits for the answer.
 */
export function checkLinkEarly(route: { id: string; token: string }): void {
  if (!route.token) return;
  const check: EarlyCheck = { id: route.id, token: route.token, answer: lookUpAccess(route.id, route.token) };
  void check.answer.then((answer) => {
    check.settled = answer;
  });
  early = check;
}

/** The early check's answer if it is in already, for the board page's first render. */
export function earlyAnswer(id: string, token: string): AccessLookup | undefined {
  return early?.id === id && early.token === token ? early.settled : undefined;
}

/**
 * The early check of this link, for the page that opens it: used up once its answer is in, so a
 * later check (a retry, the link opened again) asks the server afresh. Until then every taker
 * shares it (React runs a page's effects twice in development).
 */
export function takeEarlyCheck(id: string, token: string): Promise<AccessLookup> | undefined {
  const check = early;
  if (check?.id !== id || check.token !== token) return undefined;
  void check.answer.then(() => {
    if (early === check) early = undefined;
  });
  return check.answer;
}
