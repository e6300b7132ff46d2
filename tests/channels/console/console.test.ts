import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { assembleBot } from '../../../channels/assemble';
import { ConsoleChat } from '../../../channels/console/console-chat';
import { ANSI, buttonsOf, markdownToTerminal, PLAIN, renderReply } from '../../../channels/console/render';
import { menuCard } from '../../../dialogs/cards/menu-message';
import { feedbackOptions } from '../../../dialogs/cards/options';
import { loadConfig } from '../../../config/config';
import { loadKnowledgeBase } from '../../../knowledge';
import { translator } from '../../../locales';
import { IN_MEMORY, openStorage } from '../../../storage';
import { FIXTURE_KNOWLEDGE } from '../../dialogs/harness';

const ROOT = join(__dirname, '..', '..', '..');

describe('console rendering', () => {
  it('prints markdown readably', () => {
    const markdown = '**Question ?**\n\nTexte.\n\n- [Le ROR](https://esante.gouv.fr/ror)\n- https://x.org';
    expect(markdownToTerminal(markdown)).toBe(
      'Question ?\n\nTexte.\n\n  • Le ROR (https://esante.gouv.fr/ror)\n  • https://x.org',
    );
    expect(markdownToTerminal('**Gras**', ANSI)).toBe('\u001b[1mGras\u001b[22m');
    expect(markdownToTerminal('Source : [x.org/faq](https://x.org/faq).')).toBe('Source : https://x.org/faq.');
  });

  it('numbers suggested actions and the buttons of a card alike', () => {
    const options = feedbackOptions('c/1', translator('fr', 'conversation'));
    const suggested = {
      text: 'Utile ?',
      suggestedActions: { to: [], actions: [{ type: 'imBack', title: 'Oui', value: 'Oui' }] },
    };
    expect(renderReply(suggested, PLAIN)).toBe('Utile ?\n  1. Oui');
    const carded = { text: 'Utile ?', attachments: [menuCard(options)] };
    expect(buttonsOf(carded)).toEqual([
      { title: 'Oui', text: 'Oui', value: { feedback: 'yes', answerKey: 'c/1' } },
      { title: 'Non', text: 'Non', value: { feedback: 'no', answerKey: 'c/1' } },
    ]);
  });
});

describe('ConsoleChat', () => {
  it('chooses a button by its number, sending what a click sends', async () => {
    const kb = loadKnowledgeBase(FIXTURE_KNOWLEDGE);
    const storage = await openStorage({ dataDir: IN_MEMORY });
    const { botTurn } = assembleBot(loadConfig({ BOT_LOCAL_MODE: 'true' }), kb, storage);
    const output: string[] = [];
    const chat = new ConsoleChat(botTurn, 'fr-FR', (text) => output.push(text), PLAIN);
    try {
      await chat.start();
      for (const line of ['3', '1', '1']) await chat.say(line);
      const printed = output.join('');
      expect(printed).toContain('  3. Labels – deux réponses');
      expect(printed).toContain('Cette réponse vous a-t-elle été utile\u00a0?\n  1. Oui\n  2. Non');
      expect(printed).toContain('Merci pour votre retour\u00a0!');
      expect(await storage.feedback.list()).toEqual([
        expect.objectContaining({ entryId: 'label-msc-application', helpful: true, channelId: 'console' }),
      ]);
    } finally {
      await storage.close();
    }
  });
});

describe('npm run chat', () => {
  it('reads piped lines and exits cleanly at the end of input', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'channels/console/main.ts', '--memory', '--lang', 'en'], {
      cwd: ROOT,
      env: { ...process.env, KNOWLEDGE_DIR: FIXTURE_KNOWLEDGE },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdin.end('hello\n3\n');
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    expect(stdout).toContain('Which type of offer is your question about?');
    expect(stdout).toContain('> 3');
    expect(stdout).toContain('Here are the two questions that match your choices:');
  }, 60_000);
});
