import fs from 'node:fs';
import path from 'node:path';
import express, { type Express } from 'express';
import pino, { type Logger } from 'pino';
import swaggerUi from 'swagger-ui-express';
import type { Db } from './db/connection';
import { errorHandler, notFoundHandler } from './http/errorHandler';
import { jsonGuard } from './http/jsonGuard';
import { sessionMiddleware } from './http/session';
import { openApiDocument } from './openapi';
import { auditRoutes } from './routes/audit';
import { authRoutes } from './routes/auth';
import { calendarRoutes } from './routes/calendars';
import { actRoutes } from './routes/acts';
import { caseRoutes } from './routes/cases';
import { deadlineExplanationRoutes } from './routes/deadlineExplanation';
import { checklistRoutes } from './routes/checklists';
import { definitionRoutes } from './routes/definitions';
import { healthRoutes } from './routes/health';
import { reportRoutes } from './routes/reports';
import { rulesetRoutes } from './routes/rulesets';
import { userRoutes } from './routes/users';
import { createContext, type Context } from './usecases/context';

export const BODY_LIMIT = '2mb';

export interface AppOptions {
  db: Db;
  /** the clock; tests set it */
  now?: () => Date;
  logger?: Logger;
  production?: boolean;
  sessionHours?: number;
  sessionIdleMinutes?: number;
  loginLimit?: { maxFailures: number; windowMinutes: number };
  /** the designer's Vite build; served for every non-/api route when it exists */
  designerDist?: string;
}

export function createApp(options: AppOptions): Express & { locals: { ctx: Context } } {
  const logger = options.logger ?? pino({ level: 'silent' });
  const production = options.production ?? false;
  const ctx = createContext(
    options.db,
    { production, sessionHours: options.sessionHours ?? 12, sessionIdleMinutes: options.sessionIdleMinutes ?? 60 },
    options.now,
  );
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', 'loopback');
  app.locals.ctx = ctx;

  const api = express.Router();
  api.use(express.json({ limit: BODY_LIMIT, strict: false }));
  api.use(jsonGuard);
  api.use((_req, res, next) => {
    res.set('Cache-Control', 'no-store');
    next();
  });
  api.use(sessionMiddleware(ctx));
  const document = openApiDocument();
  api.get('/openapi.json', (_req, res) => {
    res.json(document);
  });
  api.use('/docs', swaggerUi.serve, swaggerUi.setup(document, { swaggerOptions: { url: '/api/openapi.json' } }));
  api.use(healthRoutes(ctx));
  api.use(authRoutes(ctx, { secureCookies: production, loginLimit: options.loginLimit }));
  api.use(definitionRoutes(ctx));
  api.use(rulesetRoutes(ctx));
  api.use(checklistRoutes(ctx));
  api.use(calendarRoutes(ctx));
  api.use(caseRoutes(ctx));
  api.use(deadlineExplanationRoutes(ctx));
  api.use(actRoutes(ctx));
  api.use(reportRoutes(ctx));
  api.use(auditRoutes(ctx));
  api.use(userRoutes(ctx));
  api.use(notFoundHandler);
  api.use(errorHandler(logger));
  app.use('/api', api);

  const dist = options.designerDist;
  if (dist && fs.existsSync(path.join(dist, 'index.html'))) {
    app.use(express.static(dist, { index: false }));
    // the designer routes in the browser: every other path gets its index.html
    app.get(/^(?!\/api(\/|$)).*/, (_req, res) => {
      res.sendFile(path.join(dist, 'index.html'));
    });
  }
  return app as Express & { locals: { ctx: Context } };
}
