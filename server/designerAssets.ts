import fs from 'node:fs';
import path from 'node:path';
import { Router } from 'express';
import expressStaticGzip from 'express-static-gzip';

/** Vite names every built asset with a hash of its content: a new build is a new name, never a changed file. */
const HASHED = /[\\/]assets[\\/][^\\/]+-[\w-]{8,}\.\w+(\.br|\.gz)?$/;

/**
 * The designer's Vite build. Each asset goes out as the .br or .gz written beside it at build time
 * (whichever the browser accepts), hashed assets are cached for a year as immutable, and index.html
 * is revalidated on every load so a new build is picked up at once. Every other non-/api path gets
 * index.html: the designer routes in the browser.
 */
export function designerAssets(dist: string): Router | null {
  const index = path.join(dist, 'index.html');
  if (!fs.existsSync(index)) return null;
  const router = Router();
  router.use(
    expressStaticGzip(dist, {
      enableBrotli: true,
      orderPreference: ['br', 'gzip'],
      index: false,
      serveStatic: {
        setHeaders(res, file) {
          res.setHeader('Cache-Control', HASHED.test(file) ? 'public, max-age=31536000, immutable' : 'no-cache');
        },
      },
    }),
  );
  router.get(/^(?!\/api(\/|$)).*/, (_req, res) => {
    res.set('Cache-Control', 'no-cache');
    res.sendFile(index);
  });
  return router;
}
