import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { projectPath } from '../../config/paths';
import { LANGS } from '../../knowledge/types';
import { redactPii, redactPiiDetailed } from '../../storage/redact';
import { loadInnocent, loadPlanted } from './corpus';
import { falseRate, recall, scoreRedaction, type KindScore } from './score';

/**
 * `npm run bench:redaction [-- --misses]`: recall on the planted items and false redactions on the innocent
 * sentences of the redaction corpus, per kind and language, and the time redaction takes per text.
 */
const percent = (value: number) => `${(value * 100).toFixed(1)} %`;

function kindTable(kinds: KindScore[]): string {
  const rows = [...kinds]
    .sort((a, b) => a.kind.localeCompare(b.kind) || a.lang.localeCompare(b.lang))
    .map((s) => `| ${s.kind} | ${s.lang} | ${s.planted} | ${s.caught} | ${percent(s.caught / s.planted)} |`);
  const total = (lang: string) => {
    const scores = kinds.filter((s) => lang === 'all' || s.lang === lang);
    const planted = scores.reduce((sum, s) => sum + s.planted, 0);
    const caught = scores.reduce((sum, s) => sum + s.caught, 0);
    return `| **all** | ${lang} | ${planted} | ${caught} | ${percent(recall(scores))} |`;
  };
  const head = ['| kind | lang | planted | caught | recall |', '|---|---|---|---|---|'];
  return [...head, ...rows, total('fr'), total('en'), total('all')].join('\n');
}

/** Microseconds per text, the fastest of three passes over every sentence of the corpus (the machine is shared). */
function microsecondsPerText(texts: string[]): number {
  const passes = [0, 1, 2].map(() => {
    const started = performance.now();
    for (let round = 0; round < 20; round++) for (const text of texts) redactPiiDetailed(text);
    return ((performance.now() - started) * 1000) / (20 * texts.length);
  });
  return Math.min(...passes);
}

/** The matcher's dev set: questions written by other people, none of them personal; redaction should leave them. */
function devSetRows(): string[] {
  return LANGS.map((lang) => {
    const questions = readFileSync(projectPath('tests', 'fixtures', `devset.${lang}.jsonl`), 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((line) => (JSON.parse(line) as { text: string }).text);
    const changed = questions.filter((text) => redactPii(text) !== text).length;
    return `| ${lang} (matcher dev set) | ${questions.length} | ${changed} | ${percent(changed / questions.length)} |`;
  });
}

function main(): void {
  const planted = loadPlanted();
  const innocent = loadInnocent();
  const scores = scoreRedaction(planted, innocent);
  console.log('Planted items (personal data written inside realistic sentences):\n');
  console.log(kindTable(scores.kinds));
  console.log('\nInnocent sentences (vendors’ questions: acronyms, products, versions, FAQ dates):\n');
  console.log('| lang | sentences | falsely redacted | rate |\n|---|---|---|---|');
  for (const s of scores.innocent) {
    console.log(`| ${s.lang} | ${s.sentences} | ${s.falselyRedacted} | ${percent(s.falselyRedacted / s.sentences)} |`);
  }
  const sentences = scores.innocent.reduce((sum, s) => sum + s.sentences, 0);
  const falsely = scores.innocent.reduce((sum, s) => sum + s.falselyRedacted, 0);
  console.log(`| all | ${sentences} | ${falsely} | ${percent(falseRate(scores.innocent))} |`);
  for (const row of devSetRows()) console.log(row);
  const texts = [...planted.map((s) => s.text), ...innocent.map((s) => s.text)];
  const length = Math.round(texts.reduce((sum, text) => sum + text.length, 0) / texts.length);
  const speed = microsecondsPerText(texts).toFixed(1);
  console.log(`\nSpeed: ${speed} µs per text (${texts.length} texts, ${length} characters on average).`);
  const heldout = scoreRedaction(loadPlanted('heldout'), loadInnocent('heldout'));
  const heldoutPlanted = heldout.kinds.reduce((sum, s) => sum + s.planted, 0);
  const heldoutSentences = heldout.innocent.reduce((sum, s) => sum + s.sentences, 0);
  console.log(
    `\nHeld-out batch (written after the rules were last changed): recall ${percent(recall(heldout.kinds))} ` +
      `on ${heldoutPlanted} planted items, ${percent(falseRate(heldout.innocent))} of ${heldoutSentences} ` +
      'innocent sentences falsely redacted.',
  );
  if (process.argv.includes('--misses')) {
    scores.missed.push(...heldout.missed);
    scores.falselyRedacted.push(...heldout.falselyRedacted);
    console.log('\nMissed:');
    for (const miss of scores.missed) console.log(`  [${miss.item.kind}] ${miss.item.text}  ←  ${miss.redacted}`);
    console.log('\nFalsely redacted:');
    for (const item of scores.falselyRedacted) console.log(`  ${item.redacted}`);
  }
}

main();
