import helmet from "helmet";

/**
 * The security headers of every response, worked out once by helmet at start: they depend on no
 * request, and helmet run per request rebuilt and re-parsed its policy each time.
 *
 * HTTPS is the TLS terminator's business: over plain http (a phone on the LAN trying `npm start`),
 * upgrade-insecure-requests would make the browser fetch the page's files over https and show a
 * blank page, and HSTS and COOP are ignored or warned about.
 */
export function securityHeaders(): Readonly<Record<string, string>> {
  const headers: Record<string, string> = {};
  const response = {
    setHeader: (name: string, value: string | number | readonly string[]) => void (headers[name.toLowerCase()] = String(value)),
    removeHeader: (name: string) => void delete headers[name.toLowerCase()],
  };
  const middleware = helmet({
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", "data:"],
        connectSrc: ["'self'"],
        frameAncestors: ["'none'"],
        upgradeInsecureRequests: null,
      },
    },
    strictTransportSecurity: false,
    crossOriginOpenerPolicy: false,
  });
  // helmet sets its headers synchronously on whatever response it is given.
  middleware({} as never, response as never, () => undefined);
  return Object.freeze(headers);
}
