// The answer pipeline, wired in one place and read top to bottom:
//   understand (with the conversation) → plan the parts → retrieve → candidates → features
//   → score (fitted model) → decide → compose.
// `prepare` does everything that does not depend on the model's weights, `answerWith` the
// rest, so that `npm run tune` can fit the weights on prepared questions. Runtime-neutral:
// retrieval, the word cutter and the documents are handed in.
import { LRUCache } from 'lru-cache';
import { answerUnits } from '../corpus/units';
import type { Passage } from '../corpus/passage';
import type { Hit } from '../corpus/lexical';
import { candidatesFrom, candidateSource, type Candidate } from '../retrieve/candidates';
import { featuresOf, MEANING_FEATURES, withMeaning, type Featured } from '../retrieve/features';
import { mergeFollowUp, mergePiece } from '../retrieve/followup';
import { intentOf, type Intent } from '../retrieve/intent';
import { Lexicon } from '../retrieve/lexicon';
import { MODELS, type LinearModel, type ModelVariant } from '../retrieve/model';
import { planParts, splitPieces, type Plan } from '../retrieve/parts';
import { clauseIds } from '../retrieve/clause-meaning';
import { dropsOf, type Similarities } from '../retrieve/meaning';
import { featurize, scoreAll, acrossCandidates, type Scored } from '../retrieve/rank';
import { RANKING } from '../retrieve/ranking-options';
import type { PassageSearch } from '../retrieve/search';
import type { TermOptions } from '../retrieve/terms';
import { understand, type Query } from '../retrieve/understand';
import { norm } from '../text/normalize';
import type { Citation } from './citations';
import { compose, composeDecision, spanFor } from './compose';
import type { Series } from './series';
import { decide, type AnswerKind, type Decision } from './decide';
import { settled } from './settled';
import { guidanceFor, GUIDANCE } from './guidance';
import { notFoundLead } from './notfound';
import { reportChoices, summaryOf } from './summary';
import { yieldToEventLoop } from './yield';
import { spread, WORK_LIMITS } from '../retrieve/limits';

export { GUIDANCE };

export interface ChatTurn {
  role: 'user' | 'assistant';
  content: string;
}

export interface AnswerResult {
  answer: string;
  found: boolean;
  kind: AnswerKind;
  citations: Citation[];
  /** one measure over several periods, as points for a table and a chart; null otherwise */
  series: Series | null;
  tookMs: number;
}

export interface AskOptions {
  /** at most this many quotes (reports or years) in the answer */
  topK?: number;
  /** stops the work at the next stage boundary (the client has gone, or the request timed out) */
  signal?: AbortSignal;
}

export const DEFAULT_TOP_K = 5;

/** Where a prepared question goes under a model (AnswerEngine.route). */
export type Route = { to: 'guidance'; text: string } | { to: 'summary' } | { to: 'list'; items: Scored[] } | { to: 'decision'; decision: Decision };

/**
 * What an answer is made from, as a string: two routes with the same key make the same answer
 * (「報告中沒有」 under one model whatever the threshold). Quotes: the candidate and its figures.
 */
export function routeKey(route: Route): string {
  const quoted = (s: Scored): string => `${s.candidate.id}:${s.picks.map((p) => p.figure.start).join('.')}`;
  switch (route.to) {
    case 'guidance':
    case 'summary':
      return route.to;
    case 'list':
      return `list ${route.items.map(quoted).join(' ')}`;
    case 'decision':
      return `${route.decision.kind} ${route.decision.difference} ${route.decision.parts.map((p) => (p.best ? [p.best, ...p.also].map(quoted).join('+') : '-')).join(' ')}`;
  }
}
/** At most this many items in a 「列出…」 answer. */
export const MAX_LIST = 8;

/** A question with everything the model weighs: its plan and each part's candidates with their features. */
export interface Prepared {
  intent: Intent;
  plan: Plan;
  /** per part of the plan: its candidates and their features */
  parts: Featured[][];
  /** the whole question without its year or city, for the nearest thing the reports hold (featured when first needed) */
  relaxed: { query: Query; featured: () => Featured[] };
  /** the embeddings took part (the hybrid model weighs them) */
  dense: boolean;
  /** prepared with the meaning features left at 0 (`meaning: 'when needed'`): works them out, the question's texts with a word taken out embedded */
  meaning: ((signal?: AbortSignal) => Promise<Prepared>) | null;
}

