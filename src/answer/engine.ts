// The answer pipeline, wired in one place and read top to bottom:
//   understand (with the conversation) → retrieve → candidates → rerank → decide → compose.
// Runtime-neutral: retrieval, the word cutter and the documents are handed in.
import { candidatesFrom, partOf, type Candidate, type CandidateSource } from '../retrieve/candidates';
import { isElliptical, mergeFollowUp } from '../retrieve/followup';
import { rerank, scoreCandidate, SUPPORT, type Scored } from '../retrieve/rerank';
import type { PassageSearch } from '../retrieve/search';
import type { TermOptions } from '../retrieve/terms';
import { understand, type Query } from '../retrieve/understand';
import { isFigureAsk } from '../retrieve/asks';
import { norm } from '../text/normalize';
import { quoteSpan } from './spans';
import type { Citation } from './citations';
import { compose, type AnswerPart } from './compose';
import { notFoundLead } from './notfound';

export interface ChatTurn {
  role: 'user' | 'assistant';
  content: string;
}

export interface AnswerResult {
  answer: string;
  found: boolean;
  citations: Citation[];
  tookMs: number;
}

export interface AskOptions {
  /** at most this many quotes (reports or years) in the answer */
  topK?: number;
}

/** The reply to a question that names nothing to look for (「你好」, 「113年」, 「？？？」). */
export const GUIDANCE = '請告訴我想查詢報告中的哪一項資料，例如：「113年下半年辦理退休的有多少人？」或「106年原住民進用比例是多少？」。';

/** Passages handed from retrieval to the reranker, per retrieval text. */
export const RETRIEVED = 30;
export const DEFAULT_TOP_K = 5;

export class AnswerEngine {
  private readonly idfCache = new Map<string, number | null>();
  private readonly corpus: string[];
  /** every report's full text, normalised: what the reports use at all */
  private readonly vocabulary: string;
  private readonly source: CandidateSource;

  constructor(
    private readonly search: PassageSearch,
    private readonly terms: Omit<TermOptions, 'idf' | 'used'>,
  ) {
    this.corpus = [...search.byId.values()].map((p) => norm(`${p.section}\n${p.text}`));
    this.vocabulary = [...search.documents.values()].map((d) => norm(d.lines.join(''))).join('\n');
    const parts = new Map<string, string>();
    for (const p of search.byId.values()) parts.set(partOf(p), `${parts.get(partOf(p)) ?? ''}\n${norm(p.text)}`);
    this.source = { documents: search.documents, parts };
  }

  /** Rarity of a normalised term across the passages (and their section paths); null if unused. */
  private idf = (term: string): number | null => {
    const cached = this.idfCache.get(term);
    if (cached !== undefined) return cached;
    const df = this.corpus.filter((t) => t.includes(term)).length;
    const value = df === 0 ? null : Math.log((this.corpus.length + 1) / df);
    this.idfCache.set(term, value);
    return value;
  };

  /** The question in the light of the user's earlier turns. */
  understand(question: string, history: ChatTurn[] = []): { query: Query; previous: Query | null } {
    const opts = { ...this.terms, idf: this.idf, used: (t: string) => this.vocabulary.includes(t) };
    let previous: Query | null = null;
    for (const turn of history) if (turn.role === 'user') previous = mergeFollowUp(understand(turn.content, opts), previous);
    return { query: mergeFollowUp(understand(question, opts), previous), previous };
  }

  async ask(question: string, history: ChatTurn[] = [], options: AskOptions = {}): Promise<AnswerResult> {
    const started = performance.now();
    const topK = options.topK ?? DEFAULT_TOP_K;
    const { query, previous } = this.understand(question, history);
    if (query.terms.length === 0) return { answer: GUIDANCE, found: false, citations: [], tookMs: Math.round(performance.now() - started) };
    const candidates = await this.retrieve(query, previous);
    // let timers and other requests run between retrieval and ranking (a request's time limit among them)
    await new Promise((resolve) => setTimeout(resolve, 0));
    const scored = rerank(query, candidates);
    const result = query.compare ? this.compareYears(query, candidates, topK) : this.answerOne(query, scored, topK);
    return { ...result, tookMs: Math.round(performance.now() - started) };
  }

  /** Sentences of the passages retrieved for the question (for each year compared). */
  private async retrieve(q: Query, previous: Query | null): Promise<Candidate[]> {
    const texts = q.compare
      ? q.years.map((y) => `${y}年 ${q.text.replace(/\d{2,3}年/g, '')}`)
      : [previous && isElliptical(q) ? retrievalText(q) : q.text];
    const ranked = new Map<string, number>();
    for (const text of texts) {
      const { fused } = await this.search.hits(text);
      fused.slice(0, RETRIEVED).forEach((h, rank) => ranked.set(h.id, Math.min(rank, ranked.get(h.id) ?? rank)));
    }
    const passages = [...ranked.entries()].flatMap(([id, rank]) => {
      const passage = this.search.byId.get(id);
      return passage ? [{ passage, rank }] : [];
    });
    return candidatesFrom(passages, this.source);
  }

