/**
 * The zod that Lambda code imports: `zod/mini` (functional API, tree-shakable), so a bundle
 * carries only the schema types and checks it uses — not classic zod's methods and
 * JSON-schema code (~45 KB per bundle). Import it as `import * as z from '../zod'`; a named
 * `{ z }` import would keep the whole namespace, every locale included.
 *
 * Unlike classic zod, `zod/mini` registers no locale, so every built-in message would read
 * "Invalid input". The English messages ("Invalid URL", "Too small: expected …") reach
 * people through `rsvp event check`, event-file errors and config errors, so English is
 * registered here, once, for every schema built on this module (~3 KB minified).
 */
import { config } from 'zod/mini';
import en from 'zod/v4/locales/en.js';

config(en());

export * from 'zod/mini';