/** The meaning features worked out with the rest (`npm run tune` needs them all), or only when they could change the decision. */
export type MeaningWhen = 'always' | 'when needed';

export class AnswerEngine {
  private readonly idfCache = new LRUCache<string, { idf: number | null }>({ max: WORK_LIMITS.cachedTerms });
  private readonly corpus: string[];
  /** the passages a term's rarity is counted over: all of them, or an even sample of a large corpus */
  private readonly rarityCorpus: string[];
  private readonly source: ReturnType<typeof candidateSource>;
  /** the passage each answer unit belongs to, for the sentences dense search finds */
  private readonly passageOfUnit = new Map<string, Passage>();
  /** each passage's answer units: the sentences nearest in meaning are sought among those of the dense shortlist */
  private readonly unitsOfPassage = new Map<string, string[]>();
  /** the reports' wording: typos corrected, contractions expanded */
  private readonly lexicon: Lexicon;
  /** the kinds of report there are (施政計畫, 業務報告…) */
  private readonly reportKinds: string[];

  constructor(
    private readonly search: PassageSearch,
    private readonly terms: Omit<TermOptions, 'idf' | 'used'>,
    private readonly models: Record<ModelVariant, LinearModel> = MODELS,
  ) {
    this.corpus = [...search.byId.values()].map((p) => norm(`${p.section}\n${p.text}`));
    this.rarityCorpus = spread(this.corpus, WORK_LIMITS.rarityPassages);
    // every report's full text, normalised: what the reports use at all
    this.lexicon = new Lexicon([...search.documents.values()].map((d) => norm(d.lines.join(''))).join('\n'));
    this.reportKinds = [...new Set([...search.documents.values()].map((d) => d.kind))];
    this.source = candidateSource([...search.byId.values()], search.documents);
    for (const p of search.byId.values()) {
      const units = answerUnits(p, search.documents.get(p.docId)?.budget ?? []);
      for (const u of units) this.passageOfUnit.set(u.id, p);
      this.unitsOfPassage.set(p.id, units.map((u) => u.id));
    }
  }

  /** Rarity of a normalised term across the passages (and their section paths); null if unused. */
  private idf = (term: string): number | null => {
    const cached = this.idfCache.get(term);
    if (cached) return cached.idf;
    const df = this.rarityCorpus.filter((t) => t.includes(term)).length;
    // in a sample of a large corpus, a term the reports use but the sample lacks is rare
    const seen = df > 0 ? df : this.rarityCorpus.length < this.corpus.length && this.lexicon.uses(term) ? 0.5 : 0;
    const idf = seen === 0 ? null : Math.log((this.rarityCorpus.length + 1) / seen);
    this.idfCache.set(term, { idf });
    return idf;
  };

  private read = (text: string): Query =>
    understand(text, {
      ...this.terms,
      idf: this.idf,
      used: (t: string) => this.lexicon.uses(t),
      expand: (t: string, used: boolean) => this.lexicon.expand(t, used),
      correct: (t, keeps) => this.lexicon.correct(t, keeps),
      reportKinds: this.reportKinds,
    });

  /** The question in the light of the user's earlier turns (`reads`: texts already read). */
  understand(question: string, history: ChatTurn[] = [], reads?: Map<string, Query>): { query: Query; previous: Query | null } {
    const read = (text: string): Query => reads?.get(text) ?? this.read(text);
    let previous: Query | null = null;
    // only the last few user turns, each cut to a question's length, carry the topic (bounded work)
    for (const turn of this.turnsRead(history)) previous = mergeFollowUp(read(turn), previous);
    return { query: mergeFollowUp(read(question), previous), previous };
  }

  private turnsRead(history: ChatTurn[]): string[] {
    return history
      .filter((t) => t.role === 'user')
      .slice(-WORK_LIMITS.historyTurns)
      .map((t) => t.content.slice(0, WORK_LIMITS.turnChars));
  }

  /** The question's parts, each understood with what came before it (`reads`: texts already read). */
  plan(question: string, history: ChatTurn[] = [], reads?: Map<string, Query>): Plan {
    const { query, previous } = this.understand(question, history, reads);
    return planParts(question, query, previous, (piece, before) => {
      const q = reads?.get(piece) ?? this.read(piece);
      return before === previous ? mergeFollowUp(q, previous) : before ? mergePiece(q, before) : q;
    });
  }

