import express, { type Express, type Router } from 'express';
import pino, { type Logger } from 'pino';
import swaggerUi from 'swagger-ui-express';
import type { Db } from './db/connection';
import { csrfGuard, jsonBodiesOnly } from './http/csrf';
import { designerAssets } from './designerAssets';
import { errorHandler, notFoundHandler } from './http/errorHandler';
import { EXPENSIVE_ROUTES, expensiveLimit } from './http/expensiveLimit';
import { jsonGuard } from './http/jsonGuard';
import { createMetrics, metricsRoutes, type Metrics } from './http/metrics';
import { requestLog } from './http/requestLog';
import { responseContract } from './http/responseContract';
import { sessionMiddleware } from './http/session';
import { DEFAULT_SIGN_IN_LIMITS, SignInLimits, type SignInLimitOptions } from './http/signInLimits';
import { securityHeaders } from './http/securityHeaders';
import { storableUrl } from './http/storableText';
import { languageMiddleware } from './i18n/requestLanguage';
import { openApiDocument } from './openapi';
import { attachmentRoutes } from './routes/attachments';
import { auditRoutes } from './routes/audit';
import { authRoutes } from './routes/auth';
import { calendarRoutes } from './routes/calendars';
import { actRoutes } from './routes/acts';
import { caseRoutes } from './routes/cases';
import { deadlineExplanationRoutes } from './routes/deadlineExplanation';
import { checklistRoutes } from './routes/checklists';
import { connectorRoutes } from './routes/connectors';
import { definitionRoutes } from './routes/definitions';
import { formSchemaRoutes } from './routes/formSchemas';
import { healthRoutes } from './routes/health';
import { notificationRoutes } from './routes/notifications';
import { preferenceRoutes } from './routes/preferences';
import { reportRoutes } from './routes/reports';
import { rulesetRoutes } from './routes/rulesets';
import { signatureRoutes } from './routes/signatures';
import { userRoutes } from './routes/users';
import type { Signer } from './signatures/signCms';
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
  loginLimit?: Partial<SignInLimitOptions>;
  /** Express `trust proxy`: whose X-Forwarded-For gives the client address; none by default (QAGIDA_TRUSTED_PROXY) */
  trustProxy?: string | number | boolean;
  /** whoever last changed a ruleset draft cannot publish it (QAGIDA_FOUR_EYES=off turns it off) */
  fourEyes?: boolean;
  /** dry runs, impact previews, deadline computations and reports per user per minute (QAGIDA_EXPENSIVE_PER_MINUTE) */
  expensivePerMinute?: number;
  /** QAGIDA_UPLOAD_MAX_MB: the largest file one may attach, in bytes */
  uploadMaxBytes?: number;
  /** the provider's key and certificate that sign result documents (QAGIDA_SIGNING_KEY/CERT) */
  signer?: Signer;
  /** the designer's Vite build; served for every non-/api route when it exists */
  designerDist?: string;
  /** check every JSON answer against the API contract (runtime/api); on by default under vitest */
  checkResponses?: boolean;
}

export type App = Express & { locals: { ctx: Context; metrics: Metrics } };

export function createApp(options: AppOptions): App {
  const logger = options.logger ?? pino({ level: 'silent' });
  const production = options.production ?? false;
  const ctx = createContext(
    options.db,
    {
      production,
      sessionHours: options.sessionHours ?? 12,
      sessionIdleMinutes: options.sessionIdleMinutes ?? 60,
      fourEyes: options.fourEyes ?? true,
    },
    options.now,
  );
  const app = express();
  app.disable('x-powered-by');
  // X-Forwarded-For is anyone's to write: believed only from a configured proxy
  app.set('trust proxy', options.trustProxy ?? false);
  app.locals.ctx = ctx;
  const metrics = createMetrics(options.db);
  app.locals.metrics = metrics;
  app.use(requestLog(logger));
  app.use(metrics.middleware);
  app.use(securityHeaders(production));

  const api = express.Router();
  if (options.checkResponses ?? process.env.VITEST !== undefined) api.use(responseContract());
  api.use(storableUrl);
  api.use(csrfGuard);
  api.use(jsonBodiesOnly);
  api.use(express.json({ limit: BODY_LIMIT, strict: false }));
  api.use(jsonGuard);
  api.use((_req, res, next) => {
    res.set('Cache-Control', 'no-store');
    next();
  });
  api.use(sessionMiddleware(ctx));
  api.use(EXPENSIVE_ROUTES, expensiveLimit(options.db, options.expensivePerMinute ?? 120));
  api.use(languageMiddleware(ctx)); // after the session: a signed-in user's stored language counts
  const document = openApiDocument();
  api.get('/openapi.json', (_req, res) => {
    res.json(document);
  });
  api.use('/docs', swaggerUi.serve, swaggerUi.setup(document, { swaggerOptions: { url: '/api/openapi.json' } }));
  api.use(healthRoutes(ctx));
  api.use(
    authRoutes(ctx, {
      secureCookies: production,
      limits: new SignInLimits(options.db, { ...DEFAULT_SIGN_IN_LIMITS, ...options.loginLimit }),
    }),
  );
  // the routers that need only the context, mounted in this order among the others
  const fromContext = (routes: readonly ((c: Context) => Router)[]) => routes.forEach((r) => api.use(r(ctx)));
  fromContext([definitionRoutes, formSchemaRoutes, rulesetRoutes, checklistRoutes, calendarRoutes]);
  fromContext([caseRoutes, deadlineExplanationRoutes]);
  api.use(attachmentRoutes(ctx, { maxBytes: options.uploadMaxBytes }));
  api.use(signatureRoutes(ctx, { signer: options.signer }));
  fromContext([notificationRoutes, actRoutes, reportRoutes, auditRoutes, userRoutes, preferenceRoutes]);
  api.use(metricsRoutes(metrics));
  api.use(connectorRoutes(ctx));
  api.use(notFoundHandler);
  api.use(errorHandler(logger));
  app.use('/api', api);

  const designer = options.designerDist ? designerAssets(options.designerDist) : null;
  if (designer) app.use(designer);
  return app as App;
}
