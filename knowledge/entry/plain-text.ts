/** A paragraph, list item or heading of a markdown text, as plain text on one line. */
export interface TextBlock {
  text: string;
  heading: boolean;
}

const LIST_ITEM = /^\s*(?:[-*+•]|\d+[.)])\s+/u;
const HEADING = /^\s*#{1,6}\s+/u;

/** Markdown's inline marks removed: links keep their text, emphasis and code their content. */
export function plainInline(text: string): string {
  return text
    .replace(/!?\[([^\]]*)\]\([^)\s]*\)/gu, '$1')
    .replace(/(\*\*|__)(.+?)\1/gu, '$2')
    .replace(/(^|[\s(])[*_]([^*_\s][^*_]*?)[*_](?=[\s).,;:!?]|$)/gu, '$1$2')
    .replace(/`([^`]*)`/gu, '$1')
    .replace(/^\s*>\s?/u, '')
    .replace(/\s+/gu, ' ')
    .trim();
}

/** The blocks of a markdown text in order: paragraphs (their lines joined), list items and headings. */
export function markdownBlocks(markdown: string): TextBlock[] {
  const blocks: TextBlock[] = [];
  let paragraph: string[] = [];
  const close = (): void => {
    const text = plainInline(paragraph.join(' '));
    if (text !== '') blocks.push({ text, heading: false });
    paragraph = [];
  };
  for (const line of markdown.split(/\r?\n/u)) {
    if (line.trim() === '') close();
    else if (HEADING.test(line)) {
      close();
      blocks.push({ text: plainInline(line.replace(HEADING, '')), heading: true });
    } else if (LIST_ITEM.test(line)) {
      close();
      paragraph = [line.replace(LIST_ITEM, '')];
    } else paragraph.push(line);
  }
  close();
  return blocks;
}