  /** Every text the plan reads, read one at a time between yields: a long message does not hold the event loop. */
  private async readAll(question: string, history: ChatTurn[], signal?: AbortSignal): Promise<Map<string, Query>> {
    const reads = new Map<string, Query>();
    for (const text of [...this.turnsRead(history), question, ...splitPieces(question)]) {
      if (reads.has(text)) continue;
      await yieldToEventLoop();
      signal?.throwIfAborted();
      reads.set(text, this.read(text));
    }
    return reads;
  }

  async prepare(question: string, history: ChatTurn[] = [], signal?: AbortSignal, meaning: MeaningWhen = 'always'): Promise<Prepared> {
    const intent = intentOf(question);
    const plan = this.plan(question, history, await this.readAll(question, history, signal));
    // one retrieval (and one question vector) per distinct text the parts are looked for with, each of a bounded length
    const bounded = (text: string | undefined): string => (text ?? '').slice(0, WORK_LIMITS.searchChars);
    const texts = [...new Set(plan.searches.map(bounded))];
    // each part's search text with one of its terms taken out (meaning.ts), for the sentence vectors only
    const drops = plan.parts.map((part, i) => (this.search.sentenceVectors ? dropsOf(part, bounded(plan.searches[i + 1])) : []));
    const dropsOfText = (text: string): string[] => drops.flatMap((list, i) => (bounded(plan.searches[i + 1]) === text ? list.map((d) => d.text) : []));
    // the model runs off the event loop (worker threads): the reports' words are searched meanwhile
    const embedding = this.embed(texts.map((text) => [text]), signal);
    embedding.catch(() => {}); // awaited below; a failure must not go unhandled while the words are searched
    // one text at a time between yields (the first lets the model's batch go out): a long message does not hold the event loop
    const lexical = new Map<string, Hit[]>();
    for (const text of texts) {
      await yieldToEventLoop();
      signal?.throwIfAborted();
      lexical.set(text, this.search.lexicalHits(text));
    }
    const vectors = await embedding;
    const candidates = await this.retrieve(texts, vectors, lexical, signal);
    const similarities = (search: string | undefined): Similarities | null => this.similarities(vectors.get(bounded(search)) ?? null, candidates);
    const withoutsFrom = (found: Map<string, number[] | null>): Map<string, Similarities>[] =>
      drops.map((list) => new Map(list.flatMap((d) => {
        const sims = this.similarities(found.get(d.text) ?? null, candidates, false);
        return sims ? [[d.term, sims] as const] : [];
      })));
    const relaxedQuery: Query = { ...plan.whole, years: [], softYears: [], compare: false, terms: plan.whole.terms.filter((t) => !t.required) };
    // each part's features a step of candidates at a time: a long message does not hold the event loop
    const parts: Featured[][] = [];
    for (const [i, part] of plan.parts.entries()) parts.push(await this.featurizeInSteps(part, candidates, similarities(plan.searches[i + 1]), null, signal));
    // the relaxed query serves only a 「報告中沒有」: computed when asked for, unless that would hold the event loop long
    let relaxed: Featured[] | null = candidates.length > WORK_LIMITS.relaxedUpFront ? await this.featurizeInSteps(relaxedQuery, candidates, similarities(plan.searches[0]), null, signal) : null;
    const prepared: Prepared = {
      intent,
      plan,
      parts,
      relaxed: { query: relaxedQuery, featured: () => (relaxed ??= featurize(relaxedQuery, candidates, similarities(plan.searches[0]))) },
      // the hybrid model weighs the question's similarity to each sentence: without sentence vectors (Vectorize alone), the lexical one decides
      dense: this.search.sentenceVectors !== null && [...vectors.values()].some((v) => v !== null),
      meaning: null,
    };
    if (drops.every((list) => list.length === 0)) return prepared;
    // then the texts with a word taken out and each part's meaning features: always, or only when they could change the
    // decision — the question's own vector the same either way. They are embedded in one model run per search text
    // with the search text again, and their similarities weighed against that run's vector of it: int8 activations are
    // quantized over the whole batch, so texts apart would differ by the batch as well as by the word.
    prepared.meaning = async (later?: AbortSignal): Promise<Prepared> => {
      const batches = texts.map((text) => [text, ...dropsOfText(text)]).filter((batch) => batch.length > 1);
      const found = await this.embed(batches, later);
      const without = withoutsFrom(found);
      const beside = (search: string | undefined): Similarities | null => this.similarities(found.get(bounded(search)) ?? null, candidates, false);
      return { ...prepared, parts: parts.map((featured, i) => withMeaning(plan.parts[i]!, featured, beside(plan.searches[i + 1]), without[i] ?? null)), meaning: null };
    };
    return meaning === 'always' ? prepared.meaning(signal) : prepared;
  }

