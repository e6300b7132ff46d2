/** The variables of live knowledge edits, spread into `SETTINGS` after KNOWLEDGE_DIR. */
import { boolean, integer } from './settings';

export const KNOWLEDGE_SETTINGS = {
  knowledgeReadOnly: boolean(
    'KNOWLEDGE_READ_ONLY',
    "Never write the knowledge folder: accepted edits go to the store's overlay, replayed over the folder at every load (also when the folder is not writable).",
    false,
  ),
  knowledgePollSeconds: integer(
    'KNOWLEDGE_POLL_SECONDS',
    "How often an instance checks the store's knowledge version and loads other instances' edits, in seconds (0: never).",
    5,
    0,
    3600,
  ),
};
