import { recognizeCommand, type GlobalCommand } from '../../dialogs/commands';
import { LanguageDetector, loadKnowledgeBase } from '../../knowledge';

const detector = new LanguageDetector(loadKnowledgeBase());
const known = (word: string) => detector.isKnownWord(word);

describe('global commands', () => {
  it.each<[string, GlobalCommand]>([
    ['aide', { kind: 'help' }],
    ['Help', { kind: 'help' }],
    ['?', { kind: 'help' }],
    ['recommencer', { kind: 'restart' }],
    ['recomencer', { kind: 'restart' }],
    ['restrat', { kind: 'restart' }],
    ['Nouvelle question', { kind: 'newQuestion' }],
    ['new question', { kind: 'newQuestion' }],
    ['retour', { kind: 'back' }],
    ['English', { kind: 'language', lang: 'en' }],
    ['englsh', { kind: 'language', lang: 'en' }],
    ['Français', { kind: 'language', lang: 'fr' }],
    ['Francais', { kind: 'language', lang: 'fr' }],
    ['Continue in English', { kind: 'language', lang: 'en' }],
    ['Continuer en français', { kind: 'language', lang: 'fr' }],
    ['bonjour', { kind: 'greeting' }],
  ])('%s is %j', (text, command) => {
    expect(recognizeCommand(text, known)).toEqual(command);
  });

  it.each([
    // Real words two edits from a command, or one edit from it and known to the base or the short list.
    'franchise',
    'président',
    'presidente',
    'Francis',
    'retours',
    'aides',
    // A longer message is a question even when it holds a command's word.
    'aide au financement Ségur pour les éditeurs de logiciels',
    'english ROR documentation please',
    '',
  ])('%s is no command', (text) => {
    expect(recognizeCommand(text, known)).toBeUndefined();
  });

  it('takes no word the base writes for a typo of a command', () => {
    expect(recognizeCommand('retoure')).toEqual({ kind: 'back' });
    expect(recognizeCommand('retoure', (word) => word === 'retoure')).toBeUndefined();
  });
});
