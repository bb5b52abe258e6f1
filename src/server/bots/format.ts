// An answer as each chat shows it — plain text with a 「來源」 list (OpenAI clients, fallbacks),
// Markdown (Mattermost), Block Kit (Slack), a Flex bubble (LINE) — the figures and the [n]
// markers of the answer kept exactly as the engine wrote them. Runtime-neutral.
import { extractFigures } from '../../text/numbers';
import type { LinkedCitation } from './links';

/** One citation as a line: [1] 報告，章節，第490–494行 */
export function citationLabel(c: LinkedCitation): string {
  const lines = c.lineStart === c.lineEnd ? `第${c.lineStart}行` : `第${c.lineStart}–${c.lineEnd}行`;
  return `[${c.n}] ${c.title}，${c.section.split(' > ').slice(-2).join(' > ')}，${lines}`;
}

/** The sources block appended to an answer: what every client renders. */
export function sourcesText(citations: LinkedCitation[]): string {
  return citations.length === 0 ? '' : `\n\n來源：\n${citations.map((c) => `${citationLabel(c)} ${c.url}`).join('\n')}`;
}

/** The answer's figures (not bare years), in order: what a chat shows in bold. */
function boldRuns(text: string, bold: (figure: string) => string): string {
  let out = '';
  let at = 0;
  for (const f of extractFigures(text)) {
    if (f.kind === 'year' || f.start < at) continue;
    out += text.slice(at, f.start) + bold(f.text);
    at = f.end;
  }
  return out + text.slice(at);
}

/** Shortens a text to a limit, on a character boundary, marking the cut. */
export function clip(text: string, limit: number): string {
  const chars = [...text];
  return chars.length <= limit ? text : `${chars.slice(0, limit - 1).join('')}…`;
}

// — Markdown (Mattermost) —

const escapeMarkdown = (text: string): string => text.replace(/([\\`*_{}[\]<>|~])/g, '\\$1');

export function markdownAnswer(answer: string, citations: LinkedCitation[]): string {
  const body = boldRuns(escapeMarkdown(answer), (f) => `**${f}**`);
  const sources = citations.map((c) => `- [${escapeMarkdown(citationLabel(c))}](${c.url})`).join('\n');
  return citations.length === 0 ? body : `${body}\n\n來源：\n${sources}`;
}

// — Slack (mrkdwn, Block Kit) —

const escapeMrkdwn = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
/** Zero-width spaces let Slack see the bold marks between Chinese characters. */
const ZWSP = '\u200b';

/** Slack's limits: a section's text, a context block's elements. */
export const SLACK_LIMITS = { sectionText: 3000, contextElements: 10, fallbackText: 4000 };

export interface SlackMessage {
  text: string;
  blocks: Record<string, unknown>[];
}

export function slackMessage(answer: string, citations: LinkedCitation[]): SlackMessage {
  const body = boldRuns(escapeMrkdwn(answer), (f) => `${ZWSP}*${f}*${ZWSP}`);
  const blocks: Record<string, unknown>[] = [{ type: 'section', text: { type: 'mrkdwn', text: clip(body, SLACK_LIMITS.sectionText) } }];
  if (citations.length > 0) {
    blocks.push({
      type: 'context',
      elements: citations.slice(0, SLACK_LIMITS.contextElements).map((c) => ({ type: 'mrkdwn', text: `<${c.url}|${escapeMrkdwn(citationLabel(c))}>` })),
    });
  }
  return { text: clip(answer + sourcesText(citations), SLACK_LIMITS.fallbackText), blocks };
}

// — LINE (Flex) —

/** LINE's limits: altText characters; the answer is kept well inside a bubble's 30 KB. */
export const LINE_LIMITS = { altText: 400, answer: 2000, citations: 10 };

export interface LineFlexMessage {
  type: 'flex';
  altText: string;
  contents: Record<string, unknown>;
}

export function lineMessage(answer: string, citations: LinkedCitation[]): LineFlexMessage {
  const sources = citations.slice(0, LINE_LIMITS.citations).map((c) => ({
    type: 'box',
    layout: 'vertical',
    spacing: 'xs',
    action: { type: 'uri', label: '開啟出處', uri: c.url },
    contents: [
      { type: 'text', text: `[${c.n}] ${c.title}`, size: 'sm', weight: 'bold', wrap: true, color: '#1a5fb4' },
      { type: 'text', text: citationLabel(c).replace(/^\[\d+\] [^，]*，/, ''), size: 'xs', color: '#666666', wrap: true },
    ],
  }));
  const contents: Record<string, unknown>[] = [{ type: 'text', text: clip(answer, LINE_LIMITS.answer), wrap: true }];
  if (sources.length > 0) contents.push({ type: 'separator' }, { type: 'text', text: '來源', size: 'xs', color: '#666666' }, ...sources);
  return { type: 'flex', altText: clip(answer, LINE_LIMITS.altText), contents: { type: 'bubble', body: { type: 'box', layout: 'vertical', spacing: 'md', contents } } };
}
