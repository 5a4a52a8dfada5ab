import { useCallback, useState } from 'react';
import { readPerson, savePerson, type Person } from './person.ts';

/** This device's person (name and colour), undefined until they give a name on a first visit. */
export function usePerson(): { person: Person | undefined; rename: (name: string) => void } {
  const [person, setPerson] = useState(readPerson);
  const rename = useCallback((name: string) => {
    const saved = savePerson(name);
    if (saved) setPerson(saved);
  }, []);
  return { person, rename };
}