  async ask(question: string, history: ChatTurn[] = [], options: AskOptions = {}): Promise<AnswerResult> {
    const started = performance.now();
    let prepared = await this.prepare(question, history, options.signal, 'when needed');
    const model = this.models[prepared.dense ? 'hybrid' : 'lexical'];
    const topK = options.topK ?? DEFAULT_TOP_K;
    let route = this.route(prepared, model, topK);
    // the meaning features only when they could change what the question gets — a list's items, or a decision not
    // settled without them (settled.ts): most questions spare that model run
    if (prepared.meaning && (prepared.intent === 'list' || (route.to === 'decision' && !settled(prepared.parts, model, MEANING_FEATURES)))) {
      prepared = await prepared.meaning(options.signal);
      route = this.route(prepared, model, topK);
    }
    await yieldToEventLoop();
    options.signal?.throwIfAborted();
    const result = this.answerOf(prepared, model, route);
    return { ...result, tookMs: Math.round(performance.now() - started) };
  }

  /**
   * What a prepared question gets under a model, before any text is composed: guidance, a
   * report's headings, a list, or the decision. `npm run tune` tries many thresholds, and
   * composes once per distinct route (routeKey).
   */
  route(prep: Prepared, model: LinearModel, topK: number = DEFAULT_TOP_K): Route {
    const guidance = guidanceFor(prep.intent, prep.plan.whole);
    if (guidance) return { to: 'guidance', text: guidance };
    if (prep.intent === 'summary') return { to: 'summary' };
    const scoredParts = prep.parts.map((featured) => scoreAll(featured, model));
    if (prep.intent === 'list') {
      const items = scoredParts[0]?.filter((s) => s.confidence >= model.threshold).slice(0, Math.min(topK, MAX_LIST)) ?? [];
      if (items.length > 0) return { to: 'list', items };
    }
    return { to: 'decision', decision: decide(prep.plan, scoredParts, model.threshold, topK) };
  }

  /** The answer to a prepared question under a model (what `npm run tune` evaluates). */
  answerWith(prep: Prepared, model: LinearModel, topK: number = DEFAULT_TOP_K): Omit<AnswerResult, 'tookMs'> {
    return this.answerOf(prep, model, this.route(prep, model, topK));
  }

  /** The answer a route makes. */
  answerOf(prep: Prepared, model: LinearModel, route: Route): Omit<AnswerResult, 'tookMs'> {
    switch (route.to) {
      case 'guidance':
        return { answer: route.text, found: false, kind: 'guidance', citations: [], series: null };
      case 'summary': {
        const documents = [...this.search.documents.values()];
        const summary = summaryOf(prep.plan.whole, documents, [...this.search.byId.values()]);
        return summary ? { ...summary, found: true, kind: 'list' } : { answer: reportChoices(documents), found: false, kind: 'guidance', citations: [], series: null };
      }
      case 'list': {
        const lead = `以下是報告中相關的 ${route.items.length} 項（依相關程度排列，可能不完整）：`;
        const composed = compose(route.items.map((s) => ({ quoted: s, span: spanFor(s, prep.plan.whole), label: s.candidate.doc.period.label })), lead);
        return { ...composed, series: null, found: true, kind: 'list' };
      }
      case 'decision': {
        if (route.decision.kind === 'not_found') return this.notFound(prep, model);
        const composed = composeDecision(route.decision);
        if (composed.citations.length === 0) return this.notFound(prep, model);
        return { ...composed, found: true, kind: route.decision.kind };
      }
    }
  }

