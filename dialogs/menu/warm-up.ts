import { LANGS } from '../../knowledge/types';
import { cultureOf } from '../language';
import { recognizeReply } from './recognize-reply';

/**
 * botbuilder's number and ordinal recognizers build their models for a culture on first use, which blocks the
 * event loop for several seconds: paid once at start-up, not by the first user (and everyone served beside them).
 */
export function warmUpRecognizers(): void {
  const options = [
    { id: 'first', title: 'first', value: 'first' },
    { id: 'second', title: 'second', value: 'second' },
  ];
  for (const lang of LANGS) recognizeReply('2', options, cultureOf(lang));
}
