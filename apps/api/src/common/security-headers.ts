import helmet from 'helmet';

/**
 * helmet's headers with a strict Content-Security-Policy for the web app (and the API docs): scripts
 * only from this origin, no inline script, no eval, nothing framed, no plugins; calls only to this
 * origin, and to the identity provider's (`connectOrigins`: the web app's sign-in fetches its discovery
 * document and token endpoint). Styles may be inline (the docs page's) but scripts never are.
 */
export function securityHeaders(connectOrigins: string[] = []) {
  return helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'", ...connectOrigins],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
    },
    // Same-origin only; the codec endpoint sets its own CORS headers for the Temporal UI.
    crossOriginResourcePolicy: { policy: 'same-origin' },
  });
}
