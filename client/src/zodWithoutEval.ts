import { z } from 'zod';

// The server's CSP forbids eval. Zod probes for it with `new Function` as soon as an object
// schema is built, and browsers report even that caught probe as a violation, so zod is told not
// to try. main.tsx imports this module first, before any module builds a schema.
z.config({ jitless: true });
