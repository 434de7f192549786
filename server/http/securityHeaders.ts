import helmet from 'helmet';

/**
 * helmet's headers for the app and the API. The designer is a Vite build (module scripts from
 * 'self', no inline script; ajv needs 'unsafe-eval'); rjsf and @xyflow set inline styles, hence style-src 'unsafe-inline'.
 * No page may frame the app (frame-ancestors 'none'); result documents set their own policy.
 */
export function securityHeaders(production: boolean) {
  return helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        // ajv (runtime validation, rjsf) compiles its validators with new Function in the browser;
        // no inline script is allowed, which is what injected markup would need
        scriptSrc: ["'self'", "'unsafe-eval'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        frameSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
    },
    referrerPolicy: { policy: 'no-referrer' },
    // HTTPS is the reverse proxy's in production; on a plain-HTTP development port HSTS would only mislead
    strictTransportSecurity: production,
    crossOriginEmbedderPolicy: false,
  });
}
