import type { RequestHandler, Router } from 'express';
import { Router as router } from 'express';
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { Db } from '../db/connection';
import { observeCommits } from '../db/writeBatch';
import type { SweepResult } from '../jobs/overdueSweep';
import { assertRole } from '../usecases/permissions';
import { actorOf } from './session';

/** The route a submission takes; its durations also go to their own histogram. */
const SUBMIT_ROUTE = '/api/cases/:id/submit';

/**
 * Prometheus metrics of one app (its own registry, so apps in one test process do not mix):
 * requests by route and status, their latency, submission durations, how many writes each group
 * commit carried, and what the last overdue sweep found. Routes are labelled by their pattern
 * (`/api/cases/:id`), never by the URL, so a scanner cannot grow the label set.
 */
export function createMetrics(db: Db) {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'qagida_' });
  const requests = new Counter({
    name: 'qagida_http_requests_total',
    help: 'HTTP requests answered, by method, route pattern and status',
    labelNames: ['method', 'route', 'status'] as const,
    registers: [registry],
  });
  const latency = new Histogram({
    name: 'qagida_http_request_duration_seconds',
    help: 'time from request to the end of the answer, by method and route pattern',
    labelNames: ['method', 'route'] as const,
    buckets: [0.002, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [registry],
  });
  const submits = new Histogram({
    name: 'qagida_submit_duration_seconds',
    help: 'time to answer POST /api/cases/:id/submit, by status',
    labelNames: ['status'] as const,
    buckets: [0.002, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1],
    registers: [registry],
  });
  const batches = new Histogram({
    name: 'qagida_commit_batch_size',
    help: 'writes carried by one group commit',
    buckets: [1, 2, 4, 8, 16, 32, 64, 128, 256],
    registers: [registry],
  });
  const overdue = new Gauge({
    name: 'qagida_overdue_cases',
    help: 'cases past a deadline and not done, as the last overdue sweep found them',
    registers: [registry],
  });
  const raised = new Counter({
    name: 'qagida_overdue_notices_total',
    help: 'overdue notices raised by this instance',
    registers: [registry],
  });
  observeCommits(db, (size) => batches.observe(size));

  const middleware: RequestHandler = (req, res, next) => {
    const began = process.hrtime.bigint();
    res.once('finish', () => {
      const seconds = Number(process.hrtime.bigint() - began) / 1e9;
      const route = req.route ? `${req.baseUrl}${String(req.route.path)}` : 'unmatched';
      const status = String(res.statusCode);
      requests.inc({ method: req.method, route, status });
      latency.observe({ method: req.method, route }, seconds);
      if (route === SUBMIT_ROUTE && req.method === 'POST') submits.observe({ status }, seconds);
    });
    next();
  };

  return {
    registry,
    middleware,
    /** the overdue sweep reports each pass here */
    sweep(result: SweepResult) {
      overdue.set(result.scanned);
      raised.inc(result.raised);
    },
    /** the Prometheus text format of every metric */
    async text(): Promise<{ contentType: string; body: string }> {
      return { contentType: registry.contentType, body: await registry.metrics() };
    },
  };
}

export type Metrics = ReturnType<typeof createMetrics>;

/** GET /metrics for administrators: what a scraper reads, behind a sign-in like the audit log. */
export function metricsRoutes(metrics: Metrics): Router {
  const routes = router();
  routes.get('/metrics', async (_req, res) => {
    assertRole(actorOf(res), ['admin'], 'read the metrics');
    const { contentType, body } = await metrics.text();
    res.type(contentType).send(body);
  });
  return routes;
}
