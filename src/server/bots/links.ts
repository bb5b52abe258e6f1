// Shareable citation links: each citation points into the web chat's source viewer, which
// opens the report at the cited lines, highlighted. Runtime-neutral.
import type { Citation } from '../../answer/citations';

export interface LinkedCitation extends Citation {
  /** the web chat at the report's lines: `${base}/#doc=<docId>&lines=490-494` */
  url: string;
}

export function citationUrl(base: string, c: Pick<Citation, 'docId' | 'lineStart' | 'lineEnd'>): string {
  return `${base.replace(/\/+$/, '')}/#doc=${encodeURIComponent(c.docId)}&lines=${c.lineStart}-${c.lineEnd}`;
}

export function withLinks(citations: Citation[], base: string): LinkedCitation[] {
  return citations.map((c) => ({ ...c, url: citationUrl(base, c) }));
}