  private answerOne(q: Query, scored: Scored[], topK: number): Omit<AnswerResult, 'tookMs'> {
    const supported = scored.filter((s) => s.supported);
    const best = supported[0];
    if (!best) return this.notFound(q, scored);
    const parts: AnswerPart[] = [this.part(q, best)];
    parts.push(...this.fillMissingAsks(q, best, scored));
    // every report that answers as well (no year asked, or several reports cover it), in period order
    if (q.softYears.length === 0) {
      const others = bestPerDocument(supported).filter((s) => s.candidate.doc.docId !== best.candidate.doc.docId && s.score >= SUPPORT.listShare * best.score);
      if (others.length > 0) {
        const listed = [best, ...others].sort(byPeriod).slice(0, topK);
        return { ...compose(listed.map((s) => ({ ...this.part(q, s), label: s.candidate.doc.period.label }))), found: true };
      }
    }
    const composed = compose(parts.slice(0, topK));
    return composed.citations.length > 0 ? { ...composed, found: true } : this.notFound(q, scored);
  }

  /** One quote per year asked, in the order of the years. */
  private compareYears(q: Query, candidates: Candidate[], topK: number): Omit<AnswerResult, 'tookMs'> {
    const parts: AnswerPart[] = [];
    const missing: number[] = [];
    for (const year of q.years.slice(0, topK)) {
      const sub: Query = { ...q, years: [year], compare: false };
      const best = candidates.map((c) => scoreCandidate(sub, c)).filter((s) => s.supported).sort((a, b) => b.score - a.score)[0];
      if (best) parts.push({ ...this.part(sub, best), label: `${year}年` });
      else missing.push(year);
    }
    if (parts.length === 0) return this.notFound(q, rerank(q, candidates));
    const composed = compose(parts);
    const gaps = missing.map((y) => `${y}年：報告中沒有這一年的資料。`).join('\n');
    return { answer: gaps ? `${composed.answer}\n${gaps}` : composed.answer, citations: composed.citations, found: true };
  }

  /** A part of the same section answering an ask the chosen sentence leaves open. */
  private fillMissingAsks(q: Query, best: Scored, scored: Scored[]): AnswerPart[] {
    const open = q.asks.filter((a) => isFigureAsk(a) && !best.picks.some((p) => p.ask === a));
    const parts: AnswerPart[] = [];
    for (const ask of open) {
      const sub: Query = { ...q, asks: [ask] };
      const near = scored
        .filter((s) => s !== best && s.candidate.passage.section === best.candidate.passage.section)
        .map((s) => scoreCandidate(sub, s.candidate))
        .filter((s) => s.picks.length > 0 && s.yearMatch !== false)
        .sort((a, b) => b.score - a.score)[0];
      if (near) parts.push(this.part(sub, near));
    }
    return parts;
  }

  private part(q: Query, s: Scored): AnswerPart {
    const c = s.candidate;
    // who, where, which — or nothing in particular: the whole sentence, the name may stand anywhere in it
    const whole = q.asks.length === 0 || q.asks.some((a) => !isFigureAsk(a)) || c.kind === 'budget';
    return { scored: s, span: whole ? { start: c.start, end: c.end } : quoteSpan(s, q) };
  }

  private notFound(q: Query, scored: Scored[]): Omit<AnswerResult, 'tookMs'> {
    const lead = notFoundLead(q, [...this.source.documents.values()]);
    // the nearest thing the reports hold: the same question without its year or its other city
    const relaxed: Query = { ...q, years: [], softYears: [], compare: false, terms: q.terms.filter((t) => !t.required) };
    const nearest =
      scored.map((s) => scoreCandidate(relaxed, s.candidate)).filter((s) => s.supported).sort((a, b) => b.score - a.score)[0] ??
      scored.find((s) => s.coverage >= 0.3 && s.missingRequired.length === 0);
    if (!nearest) return { answer: lead, found: false, citations: [] };
    const composed = compose([{ ...this.part(q, nearest), label: '最接近的資料（並非所問，僅供參考）' }]);
    return { answer: composed.citations.length > 0 ? `${lead}\n${composed.answer}` : lead, found: false, citations: composed.citations };
  }
}

function retrievalText(q: Query): string {
  const years = q.years.map((y) => `${y}年`).join(' ');
  const period = [...q.period.parts].map((p) => ({ H1: '上半年', H2: '下半年', FULL: '全年', END: '年底' })[p]).join(' ');
  return [years, period, ...q.terms.map((t) => t.text), ...q.asks.map((a) => a.cue)].filter(Boolean).join(' ');
}

function bestPerDocument(scored: Scored[]): Scored[] {
  const seen = new Set<string>();
  return scored.filter((s) => {
    if (seen.has(s.candidate.doc.docId)) return false;
    seen.add(s.candidate.doc.docId);
    return true;
  });
}

function byPeriod(a: Scored, b: Scored): number {
  const pa = a.candidate.doc.period;
  const pb = b.candidate.doc.period;
  return pa.from.year - pb.from.year || pa.from.month - pb.from.month || pa.to.year - pb.to.year;
}
