/**
 * Dossiers for the web server, built on a worker thread within a time budget. The request
 * thread only posts the articles and awaits the answer, so every other request (the stories
 * list, assets, other pages) keeps being answered while a large analysis runs. Budget: one
 * analysis at a time, at most MAX_QUEUED waiting (more → 503 "busy"); an analysis that takes
 * longer than the time budget is stopped (the worker is terminated and a fresh one started) and
 * answered 503 with a message saying so. Documented in docs/web.md.
 */
import { Worker } from 'node:worker_threads';
import type { Dossier } from '../core/dossier-schema.js';
import type { Article } from '../core/schema.js';
import { DEFAULT_ANALYSIS_SECONDS } from './defaults.js';
import { HttpError } from './server.js';

export interface Built {
  dossier: Dossier;
  warnings: string[];
}

/** Analyses waiting for the worker; beyond it a request is told the server is busy. */
export const MAX_QUEUED = 4;
export { DEFAULT_ANALYSIS_SECONDS };

interface Job {
  id: number;
  articles: Article[];
  resolve: (b: Built) => void;
  reject: (e: Error) => void;
}

export class DossierPool {
  private worker: Worker | null = null;
  private running: Job | null = null;
  private timer: NodeJS.Timeout | null = null;
  private readonly queue: Job[] = [];
  private next = 1;
  private closed = false;

  constructor(private readonly budgetMs = DEFAULT_ANALYSIS_SECONDS * 1000) {}

  /** The dossier of `articles`, or a 503 HttpError when busy or over the time budget. */
  build(articles: Article[]): Promise<Built> {
    if (this.closed) return Promise.reject(new HttpError(503, 'the server is shutting down'));
    if (this.queue.length >= MAX_QUEUED) {
      return Promise.reject(new HttpError(503, `busy: ${this.queue.length + 1} analyses are already running or waiting; try again in a moment`));
    }
    return new Promise<Built>((resolve, reject) => {
      this.queue.push({ id: this.next++, articles, resolve, reject });
      this.pump();
    });
  }

  /** Stop the worker (pending analyses get 503). */
  async close(): Promise<void> {
    this.closed = true;
    for (const j of this.queue.splice(0)) j.reject(new HttpError(503, 'the server is shutting down'));
    this.running?.reject(new HttpError(503, 'the server is shutting down'));
    this.running = null;
    if (this.timer) clearTimeout(this.timer);
    const w = this.worker;
    this.worker = null;
    if (w) await w.terminate();
  }

  private spawn(): Worker {
    const w = new Worker(new URL('./dossier-worker.js', import.meta.url));
    w.unref();
    w.on('message', (m: { id: number; ok: boolean; result?: Built; error?: string }) => {
      const job = this.running;
      if (!job || job.id !== m.id) return;
      this.finish();
      if (m.ok) job.resolve(m.result!);
      else job.reject(new Error(m.error ?? 'analysis failed'));
    });
    w.on('error', (e) => {
      const job = this.running;
      this.worker = null;
      this.finish();
      job?.reject(e);
    });
    w.on('exit', () => {
      if (this.worker === w) this.worker = null;
    });
    return w;
  }

  private finish(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.running = null;
    setImmediate(() => this.pump());
  }

  private pump(): void {
    if (this.running || this.closed) return;
    const job = this.queue.shift();
    if (!job) return;
    this.running = job;
    this.worker ??= this.spawn();
    const w = this.worker;
    this.timer = setTimeout(() => {
      // Over budget: stop it (terminate is the only way to interrupt synchronous work).
      if (this.worker === w) this.worker = null;
      void w.terminate();
      this.finish();
      job.reject(new HttpError(503, `analysis stopped: it took longer than the server's budget of ${Math.round(this.budgetMs / 1000)} s (send fewer or shorter articles, or use parallax analyze)`));
    }, this.budgetMs);
    w.postMessage({ id: job.id, articles: job.articles });
  }
}