  /** The vectors of every text of the batches: one batch (one model run) each, between yields, so a long message does not hold the event loop. */
  private async embed(batches: string[][], signal?: AbortSignal): Promise<Map<string, number[] | null>> {
    const vectors = new Map<string, number[] | null>();
    for (const [i, batch] of batches.entries()) {
      const todo = [...new Set(batch)].filter((t) => !vectors.has(t));
      if (todo.length === 0) continue;
      if (i > 0) await yieldToEventLoop();
      signal?.throwIfAborted();
      (await this.search.queryVectors(todo)).forEach((v, k) => vectors.set(todo[k]!, v));
    }
    return vectors;
  }

  /** Sentences of the passages retrieved for each text (`lexical`: its lexical hits, already looked up), and of the sentences nearest in meaning. */
  private async retrieve(texts: string[], vectors: Map<string, number[] | null>, lexical: Map<string, Hit[]>, signal?: AbortSignal): Promise<Candidate[]> {
    const ranked = new Map<string, number>();
    const keep = (id: string, rank: number): void => void ranked.set(id, Math.min(rank, ranked.get(id) ?? rank));
    const sentences = this.search.sentenceVectors;
    for (const text of texts) {
      await yieldToEventLoop();
      signal?.throwIfAborted();
      const vector = vectors.get(text) ?? null;
      const { fused, dense } = await this.search.hits(text, vector, lexical.get(text));
      fused.slice(0, RANKING.retrieved).forEach((h, rank) => {
        keep(h.id, rank);
        // a paragraph may run on into the next passage (「…研考會就2017年《天下》」 / 「雜誌對…共34人與會」)
        const next = this.source.next.get(h.id);
        if (next && rank < RANKING.followOn) keep(next.id, rank + 1);
      });
      if (vector && sentences) {
        const shortlist = dense.flatMap((h) => this.unitsOfPassage.get(h.id) ?? []);
        for (const near of sentences.nearestAmong(vector, shortlist, RANKING.nearestSentences)) {
          const passage = this.passageOfUnit.get(near.id);
          if (passage) keep(passage.id, RANKING.retrieved);
        }
      }
    }
    const passages = [...ranked.entries()].flatMap(([id, rank]) => {
      const passage = this.search.byId.get(id);
      return passage ? [{ passage, rank }] : [];
    });
    return candidatesFrom(passages, this.source);
  }

  private async featurizeInSteps(q: Query, candidates: Candidate[], similarities: Similarities | null, without: ReadonlyMap<string, Similarities> | null, signal?: AbortSignal): Promise<Featured[]> {
    const featured: Featured[] = [];
    for (let at = 0; at < candidates.length; at += WORK_LIMITS.featureStep) {
      await yieldToEventLoop();
      signal?.throwIfAborted();
      for (const c of candidates.slice(at, at + WORK_LIMITS.featureStep)) featured.push(featuresOf(q, c, similarities, without));
    }
    return acrossCandidates(featured, similarities);
  }

  /** A question text's similarity to each candidate and (`clauses`) to each of its clauses with a vector. */
  private similarities(vector: number[] | null, candidates: Candidate[], clauses = true): Similarities | null {
    const sentences = this.search.sentenceVectors;
    if (!vector || !sentences) return null;
    const out: Similarities = new Map();
    for (const c of candidates) {
      for (const id of clauses ? [c.id, ...clauseIds(c)] : [c.id]) {
        const sim = sentences.similarity(vector, id);
        if (sim !== null) out.set(id, sim);
      }
    }
    return out;
  }

  private notFound(prep: Prepared, model: LinearModel): Omit<AnswerResult, 'tookMs'> {
    const q = prep.plan.whole;
    const lead = notFoundLead(q, [...this.search.documents.values()]);
    // the nearest thing the reports hold: the same question for another year or city, labelled with its report's period
    const nearest = q.years.length > 0 || q.terms.some((t) => t.required) ? scoreAll(prep.relaxed.featured(), model)[0] : undefined;
    if (!nearest || nearest.confidence < model.threshold) return { answer: lead, found: false, kind: 'not_found', citations: [], series: null };
    const label = `最接近的資料（${nearest.candidate.doc.period.label}，並非所問，僅供參考）`;
    const composed = compose([{ quoted: nearest, span: spanFor(nearest, prep.relaxed.query), label }]);
    return { answer: composed.citations.length > 0 ? `${lead}\n${composed.answer}` : lead, found: false, kind: 'not_found', citations: composed.citations, series: null };
  }
}

